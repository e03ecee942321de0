/**
 * The Web Worker that owns the simulated Docker host and the student's shell session, so a long
 * command never freezes the page. Protocol in protocol.ts; the logic is EngineHost
 * (engine-host.ts), which this file only connects to the worker's message port.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import { EngineHost } from './engine-host.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

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

const host = new EngineHost({ post: (m) => scope.postMessage(m), turn });
scope.addEventListener('message', (ev) => host.handle(ev.data));
