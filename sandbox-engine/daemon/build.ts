/**
 * POST /build with BuildKit (moby v28.5.2 builder/builder-next): the Dockerfile frontend and
 * solver live in builder/ (build.ts); this is the daemon's entry point, as the other verbs.
 *
 *   const r = await buildImage(d, { dockerfile, dockerfileName: 'Dockerfile', context, ... });
 *   if (r.ok) r.id;   // 'sha256:…'
 */
import { build, type BuildOptions, type BuildResult } from '../builder/build.ts';
import { loadCatalog } from '../catalog/index.ts';
import type { Daemon } from './daemon.ts';

export type { BuildOptions, BuildResult };

/**
 * The builder resolves and registers base images synchronously (builder/base-image.ts), so the
 * catalog's layer file lists (catalog/build.ts; their modules are loaded before any command runs,
 * util/preload.ts) are all read before a build starts; a no-op after the first time.
 */
export async function buildImage(d: Daemon, opts: BuildOptions): Promise<BuildResult> {
  await loadCatalog();
  return build(d, opts);
}
