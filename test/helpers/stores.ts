import { after, before, test } from 'node:test';
import { ManualClock } from '../../src/core/clock.ts';
import { STORES, startTestApp, type StoreKind, type TestApp, type TestAppOptions } from './app.ts';
import { postgresUnavailable } from './services.ts';

/*
 * One suite, run on each store: `forEachStore` calls the body once for PGlite and once for
 * Postgres, and the body's describe asks `suite.app()` for an app of its own on that store,
 * started before its tests and closed after them. Where Postgres cannot be reached its tests are
 * skipped with the reason (services.ts; in CI that is a failure instead).
 */

const PG_SKIP = await postgresUnavailable();

export interface StoreSuite {
  /** Why this store cannot run here (its tests are skipped), or null. */
  readonly skip: string | null;
  /** `test`, skipped when the store cannot run here. */
  it(name: string, fn: () => Promise<void>): void;
  /**
   * Registers, in the calling describe, an app on this store started before its tests and closed
   * after them. `app` stands for it from the first test on; `clock` is the app's clock.
   * `options` is read when the app starts (a function may use what an earlier `before` made).
   */
  app(options?: TestAppOptions | (() => TestAppOptions)): { app: TestApp; clock: ManualClock; it: StoreSuite['it'] };
}

export function forEachStore(body: (store: StoreKind, suite: StoreSuite) => void): void {
  for (const store of STORES) {
    const skip = store === 'postgres' ? PG_SKIP : null;
    const it: StoreSuite['it'] = (name, fn) => test(name, { skip: skip ?? false }, fn);
    body(store, {
      skip,
      it,
      app(options = {}) {
        const clock = new ManualClock(new Date());
        let started: TestApp | undefined;
        before(async () => {
          if (!skip) started = await startTestApp(store, { clock, ...(typeof options === 'function' ? options() : options) });
        });
        after(async () => started?.close());
        return { app: standIn(() => started, store), clock, it };
      },
    });
  }
}

/** An object that forwards to the app once it has started. */
function standIn(current: () => TestApp | undefined, store: StoreKind): TestApp {
  return new Proxy({} as TestApp, {
    get(_, key) {
      const app = current();
      if (app) return Reflect.get(app, key);
      if (key === 'then') return undefined; // not a promise (an `await app` or a returned app asks)
      throw new Error(`the ${store} app is not started (used before its suite's \`before\`, or the store is skipped)`);
    },
  });
}
