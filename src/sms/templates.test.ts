import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSms, segmentInfo } from './templates.ts';
import type { SmsPurpose } from './port.ts';

const CODE_PURPOSES: SmsPurpose[] = ['registration', 'login', 'new_device', 'recovery', 'phone_change'];
const LOCALES = ['en', 'zh-CN', 'zh-HK'] as const;
const LATIN_APP = 'Harbor Lantern Pay 9'; // 20 characters
const CHINESE_APP = '港灣燈籠支付錢包社交平台雲端服務中心應用'; // 20 characters
assert.equal([...LATIN_APP].length, 20);
assert.equal([...CHINESE_APP].length, 20);

const params = (app: string) => ({ app, code: '123456', minutes: '10' });

test('every code text, in every language, with a 20-character app name and the domain line, is one segment', () => {
  for (const purpose of CODE_PURPOSES) {
    for (const locale of LOCALES) {
      const apps = locale === 'en' ? [LATIN_APP] : [LATIN_APP, CHINESE_APP];
      for (const app of apps) {
        const text = renderSms(purpose, locale, params(app), 'example.com');
        const info = segmentInfo(text);
        assert.equal(info.segments, 1, `${purpose}/${locale}/${app}: ${info.encoding} ${info.units} units: ${text}`);
      }
    }
  }
});

test('every code text names the app, carries the code and its lifetime, says never to share it, and ends with the domain line', () => {
  const never = { en: /Never share/, 'zh-CN': /请勿泄露/, 'zh-HK': /切勿洩露/ };
  const minutes = { en: /Valid 10 min/, 'zh-CN': /10分钟内有效/, 'zh-HK': /10分鐘內有效/ };
  for (const purpose of CODE_PURPOSES) {
    for (const locale of LOCALES) {
      const text = renderSms(purpose, locale, params(LATIN_APP), 'example.com');
      assert.ok(text.includes(LATIN_APP), text);
      assert.match(text, /123456/);
      assert.match(text, minutes[locale]);
      assert.match(text, never[locale]);
      assert.equal(text.split('\n').at(-1), '@example.com #123456');
      assert.doesNotMatch(renderSms(purpose, locale, params(LATIN_APP)), /@/, 'no domain line without a domain');
    }
  }
});

test('a security notice with the longest event text it gets is one segment', () => {
  const device = 'd'.repeat(24);
  const events = { en: `New login on ${device}`, 'zh-CN': `您的账号在${'设'.repeat(24)}上有新的登录`, 'zh-HK': `您的帳戶在${'設'.repeat(24)}上有新的登入` };
  for (const locale of LOCALES) {
    for (const app of locale === 'en' ? [LATIN_APP] : [LATIN_APP, CHINESE_APP]) {
      const text = renderSms('security_alert', locale, { app, event: events[locale] }, 'example.com');
      assert.doesNotMatch(text, /@example\.com/, 'no code, no domain line');
      assert.equal(segmentInfo(text).segments, 1, `${locale}: ${segmentInfo(text).units} units: ${text}`);
    }
  }
});

test('segments: GSM-7 at 160 and 153 a part, extension characters counting twice; UCS-2 at 70 and 67', () => {
  assert.deepEqual(segmentInfo('a'.repeat(160)), { encoding: 'GSM-7', units: 160, segments: 1 });
  assert.deepEqual(segmentInfo('a'.repeat(161)), { encoding: 'GSM-7', units: 161, segments: 2 });
  assert.deepEqual(segmentInfo('['.repeat(80)), { encoding: 'GSM-7', units: 160, segments: 1 });
  assert.deepEqual(segmentInfo(`${'a'.repeat(159)}€`), { encoding: 'GSM-7', units: 161, segments: 2 });
  assert.deepEqual(segmentInfo('a'.repeat(306)), { encoding: 'GSM-7', units: 306, segments: 2 });
  assert.deepEqual(segmentInfo('a'.repeat(307)), { encoding: 'GSM-7', units: 307, segments: 3 });
  assert.deepEqual(segmentInfo('码'.repeat(70)), { encoding: 'UCS-2', units: 70, segments: 1 });
  assert.deepEqual(segmentInfo('码'.repeat(71)), { encoding: 'UCS-2', units: 71, segments: 2 });
  assert.deepEqual(segmentInfo('码'.repeat(134)), { encoding: 'UCS-2', units: 134, segments: 2 });
  // One character outside GSM-7 turns the whole text into UCS-2; an emoji takes two UTF-16 units.
  assert.deepEqual(segmentInfo(`${'a'.repeat(69)}😀`), { encoding: 'UCS-2', units: 71, segments: 2 });
});
