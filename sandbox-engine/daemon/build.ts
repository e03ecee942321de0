/**
 * POST /build with BuildKit (moby v28.5.2 builder/builder-next): the Dockerfile frontend and
 * solver live in builder/ (build.ts); this is the daemon's entry point, as the other verbs.
 *
 *   const r = await buildImage(d, { dockerfile, dockerfileName: 'Dockerfile', context, ... });
 *   if (r.ok) r.id;   // 'sha256:…'
 */
export { build as buildImage, type BuildOptions, type BuildResult } from '../builder/build.ts';
