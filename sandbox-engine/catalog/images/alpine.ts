/**
 * alpine:3.20 (= 3.20.3, also tagged latest here), linux/amd64.
 *
 * Config and history as the real image has them (trivy's dump of alpine:3.20.3's config and
 * repo-info's history, Sep 2024): Env PATH, Cmd ["/bin/sh"], WorkingDir "/", ArgsEscaped true;
 * `ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit` and `CMD ["/bin/sh"]`, both
 * `buildkit.dockerfile.v0`, created 2024-09-06T12:05:36Z. Compressed layer: 3,623,807 bytes
 * (repo-info, layer sha256:43c4264eed91…).
 */
import { ALPINE_CREATED, ALPINE_ROOTFS_SIZE } from '../alpine/meta.ts';
import { buildkitConfig } from '../config.ts';
import type { CatalogHistory, CatalogImage, CatalogLayer } from '../types.ts';
import { deferred } from '../../util/preload.ts';

export const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The layer's file list: a chunk of its own, loaded with the engine's deferred code (types.ts). */
const data = deferred(() => import('../alpine/rootfs.ts'));

export const ALPINE_LAYER: CatalogLayer = {
  key: 'alpine-minirootfs-3.20.3-x86_64',
  spec: () => data.load().then((m) => m.alpineRootfsSpec()),
  compressedSize: 3_623_807,
};

export const ALPINE_HISTORY: CatalogHistory[] = [
  { created: ALPINE_CREATED, created_by: 'ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit', comment: 'buildkit.dockerfile.v0' },
  { created: ALPINE_CREATED, created_by: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0', empty_layer: true },
];

export const alpine: CatalogImage = {
  repository: 'library/alpine',
  tags: ['3.20', '3.20.3', 'latest'],
  created: ALPINE_CREATED,
  architecture: 'amd64',
  os: 'linux',
  layers: [ALPINE_LAYER],
  history: ALPINE_HISTORY,
  configJSON: (diffIDs) =>
    buildkitConfig({
      architecture: 'amd64',
      os: 'linux',
      created: ALPINE_CREATED,
      config: { Env: [PATH_ENV], Cmd: ['/bin/sh'], WorkingDir: '/', ArgsEscaped: true },
      history: ALPINE_HISTORY,
      diffIDs,
    }),
  targetSize: ALPINE_ROOTFS_SIZE,
  sizeSource: 'docker images: alpine:3.20.3 (91ef0af61f39) 7.8MB on the overlay2 store',
};
