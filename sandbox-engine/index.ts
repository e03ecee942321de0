/**
 * The engine's public entry: what the site, the graders and the CLI may use. Everything else under
 * sandbox-engine/ is internal and may change.
 */
export { createHost, restoreHost, type SimHost } from './host/host.ts';
export type { Host, HostOptions } from './host/types.ts';
export { createSession } from './shell/session.ts';
export type { InputResult, SessionOptions, ShellLimits, ShellSession, StreamName } from './shell/session-types.ts';
export type { Flavour } from './shell/process.ts';
export { VirtualClock, DEFAULT_EPOCH_MS, type Clock } from './util/clock.ts';
export type { HistoryEntry, ExtendedShellSession } from './shell/session.ts';
export {
  observeDocker,
  type ChangeLetter,
  type DockerView,
  type ObservedContainer,
  type ObservedHistoryItem,
  type ObservedImage,
  type ObservedMount,
  type ObservedVolume,
} from './observe.ts';
export { ROOT, type Cred } from './vfs/types.ts';
