import { Type } from 'typebox';
import { publicAccount, type AccountRecord } from '../../accounts/index.ts';
import { TesseraError } from '../../core/errors.ts';
import { checkHandle } from '../../flows/index.ts';
import { sessionAccount } from '../../sessions/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { Account } from '../schemas.ts';

const HandleAvailability = Type.Object({
  handle: Type.String(),
  available: Type.Boolean(),
  reason: Type.Optional(
    Type.Union([Type.Literal('invalid'), Type.Literal('taken'), Type.Literal('reserved')], { description: 'Why not, when it is not available.' }),
  ),
  rule: Type.Optional(
    Type.String({ description: 'The rule an invalid or reserved handle breaks (`length`, `first_character`, `characters`, `reserved`, …).' }),
  ),
  suggestions: Type.Array(Type.String(), { description: 'Free handles close to this one (when it is taken or reserved).' }),
});

const views = new WeakMap<AccountRecord, ReturnType<typeof publicAccount>>();

export function accountRoutes(route: Route, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;

  route(
    {
      method: 'GET',
      url: '/v1/handles/:handle',
      operationId: 'checkHandle',
      tags: ['handles'],
      summary: 'Is this handle free? With close free alternatives',
      params: Type.Object({ handle: Type.String({ maxLength: 64 }) }),
      response: { 200: HandleAvailability },
      errors: ['rate_limited', 'service_unavailable'],
    },
    async ({ req, params }) => checkHandle(deps, params.handle, requestContext(req, fallback)),
  );

  route(
    {
      method: 'GET',
      url: '/v1/me',
      operationId: 'getAccount',
      tags: ['account'],
      auth: 'session',
      summary: 'The signed-in account',
      response: { 200: Type.Object({ account: Account }) },
      errors: [],
    },
    async ({ session }) => {
      const account = await sessionAccount(deps.sessionCache, deps.accounts, session.id, session.accountId);
      if (!account) throw new TesseraError('unauthenticated');
      // A cached account is the same object from one check to the next: its view is built once.
      let view = views.get(account);
      if (!view) views.set(account, (view = publicAccount(account)));
      return { account: view };
    },
  );
}
