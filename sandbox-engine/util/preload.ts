/**
 * Code the engine loads after start-up, and the rule that keeps every run of a log the same.
 *
 * Most applets and docker commands are left out of the engine's first download (in the browser
 * they are chunks of their own): shell/applets/index.ts and cli/docker/handlers.ts register their
 * modules here with `deferred` and call into them through `withModule`. The host that runs the
 * engine starts loading them all early (`preloadAll`: the Web Worker at start-up).
 *
 * Determinism: a command must never wait for code in the middle of its run. Background containers
 * advance by turns of the event loop (util/clock.ts `macrotask`, daemon/wait.ts), and a load takes
 * a number of turns nobody controls, not the same in a browser and in Node, so a grading replay
 * could reach another state than the student's browser did. So the session waits for every
 * deferred module before it runs any command (`whenPreloaded`, shell/session.ts). Once they are
 * loaded that wait costs nothing, not even a microtask, so loading early or late gives the same
 * sequence of states; and only the first command of a process can wait at all, when no container
 * of its host has run yet. `withModule` loads a module itself only when called outside a session
 * (a test running an applet directly).
 *
 * Example:
 *   const more = deferred(() => import('./more.ts'));
 *   const run: Applet['run'] = (ctx) => withModule(more, (m) => m.applet.run(ctx));
 *   await whenPreloaded();   // before a command: returns at once when everything is loaded
 */

export interface Deferred<M> {
  /** The module once loaded; undefined before. */
  readonly module: M | undefined;
  /** Loads it (once; a failed load is tried again on the next call). */
  load(): Promise<M>;
}

const registry: Deferred<unknown>[] = [];
/** Registered modules not loaded yet. */
let unloaded = 0;

/** Registers a module to load later; `importer` is a literal `() => import('./x.ts')` (bundlers split on it). */
export function deferred<M>(importer: () => Promise<M>): Deferred<M> {
  let mod: M | undefined;
  let loading: Promise<M> | undefined;
  const d: Deferred<M> = {
    get module() {
      return mod;
    },
    load() {
      loading ??= importer().then(
        (m) => {
          if (mod === undefined) unloaded--;
          mod = m;
          return m;
        },
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      );
      return loading;
    },
  };
  unloaded++;
  registry.push(d);
  return d;
}

/**
 * `f(module)`: at once when the module is loaded (returning `f`'s own promise, so the caller sees
 * exactly the microtask ticks it would with a static import), else after loading it.
 */
export function withModule<M, R>(d: Deferred<M>, f: (m: M) => Promise<R>): Promise<R> {
  const m = d.module;
  return m !== undefined ? f(m) : d.load().then(f);
}

/** Whether every registered module is loaded. */
export function allPreloaded(): boolean {
  return unloaded === 0;
}

/**
 * Starts loading every registered module (those not loaded yet); resolves when all are, including
 * those registered while it ran: a deferred chunk's own imports may register more (the docker
 * CLI's imports reach the catalog, whose images register their layer data).
 */
export async function preloadAll(): Promise<void> {
  do await Promise.all(registry.map((d) => d.load()));
  while (unloaded > 0);
}

/**
 * What the session does before each command: nothing (synchronously, no tick) when everything is
 * loaded, else wait for it. Use as `if (!allPreloaded()) await whenPreloaded();` to keep the
 * loaded case free of even a microtask.
 */
export function whenPreloaded(): Promise<void> {
  return allPreloaded() ? Promise.resolve() : preloadAll();
}

/** For tests and the bundle report: how many modules are registered, and how many wait. */
export function preloadStatus(): { registered: number; unloaded: number } {
  return { registered: registry.length, unloaded };
}
