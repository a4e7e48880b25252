import { Type } from 'typebox';
import { publicAccount } from '../../accounts/index.ts';
import { TesseraError } from '../../core/errors.ts';
import { diagnosePhone } from '../../flows/index.ts';
import { parsePhone } from '../../phone/index.ts';
import { isValidBlockPattern } from '../../policy/blocklist.ts';
import { clearCodeLedger } from '../../policy/code-ledger.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { Account, DateTime, QueryLimit, limitOf } from '../schemas.ts';

const tags = ['admin'];
const auth = 'operator';

const BlockPattern = Type.String({ maxLength: 20 });
const BlockEntry = Type.Object({ pattern: Type.String(), reason: Type.Union([Type.String(), Type.Null()]) });
const PauseScope = Type.Enum(['block', 'country']);
const Pause = Type.Object({
  scope: PauseScope,
  key: Type.String({ description: 'The number block (`+861380013`) or the country (`CN`).' }),
  level: Type.Integer({ description: 'How many times in a row it was paused; each pause is twice the last.' }),
  until: DateTime,
  secondsLeft: Type.Integer(),
});
const DoctorCheck = Type.Object({ check: Type.String(), ok: Type.Boolean(), detail: Type.String() });
const Diagnosis = Type.Object({
  input: Type.String(),
  phone: Type.Optional(
    Type.Object({ masked: Type.String(), region: Type.String(), type: Type.String() }, { description: 'Absent when the input is not a valid number.' }),
  ),
  verdict: Type.String(),
  checks: Type.Array(DoctorCheck),
});
const AuditEvent = Type.Object({
  id: Type.String(),
  accountId: Type.Union([Type.String(), Type.Null()]),
  actor: Type.String({ description: 'Who acted: `account`, `system`, `operator`, `anonymous`.' }),
  action: Type.String({ description: 'Dotted action name (`login.password`, `session.revoked`, …).' }),
  outcome: Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('refused')]),
  ip: Type.Union([Type.String(), Type.Null()]),
  deviceId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown(), { description: 'Non-secret context (device name, method, masked phone).' }),
  createdAt: DateTime,
});

/**
 * The operators' API (docs/configuration.md, `--admin-token`; docs/abuse.md): the CLI goes through
 * it while a server runs on the data dir. Every route wants the admin token (`auth: 'operator'`).
 */
