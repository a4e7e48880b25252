export { CONFIG_SPEC, PASSWORD_LENGTH_CEILING, type Policy, type Setting } from './spec.ts';
export { buildPolicy, readPolicyFile } from './load.ts';
export { parseFlags, resolveRuntime, RUNTIME_DOCS, type RuntimeSettings } from './runtime.ts';
export { renderConfigDocs } from './docs.ts';
