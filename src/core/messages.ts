/**
 * What each error code says to a person, in every locale Tessera speaks. Clients branch on the
 * code; these texts may be reworded at any time. docs/errors.md lists the English ones and
 * test/errors-catalogue.test.ts keeps the two in step.
 *
 * Templates: `{name}` is filled from the error's details; `[...]` is an optional part, kept only
 * when every placeholder inside it has a value, so a message reads whole with or without details.
 */
import type { ErrorCode } from './errors.ts';
import type { Locale } from './locale.ts';

type Texts = Record<Locale, string>;

export const MESSAGES: Record<ErrorCode, Texts> = {
  invalid_request: {
    en: 'The request is invalid.[ Check {field}.]',
    'zh-CN': '请求无效。[请检查 {field}。]',
    'zh-HK': '請求無效。[請檢查 {field}。]',
  },
  not_found: {
    en: 'Not found.',
    'zh-CN': '找不到请求的内容。',
    'zh-HK': '找不到要求的內容。',
  },
  method_not_allowed: {
    en: 'This method is not allowed here.',
    'zh-CN': '不支持此请求方法。',
    'zh-HK': '不支援此請求方法。',
  },
  unsupported_media_type: {
    en: 'Unsupported content type. Send JSON.',
    'zh-CN': '不支持的内容类型，请发送 JSON。',
    'zh-HK': '不支援的內容類型，請傳送 JSON。',
  },
  payload_too_large: {
    en: 'The request is too large.',
    'zh-CN': '请求内容过大。',
    'zh-HK': '請求內容過大。',
  },
  unauthenticated: {
    en: 'Please log in first.',
    'zh-CN': '请先登录。',
    'zh-HK': '請先登入。',
  },
  forbidden: {
    en: "You don't have permission to do this.",
    'zh-CN': '您没有执行此操作的权限。',
    'zh-HK': '你沒有執行此操作的權限。',
  },
  phone_invalid: {
    en: 'Please enter a valid phone number.',
    'zh-CN': '请输入有效的手机号码。',
    'zh-HK': '請輸入有效的電話號碼。',
  },
  phone_not_mobile: {
    en: 'Please use a mobile phone number.',
    'zh-CN': '请使用手机号码。',
    'zh-HK': '請使用手提電話號碼。',
  },
  region_not_supported: {
    en: 'Phone numbers from this region[ ({region})] are not supported.[ Supported regions: {supportedRegions}.]',
    'zh-CN': '暂不支持此地区[（{region}）]的手机号码。[支持的地区：{supportedRegions}。]',
    'zh-HK': '暫不支援此地區[（{region}）]的電話號碼。[支援的地區：{supportedRegions}。]',
  },
  phone_blocked: {
    en: 'This phone number cannot be used.',
    'zh-CN': '此手机号码无法使用。',
    'zh-HK': '此電話號碼無法使用。',
  },
  rate_limited: {
    en: 'Too many requests. Please wait[ {retryAfterSeconds}] and try again.',
    'zh-CN': '操作过于频繁，请稍候[{retryAfterSeconds}]再试。',
    'zh-HK': '操作過於頻繁，請稍候[{retryAfterSeconds}]再試。',
  },
  challenge_required: {
    en: 'Please complete the security check to continue.',
    'zh-CN': '请先完成安全验证。',
    'zh-HK': '請先完成安全驗證。',
  },
  code_incorrect: {
    en: 'The verification code is incorrect.[ Attempts left: {attemptsLeft}.]',
    'zh-CN': '验证码不正确。[还可尝试{attemptsLeft}次。]',
    'zh-HK': '驗證碼不正確。[尚餘{attemptsLeft}次機會。]',
  },
  code_expired: {
    en: 'The verification code has expired. Please request a new one.',
    'zh-CN': '验证码已过期，请重新获取。',
    'zh-HK': '驗證碼已過期，請重新索取。',
  },
  code_attempts_exceeded: {
    en: 'Too many wrong codes. Please request a new code.',
    'zh-CN': '验证码错误次数过多，请重新获取验证码。',
    'zh-HK': '驗證碼錯誤次數過多，請重新索取驗證碼。',
  },
  flow_expired: {
    en: 'This has timed out. Please start again.',
    'zh-CN': '操作已超时，请重新开始。',
    'zh-HK': '操作已逾時，請重新開始。',
  },
  flow_not_found: {
    en: 'We could not find this step. Please start again.',
    'zh-CN': '找不到当前操作，请重新开始。',
    'zh-HK': '找不到目前的操作，請重新開始。',
  },
  flow_state_invalid: {
    en: 'This step cannot be done yet. Please finish the previous step first.',
    'zh-CN': '暂时无法进行此步骤，请先完成上一步。',
    'zh-HK': '暫時無法進行此步驟，請先完成上一步。',
  },
  password_invalid: {
    en: 'The password length is not allowed.[ Use {minLength} to {maxLength} characters.]',
    'zh-CN': '密码长度不符合要求。[请使用{minLength}至{maxLength}个字符。]',
    'zh-HK': '密碼長度不符合要求。[請使用{minLength}至{maxLength}個字元。]',
  },
  password_weak: {
    en: 'This password is too easy to guess. Please choose a stronger one.',
    'zh-CN': '密码太容易被猜到，请设置更安全的密码。',
    'zh-HK': '密碼太容易被猜中，請設定更安全的密碼。',
  },
  handle_invalid: {
    en: 'This handle cannot be used. Use 6 to 20 characters: a letter first, then letters, digits, _ or -.',
    'zh-CN': '此用户名不可用。请使用6至20个字符，以字母开头，可含字母、数字、_ 或 -。',
    'zh-HK': '此用戶名稱不可使用。請使用6至20個字元，以英文字母開頭，可包含英文字母、數字、_ 或 -。',
  },
  handle_taken: {
    en: 'This handle is taken.[ Available: {suggestions}.]',
    'zh-CN': '此用户名已被占用。[可用的用户名：{suggestions}。]',
    'zh-HK': '此用戶名稱已被使用。[可用的名稱：{suggestions}。]',
  },
  phone_registered: {
    en: 'This phone number is already registered.',
    'zh-CN': '此手机号码已注册。',
    'zh-HK': '此電話號碼已經註冊。',
  },
  invalid_credentials: {
    en: 'The account or password is incorrect.',
    'zh-CN': '账号或密码错误。',
    'zh-HK': '帳戶或密碼錯誤。',
  },
  verification_required: {
    en: 'Please verify it is you to sign in on this device.',
    'zh-CN': '在此设备上登录需要先验证身份。',
    'zh-HK': '在此裝置上登入須先驗證身份。',
  },
  account_frozen: {
    en: 'This account is frozen.',
    'zh-CN': '此账号已被冻结。',
    'zh-HK': '此帳戶已被凍結。',
  },
  reauthentication_required: {
    en: 'For your security, please confirm it is you again.',
    'zh-CN': '为了您的账号安全，请重新验证身份。',
    'zh-HK': '為保障帳戶安全，請重新驗證身份。',
  },
  server_busy: {
    en: 'The server is busy. Please wait[ {retryAfterSeconds}] and try again.',
    'zh-CN': '服务器繁忙，请稍候[{retryAfterSeconds}]再试。',
    'zh-HK': '伺服器繁忙，請稍候[{retryAfterSeconds}]再試。',
  },
  service_unavailable: {
    en: 'The service is temporarily unavailable. Please wait[ {retryAfterSeconds}] and try again.',
    'zh-CN': '服务暂时不可用，请稍候[{retryAfterSeconds}]再试。',
    'zh-HK': '服務暫時無法使用，請稍候[{retryAfterSeconds}]再試。',
  },
  internal_error: {
    en: 'Something went wrong on our side. Please try again later.',
    'zh-CN': '服务器内部错误，请稍后重试。',
    'zh-HK': '伺服器內部錯誤，請稍後再試。',
  },
};

