/**
 * util/preload.ts: deferred modules, and the session's wait before a command. Each test takes a
 * fresh module graph (vi.resetModules), so the registry holds only what that test registered and
 * what the engine modules it imports register. The end-to-end check (eager, lazy and background
 * loading give byte-identical engine state) is test/engine/preload-determinism.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';

type Preload = typeof import('./preload.ts');

async function freshPreload(): Promise<Preload> {
  vi.resetModules();
  return import('./preload.ts');
}

/** An importer the test resolves by hand. */
function manual<M>(): { importer: () => Promise<M>; resolve: (m: M) => void; reject: (e: Error) => void; calls: () => number } {
  let calls = 0;
  let resolve!: (m: M) => void;
  let reject!: (e: Error) => void;
  return {
    importer: () => {
      calls++;
      return new Promise<M>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
    },
    resolve: (m) => resolve(m),
    reject: (e) => reject(e),
    calls: () => calls,
  };
}

const turn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('deferred modules', () => {
  it('load once, on demand or all together, and say when everything is loaded', async () => {
    const p = await freshPreload();
    const a = manual<{ n: number }>();
    const b = manual<{ n: number }>();
    const da = p.deferred(a.importer);
    const db = p.deferred(b.importer);
    expect(p.preloadStatus()).toEqual({ registered: 2, unloaded: 2 });
    expect(da.module).toBeUndefined();
    const viaCall = p.withModule(da, async (m) => m.n * 10);
    const all = p.preloadAll();
    expect(a.calls()).toBe(1); // the call's load and preloadAll share one import
    a.resolve({ n: 4 });
    expect(await viaCall).toBe(40);
    expect(p.allPreloaded()).toBe(false);
    b.resolve({ n: 5 });
    await all;
    expect(p.allPreloaded()).toBe(true);
    expect(p.preloadStatus()).toEqual({ registered: 2, unloaded: 0 });
    expect(db.module).toEqual({ n: 5 });
  });

  it('once loaded, a call through withModule is the callee itself: the same promise, no extra tick', async () => {
    const p = await freshPreload();
    const d = p.deferred(async () => ({ f: () => Promise.resolve(1) }));
    await p.preloadAll();
    const inner = Promise.resolve(7);
    expect(p.withModule(d, () => inner)).toBe(inner);
  });

  it('a failed load is reported to whoever waits, and tried again on the next call', async () => {
    const p = await freshPreload();
    const m = manual<{ ok: true }>();
    const d = p.deferred(m.importer);
    const first = p.whenPreloaded();
    m.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    expect(p.allPreloaded()).toBe(false);
    const second = d.load();
    expect(m.calls()).toBe(2);
    m.resolve({ ok: true });
    expect(await second).toEqual({ ok: true });
    expect(p.allPreloaded()).toBe(true);
  });
});

describe("the session's wait", () => {
  it('no command starts before every deferred module is loaded; after that none waits', async () => {
    const p = await freshPreload();
    const { createHost } = await import('../host/host.ts');
    const { createSession } = await import('../shell/session.ts');
    const host = createHost({ seed: 1 });
    let out = '';
    const session = createSession({ host, onOutput: (t) => (out += t) });
    // The engine's own deferred code (applets, CLI) registered by the imports above.
    expect(p.preloadStatus().registered).toBeGreaterThan(0);
    await p.preloadAll();
    // One more, held back by the test: the next command must wait for it.
    const held = manual<object>();
    p.deferred(held.importer);
    const r = session.input('echo started; pwd');
    for (let i = 0; i < 20; i++) await turn();
    expect(out).toBe('');
    expect(held.calls()).toBe(1);
    held.resolve({});
    expect(await r).toEqual({ kind: 'done', status: 0 });
    expect(out).toBe('started\n/home/student\n');
    // Loaded: the next command runs without waiting for anything.
    expect(p.allPreloaded()).toBe(true);
    await session.input('ls /bin/ls');
    expect(out).toContain('/bin/ls\n');
  });

  it('an applet run directly, outside a session (tests), loads its code itself', async () => {
    const p = await freshPreload();
    const { APPLETS } = await import('../shell/applets/index.ts');
    const { runApplet } = await import('../../test/helpers/harness.ts');
    expect(p.allPreloaded()).toBe(false);
    const before = p.preloadStatus();
    const r = await runApplet(APPLETS.get('echo')!, ['echo', 'a', 'b']);
    expect(r).toMatchObject({ stdout: 'a b\n', status: 0 });
    // The applets' chunk loaded itself; what it registers in turn (catalog image data) waits for
    // a session's preload.
    const after = p.preloadStatus();
    expect(after.registered - after.unloaded).toBeGreaterThan(before.registered - before.unloaded);
    await p.preloadAll();
    expect(p.allPreloaded()).toBe(true);
  });

  it('every stand-in in the registry names the applet it runs', async () => {
    const p = await freshPreload();
    const { APPLETS } = await import('../shell/applets/index.ts');
    const all = await import('../shell/applets/all.ts');
    await p.preloadAll();
    const byName = new Map(Object.values(all).map((a) => [a.name, a]));
    const aliases: Record<string, string> = { '[': 'test', sh: 'bash', ash: 'bash' };
    for (const [name, standIn] of APPLETS) {
      const real = aliases[name] ?? name;
      expect(standIn.name, name).toBe(real);
      expect(byName.has(real), name).toBe(true);
    }
    expect(APPLETS.get('sh')).toBe(APPLETS.get('bash'));
  });
});
