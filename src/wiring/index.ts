// The pieces `app.ts` connects: each takes the adapters it is given, and registers what it opens
// with the start's resources (core/resources.ts) so that a failed start or a close closes it.
export { loadAdminToken, loadSecret, warnDevDefault } from './dev-defaults.ts';
export { createBreaker } from './breaker.ts';
export { startJobs } from './jobs.ts';
export { composeSecondFactors } from './second-factors.ts';
export { startSessionCache } from './session-cache.ts';
export { openSmsProviders, startSmsDelivery, usesDevInbox, type SmsProviders } from './sms.ts';
