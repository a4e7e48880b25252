import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../deps.ts';

export function opsRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/healthz', { schema: { tags: ['ops'], summary: 'The process is up' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['ops'], summary: 'The database (and Redis, if configured) answer' } }, async (req, reply) => {
    try {
      await deps.ready();
      return { status: 'ready' };
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, 'not ready');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
    reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics()));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
