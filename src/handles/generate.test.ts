import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateHandle } from './generate.ts';
import { HANDLE_PATTERN, handleProblem } from './rules.ts';

test('1000 generated handles: tid_ + 12 base32 lower case, valid, distinct, whole alphabet used', () => {
  const handles = Array.from({ length: 1000 }, generateHandle);
  const seen = new Set<string>();
  for (const handle of handles) {
    assert.match(handle, /^tid_[a-z2-7]{12}$/);
    assert.match(handle, HANDLE_PATTERN);
    // The only rule a generated handle meets is the one that keeps its prefix from people.
    assert.deepEqual(handleProblem(handle), { reason: 'reserved', rule: 'generated_prefix' });
    seen.add(handle);
  }
  assert.equal(seen.size, handles.length);
  const characters = new Set(handles.join('').replaceAll('tid_', ''));
  // 12,000 draws from 32 symbols: a symbol missing by chance has odds below 1e-160.
  assert.deepEqual([...characters].sort().join(''), '234567abcdefghijklmnopqrstuvwxyz');
});

test('characters are spread evenly', () => {
  const counts = new Map<string, number>();
  for (let i = 0; i < 1000; i++) {
    for (const c of generateHandle().slice(4)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // 375 expected per symbol, σ ≈ 19; a symbol off by 6σ means a biased mapping.
  for (const [c, n] of counts) assert.ok(n > 260 && n < 490, `${c}: ${n}`);
});
