import { addSeconds } from '../core/clock.ts';
import { newId } from '../core/random.ts';
import { encrypt } from '../core/secrets.ts';
import { codeDigest, generateCode } from '../otp/index.ts';
import { maskPhone } from '../phone/index.ts';
import { activeTestNumber, renderSms, segmentInfo, type SmsPurpose } from '../sms/index.ts';
import type { FlowDeps } from './deps.ts';
import type { NewCode, OutboxMessage } from './ports.ts';

/**
 * A new code for a flow and the sealed SMS that carries it; the code itself leaves only inside the SMS.
 * A configured test number inside its window gets its fixed code instead, and its SMS is recorded
 * but never sent; each such use is audit-logged and counted.
 */
export async function issueCode(
  deps: FlowDeps,
  flow: { id: string; phone: string; region: string; locale: string },
  purpose: SmsPurpose,
): Promise<{ code: NewCode; sms: OutboxMessage }> {
  const now = deps.clock.now();
  const { codes, app } = deps.policy;
  const testNumber = activeTestNumber(deps.policy.sms.testNumbers, flow.phone, now);
  const plain = testNumber?.code ?? generateCode(codes.length);
  const params = { app: app.name, code: plain, minutes: String(Math.round(codes.ttlSeconds / 60)) };
  const locale = flow.locale as 'en' | 'zh-CN' | 'zh-HK';
  const text = renderSms(purpose, locale, params, app.domain);
  if (testNumber) {
    await deps.audit.append(
      {
        accountId: null,
        actor: 'anonymous',
        action: 'sms.test_number.used',
        outcome: 'success',
        details: { phone: maskPhone(flow.phone), purpose, window: { from: testNumber.from, until: testNumber.until } },
      },
      now,
    );
    deps.onTestNumberUse?.(purpose);
  }
  return {
    code: {
      purpose,
      codeHash: codeDigest(deps.keys.hmac, flow.id, purpose, plain),
      maxAttempts: codes.maxAttempts,
      expiresAt: addSeconds(now, codes.ttlSeconds),
    },
    sms: {
      id: newId(),
      phone: flow.phone,
      region: flow.region,
      purpose,
      locale,
      bodySealed: encrypt(deps.keys.encryption, JSON.stringify({ text, params })),
      segments: segmentInfo(text).segments,
      ...(testNumber ? { testNumber: true } : {}),
    },
  };
}
