/** The simulated Docker Hub: resolve references, report pull errors, describe pull progress. */
export { Registry, type ResolvedImage } from './registry.ts';
export { RegistryError, manifestUnknown, pullAccessDenied, registryUnreachable, type RegistryErrorReason } from './errors.ts';
export {
  MAX_CONCURRENT_DOWNLOADS,
  layerProgressID,
  pullEvents,
  renderDockerPull,
  renderPullNonTTY,
  type ProgressDetail,
  type PullEvent,
  type PullState,
} from './pull-events.ts';
