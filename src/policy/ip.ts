import { isIPv6 } from 'node:net';

/** The key an IP is counted under: IPv4 as is, IPv6 by its /64 (one subscriber usually holds a whole /64). */
export function ipBudgetKey(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4mapped) return v4mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = 8 - headParts.length - tailParts.length;
  const full = ip.includes('::') ? [...headParts, ...Array(missing).fill('0'), ...tailParts] : headParts;
  return `${full
    .slice(0, 4)
    .map((p) => p.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
