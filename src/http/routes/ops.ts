import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { HttpDeps } from '../deps.ts';
import { requireAdmin } from './admin.ts';

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
  // Behind the admin token unless `metrics.public` says otherwise; unset, public only in dev (SPEC §3.5).
  const metricsPublic = deps.policy.metrics.public ?? deps.mode === 'dev';
  app.get('/metrics', {
    schema: { hide: true },
    ...(metricsPublic ? {} : { onRequest: async (req: FastifyRequest) => requireAdmin(deps, req) }),
  }, async (_req, reply) => reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics()));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
