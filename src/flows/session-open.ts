import { TesseraError } from '../core/errors.ts';
import { newId } from '../core/random.ts';
import { admitAccount, publicAccount, type AccountRecord } from '../accounts/index.ts';
import { deviceTokenHash, newDeviceToken, newSessionExpiries, newSessionToken } from '../sessions/index.ts';
import { cancelDeletion } from './deletion.ts';
import type { FlowDeps, RequestContext } from './deps.ts';

export interface KnownDevice {
  id: string;
  name: string | null;
}

/** The account's live device that this token names, if any. */
export async function knownDevice(deps: FlowDeps, accountId: string, deviceToken: string | undefined): Promise<KnownDevice | null> {
  const hash = deviceToken ? deviceTokenHash(deviceToken) : null;
  return hash ? deps.sessions.findDevice(accountId, hash) : null;
}

/**
 * A new session (every authentication gets one) on a known device, or on a new device whose token
 * is returned once. With `completeFlowId` the flow is consumed in the same transaction.
 * Every way in passes here (most through the login decision, login-decision.ts): a frozen account
 * gets none (accounts/standing.ts), and a login during a deletion's grace period cancels the deletion.
 */
export async function openSessionFor(
  deps: FlowDeps,
  account: AccountRecord,
  ctx: RequestContext,
  options: { deviceId?: string; deviceName?: string | null; completeFlowId?: string; methods: string[] },
) {
  admitAccount(account);
  const now = deps.clock.now();
  const policy = deps.policy.sessions;
  const session = newSessionToken();
  const device = options.deviceId ? null : newDeviceToken();
  const deviceId = options.deviceId ?? newId();
  const { idleExpiresAt, absoluteExpiresAt } = newSessionExpiries(policy, now);
  const opened = await deps.sessions.open(
    {
      accountId: account.id,
      device: { id: deviceId, ...(device ? { tokenHash: device.tokenHash } : {}), name: options.deviceName ?? null },
      session: {
        id: session.id,
        secretHash: session.secretHash,
        ip: ctx.ip,
        absoluteExpiresAt,
        idleExpiresAt,
      },
      maxSessions: policy.maxPerAccount,
      ...(options.completeFlowId ? { completeFlowId: options.completeFlowId } : {}),
    },
    now,
  );
  if (!opened) throw new TesseraError('flow_state_invalid', { state: 'completed' });
  await deps.sessions.markAuthenticated(session.id, now, options.methods);
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: device ? 'login.new_device' : 'login',
      outcome: 'success',
      ip: ctx.ip,
      deviceId,
      details: { methods: options.methods, deviceName: options.deviceName ?? null },
    },
    now,
  );
  const current = account.status === 'pending_deletion' ? await cancelDeletion(deps, account, ctx, 'login', deviceId) : account;
  return {
    session: { token: session.token, expiresAt: absoluteExpiresAt.toISOString() },
    account: publicAccount(current),
    ...(device ? { deviceToken: device.token } : {}),
    deviceId,
    isNewDevice: device !== null,
  };
}
