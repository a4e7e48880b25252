// Builds what `import … from 'tessera/client'` loads in a relying app: src/client/ as plain
// JavaScript (esbuild) with its type declarations (tsc), in dist/client/. `npm pack` and
// `npm publish` run it (prepack); the server itself runs its TypeScript through tsx and needs none of it.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const ENTRY = fileURLToPath(new URL('../src/client/index.ts', import.meta.url));
export const CLIENT_OUT_DIR = fileURLToPath(new URL('../dist/client/', import.meta.url));

/** Writes index.js, index.d.ts and openapi.d.ts into `outDir` (emptied first). */
export async function buildClient(outDir = CLIENT_OUT_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  // openapi-fetch stays an import: it is a dependency of the package, installed beside it.
  await build({
    entryPoints: [ENTRY],
    outfile: `${outDir}/index.js`,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['openapi-fetch'],
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
  });
  const program = ts.createProgram([ENTRY], {
    declaration: true,
    emitDeclarationOnly: true,
    outDir,
    rootDir: fileURLToPath(new URL('../src/client/', import.meta.url)),
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    rewriteRelativeImportExtensions: true,
    verbatimModuleSyntax: true,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  // The sources import `./openapi.ts`; a declaration file must name what sits beside it once built.
  const emitted = program.emit(undefined, (file, text) => ts.sys.writeFile(file, text.replace(/(from '\.\.?\/[^']+)\.ts'/g, "$1.js'")));
  const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (problems.length > 0 || emitted.emitSkipped) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };
    throw new Error(`the client's declarations did not build:\n${ts.formatDiagnostics(problems, host)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildClient();
  console.log('dist/client/ built');
}
