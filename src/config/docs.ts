import { CONFIG_SPEC, type Setting } from './spec.ts';
import { RUNTIME_DOCS } from './runtime.ts';

/** Renders docs/configuration.md from the spec, so the documented defaults are the real ones. */
export function renderConfigDocs(): string {
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from src/config/spec.ts by `npm run docs:config`; a test keeps it in step. -->',
    '',
    'Every setting has one default. Settings are validated at start: an unknown key, a wrong type or an',
    'impossible value stops the start with a message that names it.',
    '',
    '## Flags and environment',
    '',
    '| flag | environment | default | meaning |',
    '|---|---|---|---|',
    ...RUNTIME_DOCS.map(([flag, env, def, doc]) => `| \`${flag}\` | \`${env}\` | ${def} | ${doc} |`),
    '',
    '## The policy file',
    '',
    'A JSON file named by `--config <file>` or `TESSERA_CONFIG`. It overrides any default below; nothing',
    'else needs to be in it. Example:',
    '',
    '```json',
    '{ "regions": { "allow": ["CN", "HK", "MO"] }, "codes": { "ttlSeconds": 180 }, "http": { "trustProxy": true } }',
    '```',
    '',
  ];
  for (const [sectionName, section] of Object.entries(CONFIG_SPEC)) {
    lines.push(`### \`${sectionName}\``, '', '| key | default | meaning |', '|---|---|---|');
    for (const [key, setting] of Object.entries(section) as [string, Setting<unknown>][]) {
      lines.push(`| \`${sectionName}.${key}\` | \`${JSON.stringify(setting.default)}\` | ${setting.doc} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
