/**
 * The engine's Web Worker (worker.ts), started the moment this module is evaluated: terminal.ts
 * imports it before anything else, so the worker's download begins before the page has evaluated
 * xterm and the workspace's other code, instead of after the terminal is drawn. The first
 * `mountTerminal` takes that worker; any later one starts its own.
 */
let early: Worker | undefined = typeof Worker === 'function' && typeof document !== 'undefined' ? startWorker() : undefined;

function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** The worker started at load (once), else a new one. */
export function takeEngineWorker(): Worker {
  const w = early ?? startWorker();
  early = undefined;
  return w;
}
