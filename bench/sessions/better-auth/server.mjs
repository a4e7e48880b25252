/**
 * The peer in bench/sessions: Better Auth with its phone-number plugin on Postgres, served by
 * node:http through better-auth/node, as its documentation sets up a plain Node server.
 *
 * Plain JavaScript on purpose: it resolves better-auth from this folder's own node_modules (never
 * the repository root's), and the repository's type check must not depend on that install.
 *
 * Environment: DATABASE_URL (a scratch database; the schema is migrated here at start), PORT,
 * POOL_SIZE (16, the same as Tessera's pool). Prints "ready" on stdout once it listens.
 * GET /_bench/otp?to=<phone> answers the last code the plugin "sent" to that number; it stands in
 * for an SMS inbox the way Tessera's dev server has /_dev/sms.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { toNodeHandler } from 'better-auth/node';
import { phoneNumber } from 'better-auth/plugins/phone-number';

const port = Number(process.env.PORT);
const sent = new Map();

const options = {
  baseURL: `http://127.0.0.1:${port}`,
  secret: randomBytes(32).toString('hex'),
  database: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 16) }),
  // Tessera's bench policy lifts its budgets too: both measure work, not refusals from one client IP.
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [
    phoneNumber({
      sendOTP: ({ phoneNumber: to, code }) => void sent.set(to, code),
      signUpOnVerification: { getTempEmail: (to) => `${to.replace(/\D/g, '')}@phone.invalid` },
    }),
  ],
};

const { runMigrations } = await getMigrations(options);
await runMigrations();
const auth = betterAuth(options);
const handler = toNodeHandler(auth);

const server = http.createServer((req, res) => {
  if (req.url?.startsWith('/_bench/otp')) {
    const to = new URL(req.url, options.baseURL).searchParams.get('to') ?? '';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: sent.get(to) ?? null }));
    return;
  }
  handler(req, res);
});
server.listen(port, '127.0.0.1', () => console.log('ready'));

const stop = () => server.close(() => options.database.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
