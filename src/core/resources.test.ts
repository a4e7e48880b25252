import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resources } from './resources.ts';

test('closes last opened first, every one even when one fails, then throws the first failure', async () => {
  const closed: string[] = [];
  const failed: string[] = [];
  const r = new Resources({ closeFailed: (name) => failed.push(name) });
  r.defer('a', () => closed.push('a'));
  r.defer('b', () => {
    throw new Error('b would not close');
  });
  r.defer('c', async () => {
    closed.push('c');
  });
  await assert.rejects(r.closeAll(), /b would not close/);
  assert.deepEqual(closed, ['c', 'a']);
  assert.deepEqual(failed, ['b']);
  await r.closeAll(); // nothing left to close
  assert.deepEqual(closed, ['c', 'a']);
});

test('a start that throws closes what it opened and passes its own error on', async () => {
  const closed: string[] = [];
  const r = new Resources();
  await assert.rejects(
    r.start(async (res) => {
      await res.add(
        'db',
        () => 'handle',
        (h) => closed.push(h),
      );
      res.defer('timer', () => {
        throw new Error('close failed too');
      });
      throw new Error('step failed');
    }),
    /step failed/,
  );
  assert.deepEqual(closed, ['handle']);
  assert.deepEqual(r.names, []);
});
