import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

// ajv-formats is CommonJS with its function as `default`.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Checks every JSON answer against its operation's documented response (docs/api.md,
 * "Conformance"): the status must be one the operation documents, and the body must match its
 * schema with no field the schema does not name. The test suite turns it on
 * (`TESSERA_CHECK_RESPONSES=1`), so that every answer a test provokes also tests the document;
 * an answer that breaks it becomes a 500 saying why, and the test that provoked it fails.
 */
export function responseConformance(app: FastifyInstance): void {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  ajv.addFormat('password', true);
  for (const schema of Object.values(app.getSchemas())) ajv.addSchema(closedSchema(schema) as object);
  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorFor = (schema: object) => {
    let fn = compiled.get(schema);
    if (!fn) compiled.set(schema, (fn = ajv.compile(closedSchema(schema) as object)));
    return fn;
  };

  app.addHook('onSend', async (req, reply, payload) => {
    const schema = req.routeOptions.schema as { hide?: boolean; response?: Record<string, object> } | undefined;
    if (!schema?.response || schema.hide || !String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    const response = schema.response[String(reply.statusCode)] as { content?: Record<string, { schema: object }> } | undefined;
    const documented = response?.content ? response.content['application/json']?.schema : response;
    const problem = documented ? mismatch(validatorFor(documented), payload) : `status ${reply.statusCode} is not documented`;
    if (!problem) return payload;
    const message = `${req.method} ${req.routeOptions.url} answered ${reply.statusCode} against its schema: ${problem}`;
    process.stderr.write(`response conformance: ${message}\n${String(payload).slice(0, 2000)}\n`);
    reply.code(500);
    return JSON.stringify({ error: { code: 'internal_error', message, details: {} } });
  });
}

function mismatch(validate: ValidateFunction, payload: unknown): string | null {
  let body: unknown;
  try {
    body = payload === undefined || payload === '' ? null : JSON.parse(String(payload));
  } catch {
    return 'the body is not JSON';
  }
  if (validate(body)) return null;
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
    .join('; ');
}

/** A copy of the schema in which every object names all its fields (`additionalProperties: false` where unset). */
export function closedSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closedSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'properties' ? mapValues(value, closedSchema) : closedSchema(value);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined && out.patternProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
}

export function isResponseCheckOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TESSERA_CHECK_RESPONSES === '1';
}
