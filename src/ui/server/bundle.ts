import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** One built file of the hosted pages, kept in memory with its gzip form. */
export interface Asset {
  /** The URL path, content-hashed (`/ui/app-3FJ2KQ.js`), so it can be cached for good. */
  path: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

export interface UiBundle {
  app: Asset;
  style: Asset;
  powWorker: Asset;
  byPath: Map<string, Asset>;
  buildMs: number;
}

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function asset(path: string, contents: Uint8Array): Asset {
  const body = Buffer.from(contents);
  const ext = path.slice(path.lastIndexOf('.'));
  return {
    path,
    type: TYPES[ext] ?? 'application/octet-stream',
    body,
    gzip: gzipSync(body, { level: 9 }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
  };
}

/**
 * Bundles the pages' TypeScript and CSS with esbuild, in-process and in memory, so `tessera dev`
 * needs no build step (docs/ui.md). The result is the same for every request of this process.
 */
export async function buildUi(): Promise<UiBundle> {
  const started = performance.now();
  const result = await build({
    entryPoints: { app: `${WEB}main.ts`, pow: `${WEB}pow-worker.ts`, style: `${WEB}styles/app.css` },
    bundle: true,
    minify: true,
    write: false,
    outdir: '/ui',
    entryNames: '[name]-[hash]',
    format: 'esm',
    platform: 'browser',
    target: ['chrome105', 'firefox110', 'safari15.4'],
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
  });
  const byPath = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const path = `/ui/${file.path.slice(file.path.lastIndexOf('/') + 1)}`;
    byPath.set(path, asset(path, file.contents));
  }
  const find = (prefix: string) => {
    const found = [...byPath.values()].find((a) => a.path.startsWith(`/ui/${prefix}-`));
    if (!found) throw new Error(`the UI bundle has no ${prefix} output`);
    return found;
  };
  return { app: find('app'), style: find('style'), powWorker: find('pow'), byPath, buildMs: Math.round(performance.now() - started) };
}

let cached: Promise<UiBundle> | undefined;

/** The bundle, built on first use (a server that never serves a page never pays for it). */
export function uiBundle(): Promise<UiBundle> {
  cached ??= buildUi().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
