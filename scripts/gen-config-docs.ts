import { readFileSync, writeFileSync } from 'node:fs';
import { renderConfigDocs } from '../src/config/index.ts';
import { renderSmsDocs, SMS_ADAPTERS } from '../src/sms/adapters/index.ts';

writeFileSync(new URL('../docs/configuration.md', import.meta.url), renderConfigDocs());
console.log('docs/configuration.md written');
const sms = new URL('../docs/sms.md', import.meta.url);
writeFileSync(sms, renderSmsDocs(readFileSync(sms, 'utf8'), SMS_ADAPTERS));
console.log('docs/sms.md: provider settings tables written');
