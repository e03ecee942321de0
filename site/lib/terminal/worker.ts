/**
 * The Web Worker that owns the simulated Docker host and the student's shell session, so a long
 * command never freezes the page. Protocol in protocol.ts; the logic is EngineHost
 * (engine-host.ts), which this file connects to the worker's message port. It also fetches the
 * engine's deferred code at once (util/preload.ts), and after the first `ready` starts the
 * warm-up (warm-up.ts).
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import { EngineHost } from './engine-host.ts';
import { preloadAll } from '../../../sandbox-engine/util/preload.ts';
import { alpine, loadImage } from '../../../sandbox-engine/catalog/index.ts';
import { startWarmUp, type WarmUp } from './warm-up.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<ToWorker>) => void): void;
}

/**
 * A macrotask turn without setTimeout's 4 ms clamp for nested timers: the session takes one every
 * few thousand steps, so `interrupt` and `stdin` messages are delivered during a busy loop.
 */
const yieldChannel = new MessageChannel();
const yieldWaiters: (() => void)[] = [];
yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();
function turn(): Promise<void> {
  return new Promise((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });
}

/** Messages that need no engine time: they leave the warm-up running. */
const LIGHT = new Set<ToWorker['type']>(['select', 'readFile']);

const scope = self as unknown as WorkerScope;

// Fetched now, while the host is built: the engine's deferred code (most applets, the docker
// CLI, the builder: util/preload.ts), which the session waits for before its first command (an
// exercise's setup runs commands before `ready`, and a student may type at once); a failed fetch
// is tried again by that wait, which reports the error. And alpine's layer data
// (catalog/build.ts): every lesson's setup pulls alpine and the warm-up runs it, so its chunks
// arrive along with the code rather than one after another in the first pull.
preloadAll().catch(() => undefined);
loadImage(alpine).catch(() => undefined);

/** After the first `ready`, a warm-up on a host of its own until real work arrives. */
let warmUp: WarmUp | undefined;
let warmed = false;
const host = new EngineHost({
  post: (m) => {
    scope.postMessage(m);
    if (m.type === 'ready' && !warmed) {
      warmed = true;
      warmUp = startWarmUp(turn);
    }
  },
  turn,
});
const handle = (msg: ToWorker): void => {
  if (warmUp && !LIGHT.has(msg.type)) {
    warmUp.stop();
    warmUp = undefined;
  }
  host.handle(msg);
};
scope.addEventListener('message', (ev) => handle(ev.data));
