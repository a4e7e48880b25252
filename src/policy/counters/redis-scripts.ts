/*
 * Lua run by Redis as one atomic step each (registered with ioredis `defineCommand`, sent by
 * EVALSHA). A script costs one round trip where MULTI/INCR/EXPIRE/EXEC costs about three times as much.
 * Sliding slots come from Redis's own TIME, so every node numbers them alike.
 */

/** KEYS[1] counter; ARGV window ms, cost. Returns {count, ms left}. Only a new key gets a TTL. */
export const HIT = `
local n = redis.call('INCRBY', KEYS[1], ARGV[2])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {n, left}
`;

/**
 * KEYS counters; ARGV their windows in ms, then their limits. HIT on each in turn, stopping at the
 * first count over its limit: returns {index from 0, count, ms left} for it, or nil.
 */
export const HIT_EACH = `
local n = #KEYS
for i = 1, n do
  local c = redis.call('INCRBY', KEYS[i], 1)
  local left = redis.call('PTTL', KEYS[i])
  if left < 0 then
    redis.call('PEXPIRE', KEYS[i], ARGV[i])
    left = tonumber(ARGV[i])
  end
  if c > tonumber(ARGV[n + i]) then return {i - 1, c, left} end
end
return nil
`;

/** KEYS[1] counter. Takes one back from a live counter, never below 0; leaves its TTL alone. */
export const RELEASE = `
local v = redis.call('GET', KEYS[1])
if v and tonumber(v) > 0 then redis.call('DECR', KEYS[1]) end
return 0
`;

/**
 * KEYS[1] the run, KEYS[2] its wait; ARGV memory ms, stop, has a wait (1/0), free failures, first
 * wait s, longest wait s. Refused uncounted while the wait lives ({0, 'wait', ms left}) or at the
 * stop ({0, 'stop', 0}); else counted, the wait the count earns started: {1, count, wait s}.
 */
export const ATTEMPT = `
local waits = ARGV[3] == '1'
if waits then
  local left = redis.call('PTTL', KEYS[2])
  if left > 0 then return {0, 'wait', left} end
end
local c = tonumber(redis.call('GET', KEYS[1]) or '0')
if c >= tonumber(ARGV[2]) then return {0, 'stop', 0} end
c = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local w = 0
if waits and c > tonumber(ARGV[4]) then
  w = math.floor(math.min(tonumber(ARGV[6]), tonumber(ARGV[5]) * 2 ^ math.min(c - tonumber(ARGV[4]) - 1, 30)))
  redis.call('SET', KEYS[2], '1', 'EX', w)
end
return {1, c, w}
`;

/** KEYS[1] counter. Returns {count, ms left} or nil. */
export const PEEK = `
local v = redis.call('GET', KEYS[1])
if not v then return nil end
return {tonumber(v), redis.call('PTTL', KEYS[1])}
`;

// A hash per sliding key: field = slot number (epoch seconds / bucket seconds), value = count.
const SLOT = `
local slot = math.floor(tonumber(redis.call('TIME')[1]) / tonumber(ARGV[1]))
local oldest = slot - tonumber(ARGV[2])
`;

/** KEYS[1] hash; ARGV bucket s, bucket count, cost, keep ms. Returns the window's sum. */
export const SLIDING_HIT = `${SLOT}
redis.call('HINCRBY', KEYS[1], string.format('%d', slot), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local sum = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local s = tonumber(all[i])
  if s > oldest and s <= slot then
    sum = sum + tonumber(all[i + 1])
  elseif s <= oldest then
    redis.call('HDEL', KEYS[1], all[i])
  end
end
return sum
`;

/** KEYS[1] hash; ARGV bucket s, bucket count. Returns the window's sum; writes nothing. */
export const SLIDING_PEEK = `${SLOT}
local sum = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local s = tonumber(all[i])
  if s > oldest and s <= slot then sum = sum + tonumber(all[i + 1]) end
end
return sum
`;
