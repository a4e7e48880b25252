import { Type } from 'typebox';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { TextBody } from '../schemas.ts';

const tags = ['ops'];

export function opsRoutes(route: Route, deps: HttpDeps): void {
  route(
    {
      method: 'GET',
      url: '/healthz',
      operationId: 'checkHealth',
      tags,
      summary: 'The process is up',
      response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      errors: [],
    },
    async () => ({ status: 'ok' as const }),
  );

  route(
    {
      method: 'GET',
      url: '/readyz',
      operationId: 'checkReadiness',
      tags,
      summary: 'The database (and Redis, if configured) answer',
      response: {
        200: Type.Object({ status: Type.Literal('ready') }),
        503: Type.Object({ status: Type.Literal('unavailable') }, { description: 'The database or Redis does not answer.' }),
      },
      errors: [],
    },
    async ({ req, reply }) => {
      try {
        await deps.ready();
        return { status: 'ready' as const };
      } catch (err) {
        req.log.warn({ err: (err as Error).message }, 'not ready');
        return reply.code(503).send({ status: 'unavailable' });
      }
    },
  );

  // Behind the admin token unless `metrics.public` says otherwise; unset, public only in dev (docs/configuration.md).
  const metricsPublic = deps.policy.metrics.public ?? deps.mode === 'dev';
  const { registry } = deps.metrics;
  route(
    {
      method: 'GET',
      url: '/metrics',
      operationId: 'getMetrics',
      tags,
      summary: 'Prometheus metrics',
      ...(metricsPublic ? {} : { auth: 'operator' as const }),
      response: { 200: TextBody([registry.contentType], 'The Prometheus text format.') },
      errors: [],
    },
    async ({ reply }) => reply.type(registry.contentType).send(await registry.metrics()),
  );

  route(
    {
      method: 'GET',
      url: '/openapi.json',
      operationId: 'getOpenApiDocument',
      tags,
      hide: true,
      summary: 'This API as OpenAPI 3.1',
      response: { 200: Type.Unsafe<object>({ type: 'object', additionalProperties: true, description: 'The OpenAPI document.' }) },
      errors: [],
    },
    async ({ req }) => req.server.swagger(),
  );
}
