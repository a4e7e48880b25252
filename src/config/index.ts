export { PolicySchema, PASSWORD_LENGTH_CEILING, SMS_PROVIDER_TYPES, type Policy } from './schema.ts';
export { buildPolicy, readPolicyFile } from './load.ts';
export { checkSettings, conforms } from './validate.ts';
export { parseFlags, resolveRuntime, RUNTIME_DOCS, type RuntimeSettings } from './runtime.ts';
export { renderConfigDocs } from './docs.ts';
