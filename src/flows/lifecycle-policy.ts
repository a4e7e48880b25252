/** docs/accounts.md: an old handle cannot be claimed by anyone else for 180 days; one handle change per 365 days. */
export const HANDLE_HOLD_DAYS = 180;
export const HANDLE_CHANGE_EVERY_DAYS = 365;
