import type { SmsPurpose } from './port.ts';

type Locale = 'en' | 'zh-CN' | 'zh-HK';

/**
 * Each text names the app, carries the code and its lifetime and says never to share it. The
 * Chinese ones are written to stay in one UCS-2 segment (70 characters) with a 20-character app
 * name, a 6-digit code, "10" minutes and the `@example.com #123456` line; templates.test.ts holds
 * every text to that.
 */
const TEXTS: Record<SmsPurpose, Record<Locale, string>> = {
  registration: {
    en: '[{app}] Your sign-up code is {code}. Valid {minutes} min. Never share this code.',
    'zh-CN': '【{app}】注册验证码{code}，{minutes}分钟内有效，请勿泄露。',
    'zh-HK': '【{app}】註冊驗證碼{code}，{minutes}分鐘內有效，切勿洩露。',
  },
  login: {
    en: '[{app}] Your login code is {code}. Valid {minutes} min. Never share this code.',
    'zh-CN': '【{app}】登录验证码{code}，{minutes}分钟内有效，请勿泄露。',
    'zh-HK': '【{app}】登入驗證碼{code}，{minutes}分鐘內有效，切勿洩露。',
  },
  new_device: {
    en: '[{app}] Code {code} confirms a login on a new device. Valid {minutes} min. Never share it.',
    'zh-CN': '【{app}】新设备验证码{code}，{minutes}分钟内有效，请勿泄露。',
    'zh-HK': '【{app}】新裝置驗證碼{code}，{minutes}分鐘內有效，切勿洩露。',
  },
  recovery: {
    en: '[{app}] Your password reset code is {code}. Valid {minutes} min. Never share this code.',
    'zh-CN': '【{app}】重置密码验证码{code}，{minutes}分钟内有效，请勿泄露。',
    'zh-HK': '【{app}】重設密碼驗證碼{code}，{minutes}分鐘內有效，切勿洩露。',
  },
  phone_change: {
    en: '[{app}] Your code to change phone number is {code}. Valid {minutes} min. Never share it.',
    'zh-CN': '【{app}】换绑手机验证码{code}，{minutes}分钟内有效，请勿泄露。',
    'zh-HK': '【{app}】更改手機驗證碼{code}，{minutes}分鐘內有效，切勿洩露。',
  },
  // {event} is at most 36 characters in Chinese (a 24-character device name and its phrase).
  security_alert: {
    en: '[{app}] {event}. Not you? Freeze your account now.',
    'zh-CN': '【{app}】{event}。非本人操作请冻结账号。',
    'zh-HK': '【{app}】{event}。非本人操作請凍結帳戶。',
  },
};

/**
 * Renders an SMS; with a domain, adds the last line `@domain #code` that WebOTP and iOS/Android
 * autofill read (one line break before it: a blank line would cost a character of the 70).
 */
export function renderSms(purpose: SmsPurpose, locale: Locale, params: Readonly<Record<string, string>>, domain = ''): string {
  let text = TEXTS[purpose][locale].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
  if (domain && params.code) text += `\n@${domain} #${params.code}`;
  return text;
}

/** GSM-7 basic set: texts made only of these fit 160 characters a segment, others are UCS-2 (70). */
const GSM7 = new Set('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà');
const GSM7_EXT = new Set('^{}\\[~]|€\f');

export function segmentInfo(text: string): { encoding: 'GSM-7' | 'UCS-2'; units: number; segments: number } {
  const chars = [...text];
  if (chars.every((c) => GSM7.has(c) || GSM7_EXT.has(c))) {
    const units = chars.reduce((n, c) => n + (GSM7_EXT.has(c) ? 2 : 1), 0);
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length; // UTF-16 code units, as UCS-2/UTF-16 on the air
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
