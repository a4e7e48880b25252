import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESERVED_HANDLES, handleSkeleton, isReservedHandle } from './reserved.ts';
import { handleProblem } from './rules.ts';

test('the reserved list: lower-case letters, no duplicates, the core names present', () => {
  assert.ok(RESERVED_HANDLES.length >= 60);
  assert.equal(new Set(RESERVED_HANDLES).size, RESERVED_HANDLES.length);
  for (const word of RESERVED_HANDLES) assert.match(word, /^[a-z]+$/);
  for (const word of [
    'admin',
    'administrator',
    'root',
    'support',
    'help',
    'tessera',
    'system',
    'security',
    'official',
    'staff',
    'moderator',
    'service',
    'wechat',
    'weixin',
    'alipay',
    'payment',
    'pay',
    'wallet',
    'api',
    'www',
    'null',
    'undefined',
  ]) {
    assert.ok(RESERVED_HANDLES.includes(word), word);
  }
});

test('every reserved word of handle length is refused as it is and in upper case', () => {
  for (const word of RESERVED_HANDLES.filter((w) => w.length >= 6 && w.length <= 20)) {
    assert.deepEqual(handleProblem(word), { reason: 'reserved', rule: 'reserved' }, word);
    assert.deepEqual(handleProblem(word.toUpperCase()), { reason: 'reserved', rule: 'reserved' }, word);
  }
});

test('look-alikes of reserved words are refused', () => {
  for (const handle of [
    'Adm1n_',
    'admin1',
    'ADMIN_01',
    'a_d_m_i_n',
    'support_',
    'supp0rt',
    'SUPP0RT',
    'suppor7',
    'tessera01',
    'te55era',
    't-e-s-s-e-r-a',
    'TE55ERA_',
    'rnoderator',
    'vvechat',
    'w3chat',
    'wa11et',
    'rOOt01',
    'r00t_1',
    'a1ipay',
    'offic1al',
    'adminlstrator',
    'sy5tem',
    'root_007',
  ]) {
    assert.deepEqual(handleProblem(handle), { reason: 'reserved', rule: 'reserved' }, handle);
  }
});

test('reserved words inside longer handles, and ordinary names, are not reserved', () => {
  for (const handle of [
    'administrative_dept',
    'support_group_ny',
    'alice_wang',
    'tessera_fan_club',
    'rootbeer',
    'helper',
    'payton',
    'teamwork',
    'mall88',
    'client_1',
    'bob_888',
    'zhangwei88',
  ]) {
    assert.equal(handleProblem(handle), null, handle);
  }
});

test('skeleton: lower case, separators dropped, confusables folded', () => {
  assert.equal(handleSkeleton('A-d_M1n'), handleSkeleton('admin'));
  assert.equal(handleSkeleton('rn'), 'm');
  assert.equal(handleSkeleton('vv'), 'w');
  assert.equal(handleSkeleton('cl'), 'd');
  assert.equal(handleSkeleton('c1'), 'd');
  const table: Array<[string, string]> = [
    ['0', 'o'],
    ['1', 'l'],
    ['i', 'l'],
    ['|', 'l'],
    ['3', 'e'],
    ['4', 'a'],
    ['5', 's'],
    ['7', 't'],
    ['8', 'b'],
    ['l', 'l'],
    ['2', '2'],
    ['o', 'o'],
  ];
  for (const [from, to] of table) assert.equal(handleSkeleton(from), to, from);
  assert.notEqual(handleSkeleton('admin'), handleSkeleton('admit'));
  assert.equal(isReservedHandle('tessera'), true);
  assert.equal(isReservedHandle('tesserae'), false);
});