export function adminRoutes(route: Route, deps: HttpDeps): void {
  const now = () => deps.clock.now();
  const audit = (action: string, details: Record<string, unknown>, ip: string) =>
    deps.audit.append({ accountId: null, actor: 'operator', action, outcome: 'success', ip, details }, now());

  route(
    {
      method: 'GET',
      url: '/admin/v1/blocklist',
      operationId: 'listBlocklist',
      tags,
      auth,
      summary: 'Blocked numbers and prefixes',
      response: { 200: Type.Object({ entries: Type.Array(Type.Object({ ...BlockEntry.properties, createdAt: DateTime })) }) },
      errors: [],
    },
    async () => ({
      entries: (await deps.blocklist.list()).map((e) => ({ pattern: e.pattern, reason: e.reason, createdAt: e.createdAt.toISOString() })),
    }),
  );

  route(
    {
      method: 'POST',
      url: '/admin/v1/blocklist',
      operationId: 'addToBlocklist',
      tags,
      auth,
      summary: 'Block a number or a prefix (`+86170*`)',
      body: Type.Object({ pattern: BlockPattern, reason: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
      response: { 201: BlockEntry },
      errors: [],
    },
    async ({ req, body }) => {
      const { pattern, reason } = body;
      if (!isValidBlockPattern(pattern)) throw new TesseraError('invalid_request', { field: 'pattern', reason: 'e164_or_prefix' });
      await deps.blocklist.add(pattern, reason ?? null, now());
      await audit('blocklist.added', { pattern }, req.ip);
      return { pattern, reason: reason ?? null };
    },
  );

  route(
    {
      method: 'DELETE',
      url: '/admin/v1/blocklist/:pattern',
      operationId: 'removeFromBlocklist',
      tags,
      auth,
      summary: 'Unblock',
      params: Type.Object({ pattern: BlockPattern }),
      response: { 204: null },
      errors: ['not_found'],
    },
    async ({ req, params }) => {
      if (!(await deps.blocklist.remove(params.pattern))) throw new TesseraError('not_found');
      await audit('blocklist.removed', { pattern: params.pattern }, req.ip);
    },
  );

  route(
    {
      method: 'GET',
      url: '/admin/v1/sms/pauses',
      operationId: 'listSmsPauses',
      tags,
      auth,
      summary: 'Blocks and countries the SMS-pumping breaker paused',
      response: { 200: Type.Object({ pauses: Type.Array(Pause) }) },
      errors: ['service_unavailable'],
    },
    async () => ({
      pauses: (await deps.breaker.status()).map((p) => ({
        scope: p.scope,
        key: p.key,
        level: p.level,
        until: p.until.toISOString(),
        secondsLeft: p.secondsLeft,
      })),
    }),
  );

  route(
    {
      method: 'DELETE',
      url: '/admin/v1/sms/pauses/:scope/:key',
      operationId: 'liftSmsPause',
      tags,
      auth,
      summary: 'Lift a pause',
      params: Type.Object({ scope: PauseScope, key: Type.String({ maxLength: 20 }) }),
      response: { 204: null },
      errors: ['not_found', 'service_unavailable'],
    },
    async ({ req, params }) => {
      const { scope, key } = params;
      if (!(await deps.breaker.unpause(scope, key))) throw new TesseraError('not_found');
      await audit('sms.breaker.unpaused', { scope, key }, req.ip);
    },
  );

  route(
    {
      method: 'GET',
      url: '/admin/v1/doctor',
      operationId: 'diagnosePhone',
      tags,
      auth,
      summary: 'What asking for a code for this number would do now, and why',
      querystring: Type.Object({ phone: Type.String({ maxLength: 64 }), country: Type.Optional(Type.String({ maxLength: 2 })) }),
      response: { 200: Diagnosis },
      errors: ['service_unavailable'],
    },
    async ({ query }) => diagnosePhone(deps, query.phone, query.country),
  );

  route(
    {
      method: 'POST',
      url: '/admin/v1/numbers/:phone/clear-ledger',
      operationId: 'clearCodeLedger',
      tags,
      auth,
      summary: 'Clear the wrong-code stop of a number',
      params: Type.Object({ phone: Type.String({ maxLength: 64 }) }),
      response: { 204: null },
      errors: ['phone_invalid', 'service_unavailable'],
    },
    async ({ req, params }) => {
      const e164 = parsePhone(params.phone).e164;
      await clearCodeLedger(deps.counters, e164);
      await audit('ledger.cleared', { phone: e164.slice(0, -4) + '****' }, req.ip);
    },
  );

  route(
    {
      method: 'GET',
      url: '/admin/v1/accounts',
      operationId: 'findAccount',
      tags,
      auth,
      summary: 'Find an account by phone or handle',
      querystring: Type.Object({ phone: Type.Optional(Type.String({ maxLength: 64 })), handle: Type.Optional(Type.String({ maxLength: 64 })) }),
      response: { 200: Type.Object({ account: Account }) },
      errors: ['phone_invalid', 'not_found'],
    },
    async ({ query }) => {
      const { phone, handle } = query;
      const account = phone ? await deps.accounts.findByPhone(parsePhone(phone).e164) : handle ? await deps.accounts.findByHandle(handle) : null;
      if (!account) throw new TesseraError('not_found');
      return { account: publicAccount(account) };
    },
  );

  route(
    {
      method: 'GET',
      url: '/admin/v1/audit',
      operationId: 'listAuditEvents',
      tags,
      auth,
      summary: 'The audit log of one account, newest first',
      querystring: Type.Object({ accountId: Type.String({ format: 'uuid' }), limit: Type.Optional(QueryLimit), before: Type.Optional(DateTime) }),
      response: { 200: Type.Object({ events: Type.Array(AuditEvent) }) },
      errors: [],
    },
    async ({ query }) => {
      const { accountId, limit, before } = query;
      const rows = await deps.audit.forAccount(accountId, { limit: limitOf(limit, 100, 500), ...(before ? { before: new Date(before) } : {}) });
      return { events: rows.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })) };
    },
  );
}
