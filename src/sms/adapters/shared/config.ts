import { ConfigError } from '../../../core/errors.ts';
import type { SmsPurpose } from '../../port.ts';

export const SMS_PURPOSES: readonly SmsPurpose[] = [
  'registration', 'login', 'new_device', 'recovery', 'phone_change', 'security_alert',
];

/**
 * Reads one `sms.providers.<name>` object: every accessor names the full key in its error, and
 * `done()` refuses keys nobody asked for, so a typo stops the start instead of being ignored.
 */
export class ConfigReader {
  private readonly obj: Record<string, unknown>;
  private readonly seen = new Set<string>(['type']);

  constructor(raw: unknown, private readonly path: string, type: string) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new ConfigError(`${path} must be an object`);
    }
    this.obj = raw as Record<string, unknown>;
    if (this.obj.type !== undefined && this.obj.type !== type) {
      throw new ConfigError(`${path}.type must be "${type}"`);
    }
  }

  key(name: string): string {
    return `${this.path}.${name}`;
  }

  private take(name: string): unknown {
    this.seen.add(name);
    return this.obj[name];
  }

  string(name: string, opts: { pattern?: RegExp; hint?: string } = {}): string {
    const v = this.optionalString(name, opts);
    if (v === undefined) throw new ConfigError(`${this.key(name)} is required`);
    return v;
  }

  optionalString(name: string, opts: { pattern?: RegExp; hint?: string } = {}): string | undefined {
    const v = this.take(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length === 0) throw new ConfigError(`${this.key(name)} must be a non-empty string`);
    if (opts.pattern && !opts.pattern.test(v)) {
      throw new ConfigError(`${this.key(name)} must be ${opts.hint ?? `a string matching ${opts.pattern}`}`);
    }
    return v;
  }

  url(name: string): string {
    const v = this.optionalUrl(name);
    if (v === undefined) throw new ConfigError(`${this.key(name)} is required`);
    return v;
  }

  optionalUrl(name: string): string | undefined {
    const v = this.take(name);
    if (v === undefined) return undefined;
    const bad = new ConfigError(`${this.key(name)} must be an http(s) URL`);
    if (typeof v !== 'string' || !URL.canParse(v)) throw bad;
    const { protocol } = new URL(v);
    if (protocol !== 'http:' && protocol !== 'https:') throw bad;
    return v;
  }

  int(name: string, opts: { min: number; max: number; default: number }): number {
    const v = this.take(name);
    if (v === undefined) return opts.default;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < opts.min || v > opts.max) {
      throw new ConfigError(`${this.key(name)} must be an integer from ${opts.min} to ${opts.max}`);
    }
    return v;
  }

  boolean(name: string, fallback: boolean): boolean {
    const v = this.take(name);
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') throw new ConfigError(`${this.key(name)} must be true or false`);
    return v;
  }

  /**
   * Template-based vendors: `templates: { registration: "SMS_1", login: { id: "SMS_2", params: ["code"] } }`.
   * `params` names the message params the template takes, in order; the default is just the code.
   */
  templates(name: string): Partial<Record<SmsPurpose, { id: string; params: string[] }>> {
    const v = this.take(name);
    const where = this.key(name);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new ConfigError(`${where} must be an object mapping purposes to template ids`);
    }
    const out: Partial<Record<SmsPurpose, { id: string; params: string[] }>> = {};
    for (const [purpose, entry] of Object.entries(v)) {
      if (!(SMS_PURPOSES as readonly string[]).includes(purpose)) {
        throw new ConfigError(`${where}.${purpose} is not a message purpose (${SMS_PURPOSES.join(', ')})`);
      }
      out[purpose as SmsPurpose] = readTemplate(entry, `${where}.${purpose}`);
    }
    if (Object.keys(out).length === 0) throw new ConfigError(`${where} must name at least one template`);
    return out;
  }

  done(): void {
    for (const k of Object.keys(this.obj)) {
      if (!this.seen.has(k)) throw new ConfigError(`${this.key(k)} is not a known setting`);
    }
  }
}

function readTemplate(entry: unknown, where: string): { id: string; params: string[] } {
  if (typeof entry === 'string' && entry.length > 0) return { id: entry, params: ['code'] };
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    const { id, params, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw new ConfigError(`${where}.${extra} is not a known setting`);
    if (typeof id !== 'string' || id.length === 0) throw new ConfigError(`${where}.id must be a non-empty string`);
    if (params === undefined) return { id, params: ['code'] };
    if (!Array.isArray(params) || !params.every((p) => typeof p === 'string' && p.length > 0)) {
      throw new ConfigError(`${where}.params must be a list of message parameter names`);
    }
    return { id, params: [...params] as string[] };
  }
  throw new ConfigError(`${where} must be a template id or { id, params }`);
}
