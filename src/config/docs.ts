import { RUNTIME_DOCS } from './runtime.ts';
import { PolicySchema } from './schema.ts';

/** Renders docs/configuration.md from the policy schema, so the documented defaults are the real ones. */
export function renderConfigDocs(): string {
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from src/config/schema.ts by `npm run docs:config`; a test keeps it in step. -->',
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
  for (const [sectionName, section] of Object.entries(PolicySchema.properties)) {
    lines.push(`### \`${sectionName}\``, '', '| key | default | meaning |', '|---|---|---|');
    for (const [key, setting] of Object.entries(section.properties)) {
      const { default: def, description } = setting as { default?: unknown; description?: string };
      lines.push(`| \`${sectionName}.${key}\` | \`${JSON.stringify(def)}\` | ${(description ?? '').replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
