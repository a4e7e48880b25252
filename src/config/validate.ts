/**
 * The one validation of settings, for the policy file and for each SMS provider's settings alike:
 * a TypeBox schema gives the defaults, the check and the words of the error, which names the bad
 * key by its full path (`"sms.providers.cn1.timeoutMs" must be an integer from 100 to 120000`).
 *
 * Compiled with TypeBox's own compiler rather than ajv: `typebox` is a runtime dependency while
 * ajv is only a development one here (Fastify carries its own copy), and the two read the same
 * JSON Schema and report errors of the same shape (keyword, instancePath, params).
 */
import type { Static, TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { Value } from 'typebox/value';
import { ConfigError } from '../core/errors.ts';

/**
 * Annotations a settings schema may carry besides `description` and `default`: `problem` says
 * what a good value is, in words (else it is said from the schema); `secret` keeps the value out
 * of error messages and marks it so in the docs.
 */
export interface SettingAnnotations {
  readonly problem?: string;
  readonly secret?: boolean;
}

type Node = Record<string, unknown>;
type Segment = string | number;

const compiled = new WeakMap<TSchema, Validator>();

function validator(schema: TSchema): Validator {
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = Compile(schema)));
  return v;
}

/**
 * Fills in the defaults of `schema` over a copy of `raw`, checks the result and returns it, or
 * throws ConfigError naming every bad key under `path` (empty for the policy file's root).
 */
export function checkSettings<S extends TSchema>(schema: S, raw: unknown, path: readonly Segment[]): Static<S> {
  let value: unknown;
  try {
    // structuredClone keeps an own "__proto__" key as a plain key, so it is refused by name below.
    value = Value.Default(schema, withoutUndefined(structuredClone(raw)));
  } catch {
    throw new ConfigError(`config: ${quote(path)} must hold plain JSON values`);
  }
  const check = validator(schema);
  if (check.Check(value)) return value as Static<S>;
  const problems = new Set<string>();
  for (const error of check.Errors(value)) {
    const at = pointer(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      const names = (error.params as { additionalProperties?: unknown }).additionalProperties;
      const known = knownKeys(schema, at);
      for (const name of Array.isArray(names) ? names : []) problems.add(`unknown key ${quote([...path, ...at, String(name)])}${known}`);
      continue;
    }
    if (error.keyword === 'boolean') continue; // the same unknown key, seen from its own side
    if (error.keyword === 'required') {
      const names = (error.params as { requiredProperties?: unknown }).requiredProperties;
      for (const name of Array.isArray(names) ? names : []) problems.add(`${quote([...path, ...at, String(name)])} is required`);
      continue;
    }
    const { node, depth } = reported(schema, at);
    const where = at.slice(0, depth);
    const given = valueAt(value, where);
    const shown = node.secret === true || given === undefined ? '' : ` (got ${truncate(JSON.stringify(given))})`;
    problems.add(`${quote([...path, ...where])} ${describe(node)}${shown}`);
  }
  throw new ConfigError(`config: ${[...problems].join('; ')}`);
}

/** A key set to undefined is absent, as in JSON. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (!isNode(value)) return value;
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) delete value[key];
    else value[key] = withoutUndefined(value[key]);
  }
  return value;
}

/** `sms.providers.cn1.templates` and `sms.testNumbers[0].phone`, quoted. */
export function quote(path: readonly Segment[]): string {
  if (path.length === 0) return 'the policy file';
  let text = '';
  for (const s of path) text += typeof s === 'number' ? `[${s}]` : text ? `.${s}` : s;
  return `"${text}"`;
}

function pointer(instancePath: string): Segment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The schema an error is reported against: the one at the error's path, or the nearest union
 * above it, since "must be one of these shapes" says more than what one branch wanted.
 */
function reported(root: TSchema, at: readonly Segment[]): { node: Node; depth: number } {
  let node = root as Node;
  for (const [i, segment] of at.entries()) {
    if (Array.isArray(node.anyOf)) return { node, depth: i };
    const next = child(node, segment);
    if (!next) return { node, depth: i };
    node = next;
  }
  return { node, depth: at.length };
}

/** ` (known: a, b, c)` for the object at `at`, so a typo is easy to fix. */
function knownKeys(root: TSchema, at: readonly Segment[]): string {
  const { node, depth } = reported(root, at);
  const keys = depth === at.length && isNode(node.properties) ? Object.keys(node.properties) : [];
  return keys.length > 0 ? ` (known: ${keys.join(', ')})` : '';
}

function child(node: Node, segment: Segment): Node | undefined {
  if (typeof segment === 'number') return isNode(node.items) ? node.items : undefined;
  const properties = node.properties as Record<string, unknown> | undefined;
  if (properties && Object.hasOwn(properties, segment) && isNode(properties[segment])) return properties[segment];
  for (const [pattern, schema] of Object.entries((node.patternProperties ?? {}) as Record<string, unknown>)) {
    if (new RegExp(pattern, 'u').test(segment) && isNode(schema)) return schema;
  }
  return isNode(node.additionalProperties) ? node.additionalProperties : undefined;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(value: unknown, at: readonly Segment[]): unknown {
  let v = value;
  for (const s of at) v = isNode(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

function truncate(text: string | undefined): string {
  if (text === undefined) return 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** "must be …", from the schema's `problem`, else from its type and bounds. */
export function describe(node: Node): string {
  if (typeof node.problem === 'string') return node.problem;
  if (Array.isArray(node.enum)) return `must be one of ${node.enum.join(', ')}`;
  if (node.const !== undefined) return `must be ${JSON.stringify(node.const)}`;
  const range = (what: string) =>
    typeof node.minimum === 'number' && typeof node.maximum === 'number' ? `must be ${what} from ${node.minimum} to ${node.maximum}` : `must be ${what}`;
  switch (node.type) {
    case 'integer':
      return range('an integer');
    case 'number':
      return range('a number');
    case 'boolean':
      return 'must be true or false';
    case 'string':
      return typeof node.minLength === 'number' && node.minLength > 0 ? 'must be a non-empty string' : 'must be a string';
    case 'array':
      return 'must be a list';
    case 'object':
      return 'must be an object';
    default:
      return 'is not a valid value';
  }
}

/** Whether `value` fits `schema`, with the same compiled check: a type guard for what came from outside. */
export function conforms<S extends TSchema>(schema: S, value: unknown): value is Static<S> {
  return validator(schema).Check(value);
}
