import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskPhone, maskPhonesInText } from './index.ts';

const digitsOf = (text: string): string => text.normalize('NFKC').replace(/\D/g, '');

test('maskPhone keeps the calling code, the first 3 and last 4 national digits', () => {
  assert.equal(maskPhone('+8613800138000'), '+86 138****8000');
  assert.equal(maskPhone('+8613123456789'), '+86 131****6789');
});

test('maskPhone shows at most half the digits of a short national number', () => {
  assert.equal(maskPhone('+85291234567'), '+852 91****67');
  assert.equal(maskPhone('+85366123456'), '+853 66****56');
  assert.equal(maskPhone('+12015550123'), '+1 20*****123');
  assert.equal(maskPhone('+447400123456'), '+44 74*****456');
  for (const e164 of ['+85291234567', '+886912345678', '+12015550123', '+447400123456', '+6837290']) {
    const national = maskPhone(e164).split(' ')[1] ?? '';
    const shown = national.replace(/\*/g, '').length;
    assert.ok(shown <= national.length / 2, `${e164} → ${maskPhone(e164)}`);
    assert.ok(national.includes('*'));
  }
});

test('maskPhone never throws and never returns a malformed number whole', () => {
  assert.equal(maskPhone(''), '');
  assert.equal(maskPhone('not a number'), 'not a number');
  const masked = maskPhone('13800138000');
  assert.equal(masked, '138****8000');
  assert.doesNotThrow(() => maskPhone('+999123456789'));
  assert.ok(!digitsOf(maskPhone('+999123456789')).includes('999123456789'));
});

test('maskPhonesInText masks E.164 numbers in a sentence', () => {
  assert.equal(maskPhonesInText('sent to +8613800138000 ok'), 'sent to +86 138****8000 ok');
  assert.equal(maskPhonesInText('from +85291234567 to +8613800138000.'), 'from +852 91****67 to +86 138****8000.');
});

test('maskPhonesInText masks bare digit runs of 7 or more, keeping separators', () => {
  assert.equal(maskPhonesInText('8613800138000'), '861******8000');
  assert.equal(maskPhonesInText('phone=13800138000&x=1'), 'phone=138****8000&x=1');
  assert.equal(maskPhonesInText('发送至13800138000成功'), '发送至138****8000成功');
  assert.equal(maskPhonesInText('call 138-0013-8000 now'), 'call 138-****-8000 now');
  assert.equal(maskPhonesInText('tel 2123 4567'), 'tel 21** **67');
});

test('maskPhonesInText leaves no full number behind, whatever its shape', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['sent to +8613800138000 ok', '13800138000'],
    ['8613800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['+44 (0)20 7946 0958 (office)', '2079460958'],
    ['+852 (0) 9123 4567', '91234567'],
    ['＋８６　１３８　００１３　８０００', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['a+8613800138000', '13800138000'],
    ['"phone":"+8613800138000","x":1', '13800138000'],
    ['invalid +86 1380013 typed', '1380013'],
    ['+86 138 0013 8000 ext 12', '13800138000'],
  ];
  for (const [text, national] of cases) {
    const masked = maskPhonesInText(text);
    assert.ok(!digitsOf(masked).includes(national), `${text} → ${masked}`);
    assert.ok(masked.includes('*'), `${text} → ${masked}`);
  }
});

test('maskPhonesInText leaves short numbers, dates, times, addresses and ids alone', () => {
  const untouched = [
    'code 123456 sent',
    'retry in 3600 s',
    'frozen until 2025-01-01 12:00 ok',
    'at 2025-01-01T12:00:00.000Z',
    'from 192.168.100.200',
    'flow 0192f1c2-7e3a-7abc-8def-123456789abc',
    'sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'no digits here',
  ];
  for (const text of untouched) assert.equal(maskPhonesInText(text), text);
});
