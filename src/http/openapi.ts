import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';

/**
 * The parts of `/openapi.json` that belong to no single operation: what Tessera is, where it
 * answers, its tags and its two kinds of credentials. The operations come from the routes'
 * schemas (http/route.ts); docs/api.md says how the document is checked.
 */
export const OPENAPI_DOCUMENT: NonNullable<FastifyDynamicSwaggerOptions['openapi']> = {
  openapi: '3.1.0',
  info: {
    title: 'Tessera',
    version: '1',
    description:
      'Phone-number-first identity and registration server. Every refusal is `{"error": {"code", "message", "details"}}` with a stable code ' +
      '(docs/errors.md); each operation lists the codes it can answer under each error status.',
    license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
  },
  servers: [{ url: '/', description: 'The Tessera server that serves this document' }],
  tags: [
    { name: 'registration', description: 'Sign up by phone number: a code by SMS, then a password and a handle (docs/accounts.md).' },
    { name: 'login', description: 'Password, SMS code and new-device challenges (docs/login.md).' },
    { name: 'handles', description: 'Public handles: availability and suggestions.' },
    { name: 'account', description: 'The signed-in account, freezing and unfreezing.' },
    { name: 'security center', description: 'Sessions, devices, password, security events, phone and handle changes, deletion, export.' },
    { name: 'passkeys', description: 'WebAuthn passkeys: registration, login, second factor.' },
    { name: 'recovery', description: 'A forgotten password, by SMS and a second factor.' },
    { name: 'sessions', description: 'Access tokens (JWT) for other services and the keys that verify them.' },
    { name: 'trust', description: 'Trust levels and what they entitle.' },
    { name: 'abuse', description: 'Proof-of-work challenges and password strength.' },
    { name: 'sms', description: 'Delivery receipts from SMS gateways (docs/sms.md).' },
    { name: 'admin', description: "The operators' API, with the admin token." },
    { name: 'ops', description: 'Health and readiness.' },
    { name: 'dev', description: 'The dev inbox (`tessera dev` only).' },
  ],
  components: {
    securitySchemes: {
      session: { type: 'http', scheme: 'bearer', description: 'A session token `<id>.<secret>`; the hosted pages send it as a cookie instead (docs/ui.md).' },
      admin: { type: 'http', scheme: 'bearer', description: 'The admin token (`TESSERA_ADMIN_TOKEN`).' },
    },
  },
};
