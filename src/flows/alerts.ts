import { newId } from '../core/random.ts';
import { encrypt } from '../core/secrets.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { spendNoticeBudget } from '../policy/send-budget.ts';
import { renderSms, segmentInfo } from '../sms/index.ts';
import type { FlowDeps, RequestContext } from './deps.ts';

type Locale = 'en' | 'zh-CN' | 'zh-HK';

const EVENTS: Record<string, Record<Locale, string>> = {
  new_login: { en: 'New login on {device}', 'zh-CN': '您的账号在{device}上有新的登录', 'zh-HK': '您的帳戶在{device}上有新的登入' },
  recovery_code_used: { en: 'A recovery code was used to sign in', 'zh-CN': '有人使用恢复码登录了您的账号', 'zh-HK': '有人使用恢復碼登入了您的帳戶' },
  password_changed: { en: 'Your password was changed', 'zh-CN': '您的密码已被修改', 'zh-HK': '您的密碼已被更改' },
  password_reset: { en: 'Your password was reset by SMS', 'zh-CN': '您的密码已通过短信验证重置', 'zh-HK': '您的密碼已透過短訊驗證重設' },
  phone_changed: { en: 'Your account moved to another number', 'zh-CN': '您的账号已换绑到其他手机号', 'zh-HK': '您的帳戶已改用其他電話號碼' },
  handle_changed: { en: 'Your ID was changed', 'zh-CN': '您的账号ID已更改', 'zh-HK': '您的帳戶ID已更改' },
  account_frozen: { en: 'Your account was frozen', 'zh-CN': '您的账号已被冻结', 'zh-HK': '您的帳戶已被凍結' },
  account_unfrozen: { en: 'Your account was unfrozen', 'zh-CN': '您的账号已解冻', 'zh-HK': '您的帳戶已解凍' },
  deletion_scheduled: {
    en: 'Your account will be deleted; log in to cancel',
    'zh-CN': '您的账号将被注销，登录即可取消',
    'zh-HK': '您的帳戶將被刪除，登入即可取消',
  },
  deletion_cancelled: { en: 'The deletion of your account was cancelled', 'zh-CN': '您的账号注销已取消', 'zh-HK': '您的帳戶刪除已取消' },
};

/**
 * A security notice by SMS ("new login on <device> — not you? freeze your account"). It spends the
 * notice budget (5 a day per number), never the codes' budgets; when it refuses, the notice is
 * skipped, never the login.
 */
export async function sendSecurityAlert(
  deps: FlowDeps,
  account: AccountRecord,
  event: keyof typeof EVENTS,
  params: Record<string, string>,
  ctx: RequestContext,
): Promise<boolean> {
  if (!account.phone) return false;
  const locale = ctx.locale;
  const device = (params.device || (locale === 'en' ? 'a new device' : '新设备')).slice(0, 24);
  const eventText = EVENTS[event]![locale].replace('{device}', device);
  const now = deps.clock.now();
  try {
    await spendNoticeBudget(deps.counters, deps.policy, { e164: account.phone, region: account.region });
  } catch {
    await deps.audit.append(
      { accountId: account.id, actor: 'system', action: `alert.${event}`, outcome: 'refused', ip: ctx.ip, details: { reason: 'budget' } },
      now,
    );
    return false;
  }
  const text = renderSms('security_alert', locale, { app: deps.policy.app.name, event: eventText });
  const id = newId();
  await deps.enqueueSms(
    {
      id,
      phone: account.phone,
      region: account.region,
      purpose: 'security_alert',
      locale,
      bodySealed: encrypt(deps.keys.encryption, JSON.stringify({ text, params: { event: eventText } })),
      segments: segmentInfo(text).segments,
    },
    now,
  );
  deps.sendQueued(id);
  await deps.audit.append({ accountId: account.id, actor: 'system', action: `alert.${event}`, outcome: 'success', ip: ctx.ip }, now);
  return true;
}
