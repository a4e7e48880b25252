import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PASSWORD_LENGTH_CEILING, type Policy } from '../config/index.ts';
import { TesseraError } from '../core/errors.ts';
import { countCodePoints, normalizePassword } from '../passwords/index.ts';
import { FlowId } from './schemas.ts';
import { fieldOf } from './envelope.ts';

/**
 * The one check of what a request carries, before any route sees it (docs/api.md: bad input of any
 * shape gets `invalid_request` naming the field, never a 500):
 *
 * - No string may hold a control character (C0, DEL, C1) or a lone UTF-16 surrogate: in a JSON
 *   body (values and keys, at any depth), a path parameter, the query string, or a header whose
 *   value Tessera reads. Postgres (and PGlite) refuse NUL in text; a lone surrogate has no UTF-8
 *   form and would be stored as U+FFFD, another string than the one given; and no field of the
 *   API is multi-line text, so none needs a tab or a line break. The refusal is `invalid_request`
 *   with `details.field` (`deviceName`, `credential.response.id`, `id`, `headers.user-agent`) and
 *   `details.reason` (`control_character` or `lone_surrogate`). A flow id is the exception: a
 *   malformed one is `flow_not_found`, as docs/errors.md says of every malformed flow id.
 * - A password field (`format: "password"` in its schema) longer than any policy allows is
 *   `password_invalid` (422), the length rule's own answer, on every route that takes one: routes
 *   that set a password apply the configured bounds in their flow; routes that check one refuse
 *   only past `PASSWORD_LENGTH_CEILING`, so lowering `password.maxLength` never locks out a
 *   password set under a higher one.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}]/u;
/** Raw text bodies (the SMS receipt routes keep theirs for signatures) may hold JSON's and forms' whitespace. */
const FORBIDDEN_IN_RAW = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Cs}]/u;

/** Headers whose values reach what Tessera stores, sends or looks up: tokens, the device name fallback, the client IP, the host. */
const READ_HEADERS = [
  'authorization',
  'cookie',
  'user-agent',
  'host',
  'origin',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-csrf-token',
  'x-tessera-session',
];

/** A field named deeper than this (a body of nested arrays) is named by its first characters. */
const MAX_FIELD_NAME = 120;

export type Flaw = { field: string; reason: 'control_character' | 'lone_surrogate' };

function flawOf(text: string, pattern = FORBIDDEN): Flaw['reason'] | null {
  const found = pattern.exec(text);
  if (!found) return null;
  const unit = found[0].charCodeAt(0);
  return unit >= 0xd800 && unit <= 0xdfff ? 'lone_surrogate' : 'control_character';
}

/**
 * The first string in `value` that holds a forbidden character, named by its dotted path
 * (`credential.response.id`, `items.0`); a bad key is named by the object that holds it, and
 * `root` names the whole. Breadth first and without recursion: a 64 KiB body can nest deeper than
 * the call stack.
 */
export function findFlaw(value: unknown, root: string): Flaw | null {
  const queue: [unknown, string][] = [[value, '']];
  const named = (path: string) => (path.length > MAX_FIELD_NAME ? `${path.slice(0, MAX_FIELD_NAME)}…` : path || root);
  for (let i = 0; i < queue.length; i++) {
    const [item, path] = queue[i]!;
    if (typeof item === 'string') {
      const reason = flawOf(item);
      if (reason) return { field: named(path), reason };
    } else if (Array.isArray(item)) {
      for (const [index, child] of item.entries()) queue.push([child, path ? `${path}.${index}` : String(index)]);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const reason = flawOf(key);
        if (reason) return { field: named(path), reason };
        queue.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/** Throws `invalid_request` naming the first flawed string of `value` (for bodies a route parses itself). */
export function assertCleanInput(value: unknown, root: string): void {
  const flaw = findFlaw(value, root);
  if (flaw) throw new TesseraError('invalid_request', { ...flaw });
}

function headerFlaw(req: FastifyRequest): Flaw | null {
  for (const name of READ_HEADERS) {
    const value = req.headers[name];
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      const reason = flawOf(one);
      if (reason) return { field: `headers.${name}`, reason };
    }
  }
  return null;
}

function assertCleanRequest(req: FastifyRequest): void {
  const header = headerFlaw(req);
  if (header) throw new TesseraError('invalid_request', { ...header });
  const param = findFlaw(req.params, 'params');
  if (param) {
    if (req.routeOptions.schema?.params === FlowId) throw new TesseraError('flow_not_found');
    throw new TesseraError('invalid_request', { ...param });
  }
  assertCleanInput(req.query, 'query');
  if (typeof req.body === 'string') {
    const reason = flawOf(req.body, FORBIDDEN_IN_RAW);
    if (reason) throw new TesseraError('invalid_request', { field: 'body', reason });
  } else {
    assertCleanInput(req.body, 'body');
  }
}

/** The body's password fields, read once per route schema. */
const passwordFieldsBySchema = new WeakMap<object, readonly string[]>();

function passwordFields(schema: unknown): readonly string[] {
  if (!schema || typeof schema !== 'object') return [];
  let fields = passwordFieldsBySchema.get(schema);
  if (!fields) {
    const properties = (schema as { properties?: Record<string, { format?: unknown }> }).properties ?? {};
    fields = Object.entries(properties)
      .filter(([, s]) => s?.format === 'password')
      .map(([key]) => key);
    passwordFieldsBySchema.set(schema, fields);
  }
  return fields;
}

/** True when no policy could accept this password: longer than the ceiling of `password.maxLength`. */
export function pastPasswordCeiling(password: string): boolean {
  // A code point is at most two UTF-16 units and NFKC composes at most a few into one.
  return password.length > PASSWORD_LENGTH_CEILING * 6 || countCodePoints(normalizePassword(password)) > PASSWORD_LENGTH_CEILING;
}

function assertPasswordLengths(req: FastifyRequest, policy: Policy['password']): void {
  for (const field of passwordFields(req.routeOptions.schema?.body)) {
    const value = fieldOf(req.body, field);
    if (typeof value === 'string' && pastPasswordCeiling(value)) {
      throw new TesseraError('password_invalid', { field, minLength: policy.minLength, maxLength: policy.maxLength });
    }
  }
}

/** Registers the check on every route: before schema validation, and before any other hook reads the body. */
export function edgeInputHooks(app: FastifyInstance, policy: Policy): void {
  app.addHook('preValidation', (req, _reply, done) => {
    try {
      assertCleanRequest(req);
      assertPasswordLengths(req, policy.password);
    } catch (err) {
      return done(err as Error);
    }
    done();
  });
}
