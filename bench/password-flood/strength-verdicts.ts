/**
 * Does judging an excerpt of a long password change the strength verdict (score ≥ 3)? Generates
 * 1,696 passwords of 25–128 characters from zxcvbn-ts's own word lists, with a fixed seed (so every
 * run judges the same ones), and compares the verdict on the whole password (zxcvbn-ts at its
 * default `maxLength` of 256) with the verdict on a plain prefix of 64 (what Tessera judged before)
 * and on `strengthExcerpt` at several lengths. A few minutes on 2 vCPU.
 *   node --import tsx bench/password-flood/strength-verdicts.ts [lengths…]   (default 24 32 40)
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { passwordUserInputs, strengthExcerpt } from '../../src/passwords/index.ts';

const zxcvbn = (maxLength: number) =>
  new ZxcvbnFactory({
    translations: zxcvbnEn.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    l33tMaxSubstitutions: 2,
    maxLength,
  });
const whole = zxcvbn(256);
const ranked = (whole as unknown as { options: { rankedDictionaries: Record<string, Record<string, number>> } }).options.rankedDictionaries;

let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const upTo = (name: string, rank: number) =>
  Object.entries(ranked[name]!)
    .filter(([, r]) => r <= rank)
    .map(([w]) => w);
const common = upTo('commonWords-en', 5000).filter((w) => w.length >= 3);
const names = upTo('firstnames-en', 2000);
const surnames = upTo('lastnames-en', 2000);
const leaked = upTo('passwords-common', 3000);
const dice = upTo('diceware-common', 7776);
const wiki = upTo('wikipedia-en', 20000).filter((w) => w.length >= 3);
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const year = (from = 1950, span = 70) => from + Math.floor(rnd() * span);

const corpus: string[] = [];
const add = (p: string) => {
  if (p.length > 24 && p.length <= 128) corpus.push(p);
};
for (let i = 0; i < 400; i++) {
  const words = Array.from({ length: 4 + Math.floor(rnd() * 9) }, () => pick(rnd() < 0.4 ? common : rnd() < 0.5 ? wiki : dice));
  add(words.map((w) => (rnd() < 0.3 ? cap(w) : w)).join(pick([' ', '-', '.', '', '_'])) + (rnd() < 0.3 ? String(Math.floor(rnd() * 100)) : ''));
}
const templates = [
  () => `${pick(names)} and ${pick(names)} forever ${year()}`,
  () => `my ${pick(['dog', 'cat', 'horse', 'son', 'daughter'])} ${pick(names)} was born in ${year()}`,
  () => `I love ${pick(names)} ${pick(surnames)} so much ${pick(['!', '!!', '<3', ''])}`,
  () => `${cap(pick(common))}${cap(pick(common))}${cap(pick(common))}${cap(pick(common))}${Math.floor(rnd() * 10000)}!`,
  () => `${pick(leaked)}${pick(leaked)}${pick(leaked)}${pick(leaked)}`,
  () => `${pick(leaked)}${pick(leaked)}${pick(leaked)}${pick(leaked)}${pick(leaked)}${pick(leaked)}`,
  () => `${pick(names)}${year()}`.repeat(2 + Math.floor(rnd() * 8)),
  () => pick(leaked).repeat(3 + Math.floor(rnd() * 12)),
  () => `the ${pick(common)} ${pick(common)} of ${pick(common)} is ${pick(common)} and ${pick(common)}`,
  () => `${pick(names)}.${pick(surnames)}@${pick(['gmail.com', 'qq.com', '163.com', 'hotmail.com'])}${Math.floor(rnd() * 100)}`,
  () => `wo ai ni ${pick(names)} yi sheng yi shi ${year(1980, 40)}`,
  () => `${pick(leaked)} ${pick(common)} ${pick(leaked)} ${pick(common)} ${pick(leaked)}`,
  () => `qwertyuiopasdfghjklzxcvbnm${pick(leaked)}`,
  () => `${pick(common)}${pick(common)}${pick(common)}`.repeat(2),
];
for (let i = 0; i < 1200; i++) add(pick(templates)());
const alphabets = [
  'abcdefghijklmnopqrstuvwxyz',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?',
  '0123456789abcdef',
];
for (let i = 0; i < 200; i++) {
  const alphabet = [...pick(alphabets)];
  add(Array.from({ length: 25 + Math.floor(rnd() * 100) }, () => pick(alphabet)).join(''));
}

const inputs = passwordUserInputs({ e164: '+8613800138000', nationalNumber: '13800138000', handle: 'alice_w' });
const lengths = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (lengths.length === 0) lengths.push(24, 32, 40);
const prefix64 = zxcvbn(64);
const judges = lengths.map((length) => ({ length, zxcvbn: zxcvbn(length), refused: [] as string[], passed: [] as string[] }));
const plain = { refused: [] as string[], passed: [] as string[] };
const strong = (f: ZxcvbnFactory, p: string) => f.check(p, inputs).score >= 3;

for (const p of corpus) {
  const verdict = strong(whole, p);
  const before = strong(prefix64, p);
  if (verdict !== before) (verdict ? plain.refused : plain.passed).push(p);
  for (const j of judges) {
    const now = strong(j.zxcvbn, strengthExcerpt(p, j.length));
    if (verdict !== now) (verdict ? j.refused : j.passed).push(p);
  }
}

const show = (list: string[]) =>
  list.length
    ? ` e.g. ${list
        .slice(0, 3)
        .map((p) => JSON.stringify(p))
        .join(', ')}`
    : '';
console.log(
  `${corpus.length} passwords, ${corpus.filter((p) => p.length > 64).length} longer than 64 characters; verdict = score ≥ 3 against the ` +
    `verdict on the whole password:`,
);
console.log(`- plain prefix of 64: ${plain.passed.length} pass that are refused whole, ${plain.refused.length} refused that pass whole${show(plain.passed)}`);
for (const j of judges) {
  console.log(
    `- strengthExcerpt(${j.length}): ${j.passed.length} pass that are refused whole, ${j.refused.length} refused that pass ` +
      `whole${show([...j.passed, ...j.refused])}`,
  );
}
