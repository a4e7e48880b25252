import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.ts';
import { CONFIG_SPEC, type Policy, type Setting } from './spec.ts';

const SMS_TYPES = ['dev', 'kannel', 'smpp', 'twilio', 'aliyun', 'tencent', 'http'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Builds the policy from the defaults and an optional override object, refusing unknown keys and bad values by name. */
export function buildPolicy(overrides: unknown = {}): Policy {
  if (!isObject(overrides)) throw new ConfigError('config: the policy file must hold a JSON object');
  const out: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(overrides)) {
    // Own keys only: `"toString" in {}` is true, and a policy file must not pass off such a name as a setting.
    if (!Object.hasOwn(CONFIG_SPEC, key)) throw new ConfigError(`config: unknown key "${key}"`);
  }
  for (const [sectionName, section] of Object.entries(CONFIG_SPEC)) {
    const given = overrides[sectionName];
    if (given !== undefined && !isObject(given)) throw new ConfigError(`config: "${sectionName}" must be an object`);
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(given ?? {})) {
      if (!Object.hasOwn(section, key)) throw new ConfigError(`config: unknown key "${sectionName}.${key}"`);
    }
    for (const [key, setting] of Object.entries(section) as [string, Setting<unknown>][]) {
      const value = given && Object.hasOwn(given, key) ? given[key] : setting.default;
      const problem = setting.check(value);
      if (problem) throw new ConfigError(`config: "${sectionName}.${key}" ${problem} (got ${JSON.stringify(value)})`);
      values[key] = value;
    }
    out[sectionName] = values;
  }
  const policy = out as unknown as Policy;
  checkCrossRules(policy);
  return policy;
}

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
  for (const [name, provider] of Object.entries(p.sms.providers)) {
    if (!isObject(provider)) throw new ConfigError(`config: "sms.providers.${name}" must be an object`);
    if (!SMS_TYPES.includes(provider.type as string)) {
      throw new ConfigError(`config: "sms.providers.${name}.type" must be one of ${SMS_TYPES.join(', ')} (got ${JSON.stringify(provider.type)})`);
    }
  }
  for (const [i, n] of p.sms.testNumbers.entries()) {
    if (n.code.length !== p.codes.length) throw new ConfigError(`config: "sms.testNumbers" entry ${i}: code must have ${p.codes.length} digits ("codes.length")`);
  }
  for (const [region, list] of Object.entries(p.sms.routes)) {
    if (region !== 'default' && !/^[A-Z]{2}$/.test(region)) {
      throw new ConfigError(`config: "sms.routes.${region}" must be "default" or an ISO 3166 alpha-2 region`);
    }
    if (!Array.isArray(list) || list.length === 0) throw new ConfigError(`config: "sms.routes.${region}" must be a non-empty list of provider names`);
    for (const name of list) {
      if (typeof name !== 'string' || !Object.hasOwn(p.sms.providers, name)) {
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
