import type { SecondFactorPort } from '../flows/index.ts';
import type { SecondFactors } from '../mfa/index.ts';
import type { Passkeys } from '../mfa/passkeys/index.ts';

/**
 * The one second-factor port the flows ask, made of the modules that provide the factors: TOTP
 * and recovery codes, and passkeys. Methods are offered TOTP first, then a passkey, then the rest.
 */
export function composeSecondFactors(secondFactors: SecondFactors, passkeys: Passkeys): SecondFactorPort {
  return {
    async methods(accountId) {
      const [others, passkey] = await Promise.all([secondFactors.methods(accountId), passkeys.has(accountId)]);
      return [...others.filter((m) => m === 'totp'), ...(passkey ? ['passkey' as const] : []), ...others.filter((m) => m !== 'totp')];
    },
    verify: (accountId, method, answer, ctx) => {
      if (method === 'totp') return secondFactors.verifyTotp(accountId, answer.code ?? '');
      if (method === 'recovery_code') return secondFactors.useRecoveryCode(accountId, answer.code ?? '', { ip: ctx.ip });
      if (method === 'passkey') return passkeys.verifyFactor(accountId, answer.challengeId, answer.credential);
      return Promise.resolve(false);
    },
  };
}
