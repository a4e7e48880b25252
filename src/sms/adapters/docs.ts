import type { SmsAdapter } from './shared/adapter.ts';

const BEGIN = (name: string) => `<!-- settings:${name} (generated from the adapter's schema by \`npm run docs:config\`) -->`;
const END = (name: string) => `<!-- /settings:${name} -->`;

/** One adapter's settings table for docs/sms.md: key, default (or required/optional), meaning. */
export function renderProviderSettings(adapter: SmsAdapter): string {
  const required = new Set(adapter.settings.required ?? []);
  const rows = Object.entries(adapter.settings.properties).map(([key, schema]) => {
    const node = schema as { default?: unknown; description?: string; secret?: boolean };
    const def = node.default !== undefined ? `\`${JSON.stringify(node.default)}\`` : required.has(key) ? 'required' : 'optional';
    const meaning = `${node.description ?? ''}${node.secret ? ' Kept out of logs and error messages.' : ''}`;
    return `| \`${key}\` | ${def} | ${meaning.replace(/\|/g, '\\|')} |`;
  });
  return [BEGIN(adapter.name), '| setting | default | meaning |', '|---|---|---|', ...rows, END(adapter.name)].join('\n');
}

/** docs/sms.md with each adapter's block replaced by its rendering; throws when a block is missing. */
export function renderSmsDocs(current: string, adapters: readonly SmsAdapter[]): string {
  let text = current;
  for (const adapter of adapters) {
    const start = text.indexOf(BEGIN(adapter.name));
    const end = text.indexOf(END(adapter.name));
    if (start < 0 || end < start) throw new Error(`docs/sms.md has no settings block for "${adapter.name}"`);
    text = text.slice(0, start) + renderProviderSettings(adapter) + text.slice(end + END(adapter.name).length);
  }
  return text;
}
