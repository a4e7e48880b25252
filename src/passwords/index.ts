export {
  DEFAULT_PASSWORD_POLICY,
  assertPasswordLength,
  countCodePoints,
  normalizePassword,
} from './policy.ts';
export type { PasswordPolicy } from './policy.ts';
export { STRENGTH_EXCERPT_LENGTH, assessPassword, assertStrongPassword, passwordUserInputs, strengthExcerpt } from './strength.ts';
export type { AccountWords, PasswordAssessment } from './strength.ts';
export { PasswordHasher } from './hasher.ts';
export type { HasherOptions } from './hasher.ts';
export type { QueuePlace } from './work-queue.ts';
