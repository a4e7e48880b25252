/**
 * Schema pieces the adapters' settings share. Each provider's settings are a TypeBox schema in
 * its own folder: the type of its config, its validation (config/validate.ts) and the table of
 * its settings in docs/sms.md.
 */
import { Type, type Static } from 'typebox';
import type { SmsPurpose } from '../../port.ts';

export const SMS_PURPOSES = ['registration', 'login', 'new_device', 'recovery', 'phone_change', 'security_alert'] as const satisfies readonly SmsPurpose[];

/** `"type": "<adapter>"`: in `sms.providers` it picks the adapter; checked again here. */
export const providerType = <N extends string>(name: N) =>
  Type.Optional(Type.Literal(name, { description: `\`"${name}"\`, which picks this adapter (required in \`sms.providers\`).` }));

export const text = (description: string, options: { secret?: boolean } = {}) =>
  Type.String({ minLength: 1, description, ...(options.secret ? { secret: true } : {}) });

export const httpUrl = (description: string, options: { default?: string } = {}) =>
  Type.String({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+', problem: 'must be an http(s) URL', description, ...options });

export const timeoutMs = () =>
  Type.Integer({
    minimum: 100,
    maximum: 120_000,
    default: 10_000,
    description: 'Bound on one send, in milliseconds; past it the message goes to the next provider of the route.',
  });

const template = Type.Union(
  [
    Type.String({ minLength: 1 }),
    Type.Object(
      {
        id: Type.String({ minLength: 1 }),
        params: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
      },
      { additionalProperties: false },
    ),
  ],
  { problem: 'must be a template id or { "id": "...", "params": ["code", ...] }' },
);

/**
 * Template-based vendors: `templates: { registration: "SMS_1", login: { id: "SMS_2", params: ["code"] } }`.
 * `params` names the message params the template takes, in order; the default is just the code.
 */
export const templates = (description: string) =>
  Type.Object(
    Object.fromEntries(SMS_PURPOSES.map((p) => [p, Type.Optional(template)])) as Record<(typeof SMS_PURPOSES)[number], Type.TOptional<typeof template>>,
    { additionalProperties: false, minProperties: 1, problem: `must name at least one template, by purpose (${SMS_PURPOSES.join(', ')})`, description },
  );

export type Templates = Static<ReturnType<typeof templates>>;

/** The template for a purpose, as `{ id, params }`, or undefined when none is configured. */
export function templateFor(templates: Templates, purpose: SmsPurpose): { id: string; params: readonly string[] } | undefined {
  const entry = templates[purpose];
  if (entry === undefined) return undefined;
  return typeof entry === 'string' ? { id: entry, params: ['code'] } : { id: entry.id, params: entry.params ?? ['code'] };
}
