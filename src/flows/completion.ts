import { TesseraError, isTesseraError } from '../core/errors.ts';
import { newId } from '../core/random.ts';
import { publicAccount } from '../accounts/index.ts';
import { assertHandleAllowed, generateHandle, handleCandidates, handleKey, handleProblem } from '../handles/index.ts';
import { assertPasswordLength, assertStrongPassword, passwordUserInputs } from '../passwords/index.ts';
import { maskPhone, parsePhone } from '../phone/index.ts';
import { newDeviceToken, newSessionExpiries, newSessionToken } from '../sessions/index.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { loadFlow } from './registration.ts';
import { dormantSince, noteNumberTakenOver } from './recycling.ts';

export interface CompleteInput {
  password: string;
  handle?: string | undefined;
  displayName?: string | undefined;
  deviceName?: string | undefined;
  /** The number belongs to a dormant account (`recycled` on verify): take it over. */
  takeOverNumber?: boolean | undefined;
}

const SUGGESTIONS = 5;

/** Free handles close to `wanted`, for `handle_taken` and the availability check. */
export async function suggestHandles(deps: FlowDeps, wanted: string): Promise<string[]> {
  const candidates = handleCandidates(wanted, SUGGESTIONS);
  const taken = await deps.accounts.takenHandles(candidates.map(handleKey), deps.clock.now());
  return candidates.filter((c) => !taken.has(handleKey(c))).slice(0, SUGGESTIONS);
}

/**
 * loadFlow → checkVerified → passwordLength → handleRules → handleFree → phoneFree → passwordStrength
 * → hash (before any transaction opens) → account + device + session in one transaction
 */
export async function completeRegistration(deps: FlowDeps, id: string, input: CompleteInput, ctx: RequestContext) {
  const flow = await loadFlow(deps, id, 'registration', ctx);
  if (flow.state !== 'verified') throw await notCompletable(deps, flow.phone, flow.state);
  const { policy } = deps;
  assertPasswordLength(input.password, policy.password);
  const chosen = input.handle !== undefined;
  if (chosen) assertHandleAllowed(input.handle);
  const handle = chosen ? input.handle! : generateHandle();
  const now = deps.clock.now();
  if (chosen && (await deps.accounts.takenHandles([handleKey(handle)], now)).size > 0) {
    throw new TesseraError('handle_taken', { suggestions: await suggestHandles(deps, handle) });
  }
  const holder = await deps.accounts.findByPhone(flow.phone);
  const idleSince = holder && input.takeOverNumber === true ? await dormantSince(deps, holder, now) : null;
  if (holder && !idleSince) throw new TesseraError('phone_registered');
  const words = { e164: flow.phone, nationalNumber: parsePhone(flow.phone).nationalNumber, handle, displayName: input.displayName ?? null };
  assertStrongPassword(input.password, passwordUserInputs(words), policy.password);
  const passwordHash = await deps.hasher.hash(input.password);

  const session = newSessionToken();
  const device = newDeviceToken();
  const { idleExpiresAt, absoluteExpiresAt } = newSessionExpiries(policy.sessions, now);
  const accountId = newId();
  const deviceId = newId();
  const deviceName = input.deviceName ?? flow.deviceName;
  const takeOver = holder && idleSince ? { accountId: holder.id, idleSince } : null;
  try {
    const account = await deps.accounts.createFromFlow(
      {
        flowId: flow.id,
        account: { id: accountId, phone: flow.phone, region: flow.region, handle, displayName: input.displayName ?? null, passwordHash },
        device: { id: deviceId, tokenHash: device.tokenHash, name: deviceName },
        session: { id: session.id, secretHash: session.secretHash, ip: ctx.ip, absoluteExpiresAt, idleExpiresAt },
        maxSessions: policy.sessions.maxPerAccount,
        audit: {
          accountId,
          actor: 'account',
          action: 'account.registered',
          outcome: 'success',
          ip: ctx.ip,
          deviceId,
          details: { phone: maskPhone(flow.phone), deviceName, ...(takeOver ? { tookOverNumber: true } : {}) },
        },
        ...(takeOver ? { takeOver } : {}),
      },
      now,
    );
    if (holder && takeOver) await noteNumberTakenOver(deps, holder, account.id, ctx, now);
    return {
      account: publicAccount(account),
      session: { token: session.token, expiresAt: absoluteExpiresAt.toISOString() },
      deviceToken: device.token,
    };
  } catch (err) {
    // Another completion of this flow won the race: its number now has an account.
    if (isTesseraError(err) && err.code === 'flow_state_invalid') throw await notCompletable(deps, flow.phone, 'completed');
    if (isTesseraError(err) && err.code === 'handle_taken') {
      throw new TesseraError('handle_taken', { suggestions: chosen ? await suggestHandles(deps, handle) : [] });
    }
    throw err;
  }
}

/**
 * The answer to completing a flow that is not (or no longer) verified. Once the flow's number has
 * an account — a concurrent completion won, or this flow was completed before — that is the
 * answer (`phone_registered`): the person proved they hold the number, and "log in instead" is
 * what their client should offer.
 */
async function notCompletable(deps: FlowDeps, phone: string, state: string): Promise<TesseraError> {
  if (state !== 'code_sent' && (await deps.accounts.findByPhone(phone))) return new TesseraError('phone_registered');
  return new TesseraError('flow_state_invalid', { state });
}

/** GET /v1/handles/{handle}: rate limited per IP like any enumeration surface. */
export async function checkHandle(deps: FlowDeps, handle: string, ctx: RequestContext) {
  const hit = await deps.counters.hit(`handles:ip:${ctx.ip}`, 60);
  if (hit.count > deps.policy.budgets.handleLookupsPerIpMinute) {
    throw new TesseraError('rate_limited', { retryAfterSeconds: hit.resetInSeconds, scope: 'ip' });
  }
  const problem = handleProblem(handle);
  if (problem) {
    const suggestions = problem.reason === 'reserved' ? await suggestHandles(deps, handle) : [];
    return { handle, available: false, reason: problem.reason, rule: problem.rule, suggestions };
  }
  const taken = (await deps.accounts.takenHandles([handleKey(handle)], deps.clock.now())).size > 0;
  if (taken) return { handle, available: false, reason: 'taken' as const, suggestions: await suggestHandles(deps, handle) };
  return { handle, available: true, suggestions: [] as string[] };
}
