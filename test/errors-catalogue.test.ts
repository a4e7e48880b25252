/**
 * Keeps the error catalogue, its HTTP statuses, its three languages and docs/errors.md in step:
 * a code added to ERROR_CODES fails here until it has a status, messages and a documented row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ERROR_CODES, type ErrorCode } from '../src/core/errors.ts';
import { LOCALES } from '../src/core/locale.ts';
import { MESSAGES, placeholdersOf } from '../src/core/messages.ts';
import { HTTP_STATUS } from '../src/http/status.ts';

// Characters written differently in Traditional Chinese, Simplified → Traditional. (效 and 送,
// though often listed, are the same in both scripts.)
const SIMPLIFIED_TO_TRADITIONAL: Record<string, string> = {
  码: '碼',
  证: '證',
  号: '號',
  个: '個',
  请: '請',
  过: '過',
  试: '試',
  册: '冊',
  账: '帳',
  户: '戶',
  输: '輸',
  错: '錯',
  误: '誤',
  时: '時',
  间: '間',
  发: '發',
  机: '機',
  设: '設',
  备: '備',
  无: '無',
  这: '這',
  们: '們',
  为: '為',
  该: '該',
  后: '後',
  务: '務',
  录: '錄',
  题: '題',
  须: '須',
  验: '驗',
  内: '內',
  电: '電',
  话: '話',
  据: '據',
  认: '認',
  态: '態',
  开: '開',
  关: '關',
  让: '讓',
  当: '當',
  专: '專',
  长: '長',
  钟: '鐘',
  网: '網',
  络: '絡',
  页: '頁',
  问: '問',
  获: '獲',
  冻: '凍',
  结: '結',
};
const SIMPLIFIED_ONLY = Object.keys(SIMPLIFIED_TO_TRADITIONAL);
const TRADITIONAL_ONLY = Object.values(SIMPLIFIED_TO_TRADITIONAL);
const CJK = /\p{Script=Han}/u;
const OPTIONAL_PART = /\[[^[\]]*\]/g;

interface DocRow {
  code: string;
  status: number;
  details: string;
  english: string;
}

function readDocRows(): DocRow[] {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('\n## Codes'));
  assert.ok(section.length > 20, 'docs/errors.md has a "## Codes" section');
  const rows: DocRow[] = [];
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const match = /^\| `([a-z_]+)` \| (\d{3}) \| [^|]+ \| ([^|]+) \| `([^`]+)` \|$/.exec(line);
    assert.ok(match, `malformed row in docs/errors.md: ${line}`);
    const [, code, status, details, english] = match as unknown as [string, string, string, string, string];
    rows.push({ code, status: Number(status), details, english });
  }
  return rows;
}

const docRows = readDocRows();

test('every code has an HTTP error status, and the table has no other keys', () => {
  assert.deepEqual(Object.keys(HTTP_STATUS).sort(), [...ERROR_CODES].sort());
  for (const code of ERROR_CODES) {
    const status = HTTP_STATUS[code];
    assert.ok(Number.isInteger(status) && status >= 400 && status <= 599, `${code}: ${status}`);
  }
});

test('every code has a message in every locale, and no other code or locale is there', () => {
  assert.deepEqual(Object.keys(MESSAGES).sort(), [...ERROR_CODES].sort());
  for (const code of ERROR_CODES) {
    assert.deepEqual(Object.keys(MESSAGES[code]).sort(), [...LOCALES].sort(), code);
    for (const locale of LOCALES) {
      const text = MESSAGES[code][locale];
      assert.ok(typeof text === 'string' && text.trim() === text && text.length > 0, `${code} ${locale}`);
    }
  }
});

test('English is English and both Chinese messages are Chinese', () => {
  for (const code of ERROR_CODES) {
    assert.doesNotMatch(MESSAGES[code].en, /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u, code);
    assert.match(MESSAGES[code]['zh-CN'], CJK, code);
    assert.match(MESSAGES[code]['zh-HK'], CJK, code);
  }
});

test('zh-HK is written in Traditional characters and zh-CN in Simplified', () => {
  for (const code of ERROR_CODES) {
    const hk = MESSAGES[code]['zh-HK'];
    const cn = MESSAGES[code]['zh-CN'];
    for (const char of SIMPLIFIED_ONLY) assert.ok(!hk.includes(char), `${code} zh-HK has Simplified ${char}: ${hk}`);
    for (const char of TRADITIONAL_ONLY) assert.ok(!cn.includes(char), `${code} zh-CN has Traditional ${char}: ${cn}`);
    if (SIMPLIFIED_ONLY.some((char) => cn.includes(char))) assert.notEqual(hk, cn, code);
  }
});

test('the placeholders of a code are the same in every locale', () => {
  for (const code of ERROR_CODES) {
    const english = placeholdersOf(MESSAGES[code].en);
    for (const locale of LOCALES) assert.deepEqual(placeholdersOf(MESSAGES[code][locale]), english, `${code} ${locale}`);
  }
});

test('every placeholder sits in an optional part, and the parts are well formed', () => {
  for (const code of ERROR_CODES) {
    for (const locale of LOCALES) {
      const outside = MESSAGES[code][locale].replace(OPTIONAL_PART, '');
      assert.doesNotMatch(outside, /[[\]{}]/, `${code} ${locale}: ${MESSAGES[code][locale]}`);
    }
  }
});

test('docs/errors.md lists every code once, and only codes of the catalogue', () => {
  const documented = docRows.map((row) => row.code);
  assert.equal(new Set(documented).size, documented.length, 'a code is listed twice');
  const known = new Set<string>(ERROR_CODES);
  assert.deepEqual(
    documented.filter((code) => !known.has(code)),
    [],
    'documented but not in ERROR_CODES',
  );
  const listed = new Set(documented);
  assert.deepEqual(
    ERROR_CODES.filter((code) => !listed.has(code)),
    [],
    'in ERROR_CODES but not documented',
  );
});

test('docs/errors.md shows the status, the English message and the fields of each code', () => {
  for (const row of docRows) {
    const code = row.code as ErrorCode;
    assert.equal(row.status, HTTP_STATUS[code], `${code}: status in docs`);
    assert.equal(row.english, MESSAGES[code].en, `${code}: English message in docs`);
    const fields = new Set([...row.details.matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1]));
    for (const name of placeholdersOf(MESSAGES[code].en)) {
      assert.ok(fields.has(name), `${code}: details column lacks \`${name}\``);
    }
  }
});
