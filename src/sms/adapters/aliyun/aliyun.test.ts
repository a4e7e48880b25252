import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TesseraError } from '../../../core/errors.ts';
import { templateFor } from '../shared/settings.ts';
import { createAliyunSender, parseAliyunReports, percentEncode, signRpc, validateAliyunConfig } from './index.ts';

test('percent-encoding rules of the RPC signature', () => {
  assert.equal(percentEncode('a b'), 'a%20b');
  assert.equal(percentEncode('*'), '%2A');
  assert.equal(percentEncode('~-_.'), '~-_.');
  assert.equal(percentEncode("!'()"), '%21%27%28%29');
  assert.equal(percentEncode('/=&+:'), '%2F%3D%26%2B%3A');
  assert.equal(percentEncode('阿'), '%E9%98%BF');
});

test('the signature example of the RPC signature document (DescribeRegions)', () => {
  const { stringToSign, signature } = signRpc(
    'GET',
    {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    },
    'testsecret',
  );
  assert.equal(
    stringToSign,
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
      '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
  );
  assert.equal(signature, 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
});

test('the signature example of the SMS SendSms document', () => {
  const { signature } = signRpc(
    'GET',
    {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    },
    'testSecret',
  );
  assert.equal(signature, 'zJDF+Lrzhj/ThnlvIToysFRq6t4=');
});

test('endpoint and number format follow the region; the clock gives the timestamp', async () => {
  const urls: URL[] = [];
  const fetch = (async (input: string | URL | Request) => {
    urls.push(new URL(String(input)));
    return new Response(JSON.stringify({ Code: 'OK', BizId: '1^0', Message: 'OK' }), { status: 200 });
  }) as typeof globalThis.fetch;
  const config = validateAliyunConfig(
    { accessKeyId: 'id', accessKeySecret: 's', signName: 'Tessera', templates: { login: { id: 'SMS_2', params: ['code', 'minutes'] } } },
    'p',
  );
  const sender = createAliyunSender(config, { fetch, clock: () => new Date('2026-11-24T10:00:00.123Z') });
  const base = { id: 'm1', text: 't', purpose: 'login', params: { code: '123456', minutes: '5', app: 'x' }, locale: 'zh-CN' } as const;
  assert.deepEqual(await sender.send({ ...base, to: '+8613800138000', region: 'CN' }), { providerMessageId: '1^0' });
  await sender.send({ ...base, to: '+85291234567', region: 'HK' });
  assert.deepEqual(
    urls.map((u) => [u.host, u.searchParams.get('RegionId'), u.searchParams.get('PhoneNumbers')]),
    [
      ['dysmsapi.aliyuncs.com', 'cn-hangzhou', '13800138000'],
      ['dysmsapi.ap-southeast-1.aliyuncs.com', 'ap-southeast-1', '85291234567'],
    ],
  );
  assert.equal(urls[0]!.searchParams.get('Timestamp'), '2026-11-24T10:00:00Z');
  assert.equal(urls[0]!.searchParams.get('TemplateParam'), '{"code":"123456","minutes":"5"}');
  assert.equal(urls[0]!.searchParams.get('OutId'), 'm1');
  await assert.rejects(
    sender.send({ ...base, purpose: 'recovery', to: '+8613800138000', region: 'CN' }),
    (e: Error) => e.name === 'SmsSendError' && /no template/.test(e.message),
  );
});

test('SmsReport batches', () => {
  const body = [
    { phone_number: '1381111****', success: true, err_code: 'DELIVERED', biz_id: '12345^0', out_id: 'm1' },
    { phone_number: '1381111****', success: false, err_code: 'MK:0001', biz_id: '12346^0', out_id: '' },
  ];
  assert.deepEqual(parseAliyunReports(body), [
    { messageId: 'm1', providerMessageId: '12345^0', status: 'delivered' },
    { providerMessageId: '12346^0', status: 'failed', errorCode: 'MK:0001' },
  ]);
  assert.throws(() => parseAliyunReports({}), TesseraError);
  assert.throws(() => parseAliyunReports([{ success: 'yes', biz_id: '1' }]), TesseraError);
});

test('config: templates per purpose', () => {
  const base = { accessKeyId: 'id', accessKeySecret: 's', signName: 'Tessera' };
  assert.deepEqual(templateFor(validateAliyunConfig({ ...base, templates: { registration: 'SMS_1' } }, 'p').templates, 'registration'), {
    id: 'SMS_1',
    params: ['code'],
  });
  assert.throws(
    () => validateAliyunConfig({ ...base, templates: { signup: 'SMS_1' } }, 'sms.providers.cn'),
    /unknown key "sms\.providers\.cn\.templates\.signup" \(known: registration, login/,
  );
  assert.throws(() => validateAliyunConfig({ ...base, templates: {} }, 'sms.providers.cn'), /at least one template/);
  assert.throws(
    () => validateAliyunConfig({ ...base, templates: { login: 'SMS_1' }, endpoint: 'dysmsapi' }, 'sms.providers.cn'),
    /"sms\.providers\.cn\.endpoint" must be an http\(s\) URL/,
  );
});
