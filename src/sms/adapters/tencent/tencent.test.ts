import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TesseraError } from '../../../core/errors.ts';
import { templateFor } from '../shared/settings.ts';
import { parseTencentStatus, signTc3, validateTencentConfig } from './index.ts';

// Tencent Cloud's signature v3 document: CVM DescribeInstances at 1551113065 with the key shown
// there, partly masked. Its revisions differ in the signed headers; both results are published.
const example = {
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  action: 'DescribeInstances',
  timestampSeconds: 1551113065,
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
};

test('TC3: the canonical request, string to sign and signature of the documented example', () => {
  const signed = signTc3(example);
  assert.equal(
    signed.canonicalRequest,
    [
      'POST',
      '/',
      '',
      'content-type:application/json; charset=utf-8',
      'host:cvm.tencentcloudapi.com',
      'x-tc-action:describeinstances',
      '',
      'content-type;host;x-tc-action',
      '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    ].join('\n'),
  );
  assert.equal(
    signed.stringToSign,
    'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
  );
  assert.equal(signed.signature, 'be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3');
  assert.equal(
    signed.authorization,
    'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, ' +
      'SignedHeaders=content-type;host;x-tc-action, Signature=be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3',
  );
});

test('TC3: the earlier revision of the example, signing content-type and host only', () => {
  const signed = signTc3({ ...example, signedHeaders: ['content-type', 'host'] });
  assert.equal(signed.stringToSign.split('\n')[3], '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
  assert.equal(signed.signature, '2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c');
});

test('TC3: the credential date is the UTC date (00:44 in Beijing is still the 25th)', () => {
  assert.match(signTc3({ ...example, timestampSeconds: 1551113065 }).stringToSign, /\n2019-02-25\/cvm\//);
  assert.match(signTc3({ ...example, timestampSeconds: 1551139200 }).stringToSign, /\n2019-02-26\/cvm\//);
});

test('status callbacks (the documented example, and a failure)', () => {
  const body = [
    {
      user_receive_time: '2015-10-17 08:03:04',
      nationcode: '86',
      mobile: '13xxxxxxxxx',
      report_status: 'SUCCESS',
      errmsg: 'DELIVRD',
      description: '用户短信送达成功',
      sid: 'xxxxxxx',
    },
    { report_status: 'FAIL', errmsg: 'MN:0001', sid: 'yyyy' },
  ];
  assert.deepEqual(parseTencentStatus(body), [
    { providerMessageId: 'xxxxxxx', status: 'delivered' },
    { providerMessageId: 'yyyy', status: 'failed', errorCode: 'MN:0001' },
  ]);
  assert.throws(() => parseTencentStatus({ sid: 'x' }), TesseraError);
  assert.throws(() => parseTencentStatus([{ report_status: 'MAYBE', sid: 'x' }]), TesseraError);
});

test('config', () => {
  const base = { secretId: 'AKID', secretKey: 'k', smsSdkAppId: '1400006666', signName: 'Tessera', templates: { login: '449739' } };
  const c = validateTencentConfig(base, 'p');
  assert.deepEqual(
    [c.region, c.endpoint, templateFor(c.templates, 'login')],
    ['ap-guangzhou', 'https://sms.tencentcloudapi.com/', { id: '449739', params: ['code'] }],
  );
  assert.throws(() => validateTencentConfig({ ...base, smsSdkAppId: 'app' }, 'sms.providers.tx'), /"sms\.providers\.tx\.smsSdkAppId" must be/);
  assert.throws(() => validateTencentConfig({ ...base, region: 'us-east' }, 'sms.providers.tx'), /"sms\.providers\.tx\.region" must be/);
});