const TOKEN = /\[([^[\]]*)\]|\{([A-Za-z][A-Za-z0-9]*)\}/g;
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names of a template, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  return [...names].sort();
}

/**
 * The message for `code` in `locale`, its placeholders filled from `details`. A placeholder
 * without a usable value (missing, null, NaN, an object…) drops the optional part around it,
 * so the text never shows `{name}`, `undefined` or `[object Object]`.
 */
export function messageFor(code: ErrorCode, locale: Locale, details?: Record<string, unknown>): string {
  const valueNamed = (name: string): string | undefined =>
    details === undefined || !Object.hasOwn(details, name) ? undefined : render(name, details[name], locale);
  let tidy = false;
  // One pass over the template: filled-in values are never scanned again for placeholders.
  const text = MESSAGES[code][locale].replace(TOKEN, (_match, optional: string | undefined, name: string | undefined) => {
    if (optional !== undefined) {
      const values = new Map(placeholdersOf(optional).map((n) => [n, valueNamed(n)]));
      if ([...values.values()].some((v) => v === undefined)) return '';
      return optional.replace(PLACEHOLDER, (_m, n: string) => values.get(n) ?? '');
    }
    const value = valueNamed(name as string);
    if (value === undefined) tidy = true;
    return value ?? '';
  });
  return tidy
    ? text
        .replace(/ {2,}/g, ' ')
        .replace(/ +([.,!?:;])/g, '$1')
        .trim()
    : text;
}

function render(name: string, value: unknown, locale: Locale): string | undefined {
  if (Array.isArray(value)) {
    const parts = value.map((item) => (Array.isArray(item) ? undefined : render(name, item, locale)));
    const present = parts.filter((part): part is string => part !== undefined);
    return present.length === 0 ? undefined : present.join(locale === 'en' ? ', ' : '、');
  }
  if (typeof value === 'string') {
    // One line, single-spaced: a value must not break the sentence it sits in.
    const text = value.replace(/\s+/g, ' ').trim();
    return text === '' ? undefined : text;
  }
  if (typeof value === 'bigint') return numberFormat(locale).format(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  // Durations are named in seconds across the API (`retryAfterSeconds`); people read units.
  if (name.endsWith('Seconds')) return value < 0 ? undefined : formatDuration(value, locale);
  return numberFormat(locale).format(value);
}

const formatters = new Map<string, Intl.NumberFormat>();

function cachedFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formatters.get(key);
  if (format === undefined) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  return cachedFormat(locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
}

/** Rounded up to a whole second, minute or hour: a person told to wait must not come back early. */
function formatDuration(seconds: number, locale: Locale): string {
  const whole = Math.max(1, Math.ceil(seconds));
  const [amount, unit] =
    whole <= 90 ? [whole, 'second'] : whole % 3600 === 0 || whole > 90 * 60 ? [Math.ceil(whole / 3600), 'hour'] : [Math.ceil(whole / 60), 'minute'];
  const text = cachedFormat(`${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })).format(amount);
  // ICU puts a space in "30 秒" for zh-Hant but not in "30秒钟" for zh-Hans; Chinese text reads
  // better without, and both locales should look alike.
  return locale === 'en' ? text : text.replace(/\s+/g, '');
}
