import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSmppReceiptText, receiptFromDeliverSm, submitSm, validateSmppConfig } from './index.ts';

const raw = { host: 'smsc.example', systemId: 'tessera', password: 'pw', sourceAddr: '+8610690000' };

test('config: defaults, limits from SMPP 3.4 and named keys', () => {
  const c = validateSmppConfig(raw, 'sms.providers.s');
  assert.equal(c.port, 2775);
  assert.equal(c.enquireLinkSeconds, 30);
  assert.throws(() => validateSmppConfig({ ...raw, systemId: 'x'.repeat(16) }, 'sms.providers.s'), /"sms\.providers\.s\.systemId" must be 1 to 15/);
  assert.throws(() => validateSmppConfig({ ...raw, port: 70000 }, 'sms.providers.s'), /"sms\.providers\.s\.port" must be an integer/);
  assert.throws(
    () => validateSmppConfig({ ...raw, reconnectMinMs: 500, reconnectMaxMs: 100 }, 'sms.providers.s'),
    /"sms\.providers\.s\.reconnectMaxMs" must not be less than "sms\.providers\.s\.reconnectMinMs"/,
  );
});

test('submit_sm: addressing and coding', () => {
  const config = validateSmppConfig(raw, 'p');
  const msg = { id: 'm', to: '+8613800138000', region: 'CN', purpose: 'login', params: {}, locale: 'zh-CN' } as const;
  const zh = submitSm(config, { ...msg, text: '验证码 123456' });
  assert.equal(zh.data_coding, 8);
  assert.deepEqual(
    zh.short_message,
    Buffer.from([0x9a, 0x8c, 0x8b, 0xc1, 0x78, 0x01, 0x00, 0x20, 0x00, 0x31, 0x00, 0x32, 0x00, 0x33, 0x00, 0x34, 0x00, 0x35, 0x00, 0x36]),
  );
  assert.deepEqual(
    [zh.source_addr, zh.source_addr_ton, zh.destination_addr, zh.dest_addr_ton, zh.registered_delivery],
    ['8610690000', 1, '8613800138000', 1, 1],
  );
  const en = submitSm({ ...config, sourceAddr: 'Tessera' }, { ...msg, text: 'code 123456' });
  assert.deepEqual([en.data_coding, en.short_message, en.source_addr_ton], [0, 'code 123456', 5]);
  const long = submitSm(config, { ...msg, text: '长'.repeat(71) });
  assert.equal(long.short_message, undefined);
  assert.equal((long.message_payload as Buffer).length, 142);
});

test('receipt text of SMPP 3.4 Appendix B', () => {
  const text = 'id:0123456789 sub:001 dlvrd:001 submit date:2611241830 done date:2611241831 stat:DELIVRD err:000 text:Your code';
  assert.deepEqual(parseSmppReceiptText(text), { providerMessageId: '0123456789', status: 'delivered' });
  assert.deepEqual(parseSmppReceiptText(text.replace('DELIVRD', 'UNDELIV').replace('err:000', 'err:0B1')), {
    providerMessageId: '0123456789',
    status: 'failed',
    errorCode: '0B1',
  });
  assert.equal(parseSmppReceiptText(text.replace('ACCEPTD', '').replace('DELIVRD', 'ACCEPTD'))?.status, 'sent');
  assert.equal(parseSmppReceiptText('hello, this is a reply'), undefined);
  assert.equal(parseSmppReceiptText('id:1 stat:WHATEVER'), undefined);
});

test('deliver_sm: only receipts count, and TLVs win over the text', () => {
  const short_message = { message: 'id:abc sub:001 dlvrd:000 submit date:x done date:y stat:ENROUTE err:000 text:' };
  assert.equal(receiptFromDeliverSm({ esm_class: 0, short_message }), undefined, 'mobile-originated');
  assert.deepEqual(receiptFromDeliverSm({ esm_class: 4, short_message }), { providerMessageId: 'abc', status: 'sent' });
  assert.deepEqual(receiptFromDeliverSm({ esm_class: 4, short_message, receipted_message_id: 'ABC', message_state: 2 }), {
    providerMessageId: 'ABC',
    status: 'delivered',
  });
});
