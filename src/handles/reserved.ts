/**
 * Words nobody may take as a handle: the service's own names, staff and system roles, payment
 * and messaging brands a person could be fooled by, and names that break software (`null`).
 * Words under 6 letters can never be a handle by themselves, but with digits or separators
 * added they can (`admin_1`, `root01`): `isReservedHandle` strips those before comparing.
 * Pinyin entries are the Chinese names of the same roles (客服 kefu, 官方 guanfang, …).
 * Letters only, lower case.
 */
export const RESERVED_HANDLES: readonly string[] = Object.freeze([
  // the service itself
  'tessera',
  'official',
  'officialaccount',
  'verified',
  'system',
  'security',
  'trust',
  'identity',
  'account',
  'accounts',
  'auth',
  'oauth',
  'login',
  'logout',
  'signin',
  'signup',
  'register',
  'registration',
  'verify',
  'verification',
  'password',
  'settings',
  'profile',
  'realname',
  // people who speak for it
  'admin',
  'administrator',
  'root',
  'superuser',
  'sysadmin',
  'owner',
  'operator',
  'staff',
  'moderator',
  'support',
  'help',
  'helpdesk',
  'service',
  'services',
  'customerservice',
  'team',
  'contact',
  'feedback',
  'report',
  'abuse',
  'compliance',
  'legal',
  'privacy',
  'terms',
  'police',
  'government',
  'announcement',
  'announcements',
  'notification',
  'notifications',
  'news',
  'info',
  'noreply',
  'postmaster',
  'hostmaster',
  'webmaster',
  'email',
  'bot',
  'robot',
  // money and the super-app's own features
  'pay',
  'payment',
  'payments',
  'wallet',
  'billing',
  'finance',
  'bank',
  'redpacket',
  'moments',
  // other platforms a person could mistake for ours
  'wechat',
  'weixin',
  'wechatpay',
  'alipay',
  'tenpay',
  'unionpay',
  'tencent',
  // pinyin: 客服 官方 管理员 系统 安全 支付 支付宝 钱包 红包 朋友圈 实名 举报 通知 公告 认证
  'kefu',
  'guanfang',
  'guanliyuan',
  'xitong',
  'anquan',
  'zhifu',
  'zhifubao',
  'qianbao',
  'hongbao',
  'pengyouquan',
  'shiming',
  'jubao',
  'tongzhi',
  'gonggao',
  'renzheng',
  // names that break software or mislead
  'api',
  'www',
  'null',
  'undefined',
  'nil',
  'none',
  'anonymous',
  'everyone',
  'nobody',
  'unknown',
  'test',
  'testing',
  'demo',
  'example',
  'developer',
  'status',
]);

/**
 * ASCII confusables, after Unicode TR39's "skeleton": two strings that look alike map to the
 * same skeleton, and a handle is refused when its skeleton is a reserved word's. Handles are
 * ASCII, so this small table stands in for TR39's confusables.txt. Single characters first,
 * then pairs, so that `c1` → `cl` → `d` as well.
 */
const SINGLE: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  i: 'l',
  '|': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
};
const PAIRS: Readonly<Record<string, string>> = { rn: 'm', vv: 'w', cl: 'd' };

/** Lower case, separators (`_`, `-`) removed, confusables folded to one prototype each. */
export function handleSkeleton(text: string): string {
  const folded = text.toLowerCase().replace(/[_-]/g, '');
  return folded.replace(/[0134578i|]/g, (c) => SINGLE[c] ?? c).replace(/rn|vv|cl/g, (pair) => PAIRS[pair] ?? pair);
}

const RESERVED_SKELETONS: ReadonlySet<string> = new Set(RESERVED_HANDLES.map(handleSkeleton));

/**
 * A reserved word, or one made to look like it: `Adm1n_`, `supp0rt`, `t-e-s-s-e-r-a`,
 * `rnoderator`, `tessera01`. Trailing digits are tried both as padding (`tessera01`) and as
 * letters (`suppor7`). A reserved word inside a longer handle (`administrative_dept`) is fine.
 */
export function isReservedHandle(handle: string): boolean {
  const plain = handle.toLowerCase().replace(/[_-]/g, '');
  const unpadded = plain.replace(/[0-9]+$/, '');
  return RESERVED_SKELETONS.has(handleSkeleton(plain)) || (unpadded !== '' && RESERVED_SKELETONS.has(handleSkeleton(unpadded)));
}
