import { TesseraError } from '../core/errors.ts';
import type { AccountRecord } from './ports.ts';

/**
 * The one check of an account's standing at the door: a frozen account is let in by no way
 * (password, SMS login code, registration-login, passkey, challenge, recovery), only by the
 * answered unfreeze challenge (docs/accounts.md). A pending deletion is let in: the login cancels it.
 */
export function admitAccount(account: Pick<AccountRecord, 'status'>): void {
  if (account.status === 'frozen') throw new TesseraError('account_frozen');
}
