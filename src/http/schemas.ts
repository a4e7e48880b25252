/** Request schemas: they validate input and, through @fastify/swagger, make /openapi.json. */
export const localeSchema = { type: 'string', maxLength: 35 } as const;
export const clientTimeSchema = { type: 'string', format: 'date-time', maxLength: 40 } as const;
/**
 * A password: no maxLength here, so that a long one gets the length rule's own answer,
 * `password_invalid` (422), from its flow or from the edge (http/edge-input.ts), which finds password
 * fields by this format; the body limit (64 KiB) bounds what is read.
 */
export const passwordSchema = { type: 'string', format: 'password', description: 'Its length is the password policy\'s (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.' } as const;
export const powSchema = { type: 'string', minLength: 1, maxLength: 4096, description: 'The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge.' } as const;
export const flowIdParams = {
  type: 'object',
  required: ['id'],
  // No maxLength: a malformed id is `flow_not_found` (SPEC §3.1); the router bounds its length.
  properties: { id: { type: 'string' } },
} as const;

export const errorEnvelope = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object', additionalProperties: true } },
    },
  },
} as const;

export const flowResponse = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    phone: { type: 'object', properties: { e164: { type: 'string' }, region: { type: 'string' }, masked: { type: 'string' } } },
    state: { type: 'string', enum: ['code_sent', 'verified', 'completed', 'cancelled'] },
    expiresAt: { type: 'string', format: 'date-time' },
    resendAt: { type: 'string', format: 'date-time' },
    sendsLeft: { type: 'integer' },
    code: { type: 'object', properties: { length: { type: 'integer' }, ttlSeconds: { type: 'integer' } } },
    delivery: { type: 'object', properties: { status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'failed'] } } },
    hints: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

export const accountSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    phone: { type: ['object', 'null'], properties: { e164: { type: 'string' }, region: { type: 'string' }, masked: { type: 'string' } } },
    region: { type: 'string' },
    handle: { type: 'string' },
    displayName: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['active', 'frozen', 'pending_deletion'] },
    trustLevel: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const sessionGrant = {
  type: 'object',
  properties: {
    account: accountSchema,
    session: { type: 'object', properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } } },
    deviceToken: { type: 'string' },
  },
} as const;

/** A count in a query string: query values arrive as strings (type coercion is off), so the schema says digits. */
export const queryLimit = { type: 'string', pattern: '^[1-9][0-9]{0,2}$', description: 'how many, 1–500' } as const;

export function limitOf(value: string | undefined, fallback: number, max: number): number {
  return value === undefined ? fallback : Math.min(Number(value), max);
}
