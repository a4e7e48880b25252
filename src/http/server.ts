import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import pino from 'pino';
import { TesseraError } from '../core/errors.ts';
import { longestSessionSeconds } from '../sessions/index.ts';
import type { HttpDeps } from './deps.ts';
import { authenticators } from './auth.ts';
import { isResponseCheckOn, responseConformance } from './conformance.ts';
import { edgeInputHooks } from './edge-input.ts';
import { OPENAPI_DOCUMENT } from './openapi.ts';
import { routes } from './route.ts';
import { SHARED_SCHEMAS } from './schemas.ts';
import { sendError } from './envelope.ts';
import { webSessionHooks } from './web-session.ts';
import { loggerOptions } from './logging.ts';
import { accountRoutes } from './routes/accounts.ts';
import { devRoutes } from './routes/dev.ts';
import { opsRoutes } from './routes/ops.ts';
import { registrationRoutes } from './routes/registrations.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { loginRoutes } from './routes/login.ts';
import { meRoutes } from './routes/me.ts';
import { adminRoutes } from './routes/admin.ts';
import { mfaRoutes } from './routes/mfa.ts';
import { passkeyRoutes } from './routes/passkeys.ts';
import { uiRoutes } from './routes/ui.ts';
import { smsReceiptRoutes } from './routes/sms-receipts.ts';
import { lifecycleRoutes } from './routes/lifecycle.ts';
import { recoveryRoutes } from './routes/recoveries.ts';
import { powRoutes } from './routes/pow.ts';

/** How often Node looks for connections past their header or request deadline: the slack on both. */
const CONNECTIONS_CHECK_MS = 1000;

export interface ServerOptions {
  /** The process logger (masking and redaction configured by http/logging.ts); a new one on stdout if absent. */
  logger?: pino.Logger;
  /** Check every JSON answer against its documented response (http/conformance.ts); default: `TESSERA_CHECK_RESPONSES=1`. */
  checkResponses?: boolean;
}

/** The HTTP edge: schemas, the error envelope, routes. Domain code never sees Fastify. */
export async function buildServer(deps: HttpDeps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const logger = options.logger ?? pino(loggerOptions(deps.logLevel), process.stdout);
  const fallback = deps.policy.app.defaultLocale;
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    // One access-log line per request (onResponse below), not Fastify's two: logging is a large
    // share of a cheap request's cost.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: deps.policy.http.trustProxy,
    // A slow client is cut off after the policy's seconds (Node's defaults let one dribble its
    // headers for 60 s, checked every 30 s, and its body for ever under Fastify's requestTimeout 0).
    // Fastify hands `http` to http.createServer only: Tessera serves plain HTTP (TLS ends at the
    // proxy), and an `https` option would have to carry these too (test/slow-client.test.ts).
    requestTimeout: deps.policy.http.requestTimeoutSeconds * 1000,
    http: {
      headersTimeout: deps.policy.http.headersTimeoutSeconds * 1000,
      requestTimeout: deps.policy.http.requestTimeoutSeconds * 1000,
      connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
    },
    bodyLimit: 64 * 1024,
    // `format: "password"` (OpenAPI's hint to hide the input) marks the fields http/edge-input.ts checks for length.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false, formats: { password: true } } },
    routerOptions: { maxParamLength: 200 },
    // A badly percent-encoded or overlong path never reaches a route; it gets the envelope too.
    frameworkErrors: (err, req, reply) => sendError(req, reply, err, fallback),
  });

  // An empty JSON body (a bare POST to /resend) reads as `{}`; anything else goes through Fastify's safe parser.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, {});
    defaultJson(req, body as string, done);
  });
  // JSON in and out (docs/api.md): Fastify's built-in text/plain parser would let a plain-text body through to the schema.
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', (req, _reply, done) => {
    if (req.body === undefined && req.method === 'POST') req.body = {};
    done();
  });
  // Control characters and lone surrogates, and passwords longer than any policy allows, are refused
  // here, once, for every route (http/edge-input.ts).
  edgeInputHooks(app, deps.policy);
  // The access line is built only from the request serializer's fields (method, masked URL, IP),
  // the status and the time: nothing in it to redact, so it skips the redaction pass, which was a
  // tenth of a session check's cost.
  const accessLog = logger.child({}, { redact: { paths: [], censor: '[redacted]' } });
  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? 'unmatched';
    accessLog.info({ reqId: req.id, req, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime }, 'request completed');
    deps.metrics.httpRequests.inc({ method: req.method, route, status: String(reply.statusCode) });
    deps.metrics.httpDuration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    done();
  });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await app.register(swagger, {
    // Shared schemas keep their names: `#/components/schemas/Account`.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: OPENAPI_DOCUMENT,
  });

  if (options.checkResponses ?? isResponseCheckOn()) responseConformance(app);
  app.setErrorHandler((err, req, reply) => sendError(req, reply, err, fallback));
  app.setNotFoundHandler((req, reply) => sendError(req, reply, new TesseraError('not_found'), fallback));

  // First: the browser sessions' hooks (cookies, CSRF: http/web-session.ts) apply to every route after them.
  webSessionHooks(app, { mode: deps.mode, csrfKey: deps.keys.hmac, sessionMaxAgeSeconds: longestSessionSeconds(deps.policy.sessions) });
  const auth = authenticators(deps);
  const route = routes(app, auth);
  uiRoutes(route, deps);
  opsRoutes(route, deps);
  registrationRoutes(route, deps);
  accountRoutes(route, deps);
  tokenRoutes(route, deps);
  loginRoutes(route, deps);
  meRoutes(route, deps);
  adminRoutes(route, deps);
  mfaRoutes(route, deps);
  passkeyRoutes(route, deps);
  recoveryRoutes(route, deps);
  lifecycleRoutes(route, deps);
  powRoutes(route, deps);
  if (deps.smsReceipts) smsReceiptRoutes(app, auth, deps.smsReceipts);
  if (deps.mode === 'dev' && deps.devInbox) devRoutes(route, deps.devInbox);
  return app;
}
