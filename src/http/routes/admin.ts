import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { publicAccount } from '../../accounts/index.ts';
import { TesseraError } from '../../core/errors.ts';
import { diagnosePhone } from '../../flows/index.ts';
import { parsePhone } from '../../phone/index.ts';
import { isValidBlockPattern } from '../../policy/blocklist.ts';
import { clearCodeLedger } from '../../policy/code-ledger.ts';
import type { HttpDeps } from '../deps.ts';
import { limitOf, queryLimit } from '../schemas.ts';

const tags = ['admin'];
const security = [{ admin: [] }];

/** The admin token as a bearer token, or `unauthenticated`; `forbidden` when none is configured. */
export function requireAdmin(deps: HttpDeps, req: FastifyRequest): void {
  const header = req.headers.authorization;
  const given = header?.startsWith('Bearer ') ? Buffer.from(header.slice(7).trim()) : null;
  const expected = deps.adminToken ? Buffer.from(deps.adminToken) : null;
  if (!expected) throw new TesseraError('forbidden', { reason: 'admin_api_disabled' });
  if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TesseraError('unauthenticated');
}

/** The operators' API (SPEC §3.5); the CLI goes through it while a server runs on the data dir. */
export function adminRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const now = () => deps.clock.now();
  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/admin/')) requireAdmin(deps, req);
  });
  const audit = (action: string, details: Record<string, unknown>, ip: string) =>
    deps.audit.append({ accountId: null, actor: 'operator', action, outcome: 'success', ip, details }, now());

  app.get('/admin/v1/blocklist', { schema: { tags, security, summary: 'Blocked numbers and prefixes' } }, async () => ({
    entries: (await deps.blocklist.list()).map((e) => ({ pattern: e.pattern, reason: e.reason, createdAt: e.createdAt.toISOString() })),
  }));
  app.post('/admin/v1/blocklist', {
    schema: { tags, security, summary: 'Block a number or a prefix (`+86170*`)', body: { type: 'object', required: ['pattern'], additionalProperties: false, properties: { pattern: { type: 'string', maxLength: 20 }, reason: { type: 'string', maxLength: 200 } } } },
  }, async (req, reply) => {
    const { pattern, reason } = req.body as { pattern: string; reason?: string };
    if (!isValidBlockPattern(pattern)) throw new TesseraError('invalid_request', { field: 'pattern', reason: 'e164_or_prefix' });
    await deps.blocklist.add(pattern, reason ?? null, now());
    await audit('blocklist.added', { pattern }, req.ip);
    return reply.code(201).send({ pattern, reason: reason ?? null });
  });
  app.delete('/admin/v1/blocklist/:pattern', { schema: { tags, security, summary: 'Unblock', params: { type: 'object', properties: { pattern: { type: 'string', maxLength: 20 } } } } }, async (req, reply) => {
    const { pattern } = req.params as { pattern: string };
    if (!(await deps.blocklist.remove(pattern))) throw new TesseraError('not_found');
    await audit('blocklist.removed', { pattern }, req.ip);
    return reply.code(204).send();
  });

  app.get('/admin/v1/sms/pauses', { schema: { tags, security, summary: 'Blocks and countries the SMS-pumping breaker paused' } }, async () => ({
    pauses: (await deps.breaker.status()).map((p) => ({ scope: p.scope, key: p.key, level: p.level, until: p.until.toISOString(), secondsLeft: p.secondsLeft })),
  }));
  app.delete('/admin/v1/sms/pauses/:scope/:key', {
    schema: { tags, security, summary: 'Lift a pause', params: { type: 'object', properties: { scope: { type: 'string', enum: ['block', 'country'] }, key: { type: 'string', maxLength: 20 } } } },
  }, async (req, reply) => {
    const { scope, key } = req.params as { scope: 'block' | 'country'; key: string };
    if (!(await deps.breaker.unpause(scope, key))) throw new TesseraError('not_found');
    await audit('sms.breaker.unpaused', { scope, key }, req.ip);
    return reply.code(204).send();
  });

  app.get('/admin/v1/doctor', { schema: { tags, security, summary: 'What asking for a code for this number would do now, and why', querystring: { type: 'object', required: ['phone'], properties: { phone: { type: 'string', maxLength: 64 }, country: { type: 'string', maxLength: 2 } } } } }, async (req) => {
    const { phone, country } = req.query as { phone: string; country?: string };
    return diagnosePhone(deps, phone, country);
  });

  app.post('/admin/v1/numbers/:phone/clear-ledger', { schema: { tags, security, summary: 'Clear the wrong-code stop of a number', params: { type: 'object', properties: { phone: { type: 'string', maxLength: 64 } } } } }, async (req, reply) => {
    const e164 = parsePhone((req.params as { phone: string }).phone).e164;
    await clearCodeLedger(deps.counters, e164);
    await audit('ledger.cleared', { phone: e164.slice(0, -4) + '****' }, req.ip);
    return reply.code(204).send();
  });

  app.get('/admin/v1/accounts', { schema: { tags, security, summary: 'Find an account by phone or handle', querystring: { type: 'object', properties: { phone: { type: 'string', maxLength: 64 }, handle: { type: 'string', maxLength: 64 } } } } }, async (req) => {
    const { phone, handle } = req.query as { phone?: string; handle?: string };
    const account = phone ? await deps.accounts.findByPhone(parsePhone(phone).e164) : handle ? await deps.accounts.findByHandle(handle) : null;
    if (!account) throw new TesseraError('not_found');
    return { account: publicAccount(account) };
  });

  app.get('/admin/v1/audit', {
    schema: { tags, security, summary: 'The audit log of one account, newest first', querystring: { type: 'object', required: ['accountId'], properties: { accountId: { type: 'string', format: 'uuid' }, limit: queryLimit, before: { type: 'string', format: 'date-time' } } } },
  }, async (req) => {
    const { accountId, limit, before } = req.query as { accountId: string; limit?: string; before?: string };
    const rows = await deps.audit.forAccount(accountId, { limit: limitOf(limit, 100, 500), ...(before ? { before: new Date(before) } : {}) });
    return { events: rows.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })) };
  });
}
