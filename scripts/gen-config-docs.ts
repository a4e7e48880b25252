import { writeFileSync } from 'node:fs';
import { renderConfigDocs } from '../src/config/index.ts';

writeFileSync(new URL('../docs/configuration.md', import.meta.url), renderConfigDocs());
console.log('docs/configuration.md written');
