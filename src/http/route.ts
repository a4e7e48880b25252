import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { ErrorCode } from '../core/errors.ts';
import type { SessionRecord } from '../sessions/index.ts';
import { errorResponses } from './schemas.ts';

/**
 * Who may call a route. `session`: a session token (bearer, or the hosted pages' cookie, which
 * must also pass the CSRF check); the handler gets the session. `operator`: the admin token.
 */
export type Auth = 'session' | 'operator';

export interface Authenticators {
  session(req: FastifyRequest): Promise<SessionRecord>;
  operator(req: FastifyRequest): void;
}

/** The codes every route of a kind can answer, so that no route has to remember them. */
const ALWAYS: readonly ErrorCode[] = [
  // Whatever the route: a header or query string the edge refuses (http/edge-input.ts), and a
  // cross-site request that asks for cookies (http/web-session.ts).
  'invalid_request',
  'forbidden',
  'internal_error',
];
/** Fastify reads the body of any method but GET and HEAD, whether the route declares one or not. */
const WITH_BODY: readonly ErrorCode[] = ['payload_too_large', 'unsupported_media_type'];
/** A password is hashed or verified, in a bounded queue, and the edge refuses one of no allowed length (http/edge-input.ts). */
const WITH_PASSWORD: readonly ErrorCode[] = ['password_invalid', 'server_busy'];
/** No credentials, or wrong ones (`forbidden` is already in ALWAYS: CSRF, an admin API left off). */
const BY_AUTH: Record<Auth, readonly ErrorCode[]> = { session: ['unauthenticated'], operator: ['unauthenticated'] };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** An answer that is not JSON, described by its content type (a gateway's acknowledgement, a page). */
export interface ContentResponse {
  description: string;
  content: Record<string, { schema: TSchema }>;
}
/** Success statuses and their bodies; `null` is an empty body (204). */
export type Successes = { [status: number]: TSchema | null | ContentResponse };

/**
 * One operation of the API: its place, its documentation, who may call it, and one schema per
 * request part and per answer. The schemas are the validation, the types the handler gets and
 * the operation in `/openapi.json` (docs/api.md).
 */
export interface RouteSpec {
  method: Method;
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  auth?: Auth;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: Successes;
  /** The refusals this operation can answer besides those of its kind (input, auth, internal). */
  errors: readonly ErrorCode[];
  /** Not part of the API: pages and assets, left out of `/openapi.json`. */
  hide?: boolean;
  /** A step before validation (a gateway's signature over the raw body). */
  preValidation?: (req: FastifyRequest) => Promise<void>;
}

type StaticOf<T> = T extends TSchema ? Static<T> : undefined;
// `void` for an empty answer (204): a handler that returns nothing.
// biome-ignore lint/suspicious/noConfusingVoidType: see above
type BodyOf<T> = T extends TSchema ? Static<T> : T extends ContentResponse ? never : void;
type SuccessBody<R> = { [K in keyof R]: BodyOf<R[K]> }[keyof R];

export interface RouteInput<S extends RouteSpec> {
  params: StaticOf<S['params']>;
  query: StaticOf<S['querystring']>;
  body: StaticOf<S['body']>;
  session: S['auth'] extends 'session' ? SessionRecord : undefined;
  req: FastifyRequest;
  reply: FastifyReply;
}

/**
 * A handler returns the success body (sent with the operation's success status), or, where the
 * answer is not JSON of one status (a page, metrics, readiness), the reply it has sent itself.
 */
export type RouteHandler<S extends RouteSpec> = (input: RouteInput<S>) => Promise<SuccessBody<S['response']> | FastifyReply>;

const sessions = new WeakMap<FastifyRequest, SessionRecord>();

/** The error codes an operation documents: its own and those of its kind. */
export function operationErrors(spec: RouteSpec): ErrorCode[] {
  const body = spec.method !== 'GET' ? [...WITH_BODY, ...(spec.body && hasPassword(spec.body) ? WITH_PASSWORD : [])] : [];
  const auth = spec.auth ? BY_AUTH[spec.auth] : [];
  return [...new Set([...spec.errors, ...body, ...auth, ...ALWAYS])];
}

function hasPassword(body: TSchema): boolean {
  const properties = (body as { properties?: Record<string, { format?: string }> }).properties ?? {};
  return Object.values(properties).some((p) => p.format === 'password');
}

function successStatus(spec: RouteSpec): number {
  const statuses = Object.keys(spec.response)
    .map(Number)
    .filter((s) => s < 300);
  const first = statuses.sort()[0];
  if (first === undefined) throw new Error(`${spec.operationId}: no success response`);
  return first;
}

/** Declares routes on `app`; `auth` checks what a route's `auth` names, in a hook, before its handler. */
export function routes(app: FastifyInstance, auth: Authenticators) {
  return function route<const S extends RouteSpec>(spec: S, handler: RouteHandler<S>): void {
    const status = successStatus(spec);
    const options: RouteOptions = {
      method: spec.method,
      url: spec.url,
      schema: {
        operationId: spec.operationId,
        summary: spec.summary,
        ...(spec.description ? { description: spec.description } : {}),
        tags: [...spec.tags],
        ...(spec.hide ? { hide: true } : {}),
        // Public operations say so (`[]`), so that no operation's security is left to guess.
        security: spec.auth ? [{ [spec.auth === 'session' ? 'session' : 'admin']: [] }] : [],
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.querystring ? { querystring: spec.querystring } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        response: { ...successResponses(spec.response), ...errorResponses(operationErrors(spec)) },
      },
      handler: async (req, reply) => {
        const input = {
          params: req.params,
          query: req.query,
          body: req.body,
          session: sessions.get(req),
          req,
          reply,
        } as RouteInput<S>; // the schemas above validated each part before the handler runs
        const result = await handler(input);
        if (result === reply) return reply;
        return reply.code(status).send(result);
      },
    };
    // The operator check runs first, as the admin API always has; the session check after the
    // input is validated, so a malformed request is `invalid_request` whoever sends it.
    if (spec.preValidation) options.preValidation = spec.preValidation;
    if (spec.auth === 'operator') options.onRequest = async (req) => auth.operator(req);
    if (spec.auth === 'session') options.preHandler = async (req) => void sessions.set(req, await auth.session(req));
    app.route(options);
  };
}

export type Route = ReturnType<typeof routes>;

function successResponses(response: Successes): Record<number, TSchema | ContentResponse | { description: string; type: 'null' }> {
  const out: Record<number, TSchema | ContentResponse | { description: string; type: 'null' }> = {};
  for (const [status, schema] of Object.entries(response)) out[Number(status)] = schema ?? { description: 'No content', type: 'null' };
  return out;
}
