// /openapi.json is the contract most integrations start from (docs/api.md): it must be a valid
// document that tools accept, with every operation named, its real statuses and its errors, and
// it must describe the answers the server really gives.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { HTTP_STATUS } from '../src/http/status.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; $ref?: string; enum?: string[]; [k: string]: unknown };
type Operation = {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

function operations(doc: Doc): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.has(m))
      .map(([m, op]): [string, Operation] => [`${m.toUpperCase()} ${path}`, op]),
  );
}

/** The rules whose warnings docs/api.md explains, from its "Lint warnings" table. */
function explainedWarnings(): Set<string> {
  const text = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8');
  const section = text.split('## Lint warnings')[1]?.split('\n## ')[0] ?? '';
  return new Set([...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] ?? ''));
}

describe('/openapi.json', () => {
  let app: TestApp;
  let doc: Doc;
  before(async () => {
    app = await startTestApp('pglite');
    const res = await app.request('GET', '/openapi.json');
    assert.equal(res.statusCode, 200);
    doc = res.json();
  });
  after(async () => app?.close());

  test('validates with swagger-parser', async () => {
    await SwaggerParser.validate(structuredClone(doc) as never);
  });

  test('redocly lint reports no error, and docs/api.md explains every kind of warning left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-lint-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
      const bin = new URL('../node_modules/.bin/redocly', import.meta.url).pathname;
      const config = new URL('../redocly.yaml', import.meta.url).pathname;
      const run = spawnSync(bin, ['lint', join(dir, 'openapi.json'), '--format=json', `--config=${config}`, '--max-problems=10000'], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { problems: { ruleId: string; severity: string; message: string }[] };
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`);
      assert.deepEqual(errors, []);
      const explained = explainedWarnings();
      const unexplained = [...new Set(report.problems.filter((p) => p.severity === 'warn').map((p) => p.ruleId))].filter((r) => !explained.has(r));
      assert.deepEqual(unexplained, [], 'warnings of these rules are not explained in docs/api.md "Lint warnings"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every operation has a unique operationId, its success status, its security and its errors', () => {
    const ids = new Map<string, string>();
    const problems: string[] = [];
    for (const [name, op] of operations(doc)) {
      if (!op.operationId) problems.push(`${name}: no operationId`);
      else if (ids.has(op.operationId)) problems.push(`${name}: operationId ${op.operationId} also on ${ids.get(op.operationId)}`);
      else ids.set(op.operationId, name);
      if (!Array.isArray(op.security)) problems.push(`${name}: security not declared`);
      const statuses = Object.keys(op.responses);
      if (!statuses.some((s) => /^2\d\d$/.test(s))) problems.push(`${name}: no success status`);
      if (!statuses.includes('500')) problems.push(`${name}: no 500`);
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        const schema = op.responses[status]?.content?.['application/json']?.schema;
        // Readiness answers 503 with its own `{status}`; every other refusal is the error envelope.
        if (name === 'GET /readyz' && status === '503') continue;
        const codes = schema?.properties?.error?.properties?.code?.enum;
        if (!codes?.length) problems.push(`${name} ${status}: no list of error codes`);
        for (const code of codes ?? []) {
          if (String(HTTP_STATUS[code as keyof typeof HTTP_STATUS]) !== status)
            problems.push(`${name} ${status}: ${code} is answered with ${HTTP_STATUS[code as keyof typeof HTTP_STATUS]}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(ids.size >= 70, `${ids.size} operations`);
  });

  test('every success body says which of its fields are required', () => {
    const problems: string[] = [];
    for (const [name, op] of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content?.['application/json']?.schema;
        if (!schema || !/^2/.test(status)) continue;
        const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop() ?? ''] : schema;
        const variants = (resolved?.anyOf as Schema[] | undefined) ?? [resolved];
        for (const v of variants) if (v?.properties && !v.required?.length) problems.push(`${name} ${status}: no required field`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
