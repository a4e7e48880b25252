import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash as argon2Hash, hashSync, parseOptions, verify as argon2Verify } from '@node-rs/argon2';
import type { Algorithm, Options } from '@node-rs/argon2';
import { normalizePassword } from './policy.ts';
import { BoundedWorkQueue, type QueuePlace } from './work-queue.ts';

// `Algorithm` is a const enum that the package does not export at run time (its `Algorithm`
// object is empty), so its value is written here; the tests read it back from the PHC string.
const ARGON2ID = 2 as Algorithm;

export interface HasherOptions {
  /**
   * Hashes running at once. Default: 4 or the number of cores, whichever is fewer.
   * @node-rs/argon2 runs on libuv's thread pool, whose default size is 4, so more would only wait
   * there, out of sight of the queue bound; more than the cores would only share them: no more
   * hashes a second, but more memory held (19 MiB each) and less CPU left for the event loop.
   * bench/password-flood on 2 vCPU: a burst of 100 or 300 logins raised the server's RSS by
   * 39–53 MiB with 2 at once and 66–97 MiB with 4; the latencies did not differ beyond the noise
   * of the shared machine.
   */
  maxConcurrent?: number;
  /**
   * The most estimated work a hash may find queued ahead of it, in ms, before `server_busy`.
   * Default 1000 (docs/configuration.md: "about 1 s of work"); a setting for tests, not for operators.
   */
  maxWaitMs?: number;
  /**
   * The cost of one hash, in ms of one core, assumed until hashes have been measured. Default 20:
   * the slow end of what argon2id at m = 19 MiB, t = 2 takes on the machines we measured (9.8–22
   * ms), so a process that starts under a flood refuses early rather than late.
   */
  initialHashMs?: number;
  /** docs/configuration.md (OWASP's argon2id minimum): m = 19 MiB, t = 2, p = 1. */
  memoryCostKiB?: number;
  timeCost?: number;
  parallelism?: number;
}

/**
 * argon2id hashing with bounded concurrency. Passwords are normalised (NFKC, see
 * `normalizePassword`) before hashing and verifying. Callers check length with
 * `assertPasswordLength` first.
 */
export class PasswordHasher {
  readonly #queue: BoundedWorkQueue;
  readonly #options: Options;
  #dummyHash: string | undefined;

  constructor(opts: HasherOptions = {}) {
    const cores = availableParallelism();
    this.#queue = new BoundedWorkQueue({
      maxConcurrent: opts.maxConcurrent ?? Math.min(4, cores),
      maxWaitMs: opts.maxWaitMs ?? 1000,
      initialTaskMs: opts.initialHashMs ?? 20,
      parallelism: cores,
    });
    this.#options = {
      algorithm: ARGON2ID,
      memoryCost: opts.memoryCostKiB ?? 19456,
      timeCost: opts.timeCost ?? 2,
      parallelism: opts.parallelism ?? 1,
    };
  }

  get stats(): { running: number; queued: number; reserved: number; hashMs: number; estimatedWaitMs: number } {
    const q = this.#queue;
    return { running: q.running, queued: q.queued, reserved: q.reserved, hashMs: q.taskMs, estimatedWaitMs: q.estimatedWaitMs };
  }

  /**
   * A place in the queue for a verify to come (`verify(…, place)`), taken when a request that will
   * check a password arrives: past the wait bound it is refused here (`server_busy`), before the
   * request does its reads. Give it back (`cancel`) if the request ends without a verify.
   */
  reserve(): QueuePlace {
    return this.#queue.reserve();
  }

  /** A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`); `server_busy` past the wait bound. */
  hash(password: string): Promise<string> {
    return this.#queue.run(() => argon2Hash(normalizePassword(password), this.#options));
  }

  /** false on a wrong password or a malformed hash; throws only `server_busy` (never with a `place` taken before). */
  verify(hash: string, password: string, place?: QueuePlace): Promise<boolean> {
    const task = async () => {
      try {
        return await argon2Verify(hash, normalizePassword(password));
      } catch {
        return false;
      }
    };
    return place ? place.run(task) : this.#queue.run(task);
  }

  /**
   * For an unknown account: a real verify against a hash of this hasher's parameters, through the
   * same queue, so "no such account" costs what "wrong password" costs.
   */
  async dummyVerify(password: string, place?: QueuePlace): Promise<false> {
    await this.verify(this.#getDummyHash(), password, place);
    return false;
  }

  /** True when `hash` was made with other parameters (or is unreadable): rehash after a login. */
  needsRehash(hash: string): boolean {
    try {
      const used = parseOptions(hash);
      return (
        used.algorithm !== this.#options.algorithm ||
        used.memoryCost !== this.#options.memoryCost ||
        used.timeCost !== this.#options.timeCost ||
        used.parallelism !== this.#options.parallelism
      );
    } catch {
      return true;
    }
  }

  // Made synchronously (~10–40 ms, once per hasher) so that even the first unknown-account
  // login costs one verify, not a hash plus a verify. Its secret is random and forgotten.
  #getDummyHash(): string {
    this.#dummyHash ??= hashSync(randomBytes(32), this.#options);
    return this.#dummyHash;
  }
}
