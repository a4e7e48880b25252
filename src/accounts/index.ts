export type { AccountExportRecords, AccountRecord, AccountStatus, AccountStore, HandleChangeOutcome, NewAccountBundle, StatusChange } from './ports.ts';
export { publicAccount } from './view.ts';
export { admitAccount } from './standing.ts';
