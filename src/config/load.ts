import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.ts';
import { PolicySchema, type Policy } from './schema.ts';
import { checkSettings, quote } from './validate.ts';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Builds the policy from the defaults and an optional override object, refusing unknown keys and
 * bad values by name. Each provider's own settings are checked by its adapter when the senders are
 * built (sms/configure.ts), with the same mechanism.
 */
export function buildPolicy(overrides: unknown = {}): Policy {
  if (!isObject(overrides)) throw new ConfigError('config: the policy file must hold a JSON object');
  const policy = checkSettings(PolicySchema, overrides, []);
  checkCrossRules(policy);
  return policy;
}

/** What one key alone cannot say. */
function checkCrossRules(p: Policy): void {
  if (p.password.minLength > p.password.maxLength) {
    throw new ConfigError('config: "password.minLength" must not exceed "password.maxLength"');
  }
  if (p.http.headersTimeoutSeconds > p.http.requestTimeoutSeconds) {
    throw new ConfigError('config: "http.headersTimeoutSeconds" must not exceed "http.requestTimeoutSeconds"');
  }
  if (p.budgets.perNumberHour > p.budgets.perNumberDay) {
    throw new ConfigError('config: "budgets.perNumberHour" must not exceed "budgets.perNumberDay"');
  }
  const phones = new Set<string>();
  for (const [i, n] of p.sms.testNumbers.entries()) {
    const at = (key?: string) => quote(key ? ['sms', 'testNumbers', i, key] : ['sms', 'testNumbers', i]);
    if (n.code.length !== p.codes.length) throw new ConfigError(`config: ${at('code')} must have ${p.codes.length} digits ("codes.length")`);
    for (const key of ['from', 'until'] as const) {
      if (Number.isNaN(Date.parse(n[key])))
        throw new ConfigError(`config: ${at(key)} must be an ISO 8601 time with its zone, like "2026-03-01T00:00:00Z" (got ${JSON.stringify(n[key])})`);
    }
    if (Date.parse(n.from) >= Date.parse(n.until)) throw new ConfigError(`config: ${at('from')} must be before ${at('until')}`);
    if (phones.has(n.phone)) throw new ConfigError(`config: ${at()}: ${n.phone} is listed twice`);
    phones.add(n.phone);
  }
  for (const [region, list] of Object.entries(p.sms.routes)) {
    if (region !== 'default' && !/^[A-Z]{2}$/.test(region)) {
      throw new ConfigError(`config: "sms.routes.${region}" must be "default" or an ISO 3166 alpha-2 region`);
    }
    for (const name of list) {
      if (!Object.hasOwn(p.sms.providers, name)) {
        throw new ConfigError(`config: "sms.routes.${region}" names unknown provider ${JSON.stringify(name)}`);
      }
    }
  }
}

export function readPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`config: cannot read policy file ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`config: ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return buildPolicy(parsed);
}
