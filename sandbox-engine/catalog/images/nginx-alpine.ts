/**
 * nginx:alpine = nginx:1.27.2-alpine (c7b4f26a7d93 on Docker Hub, Oct 2024), linux/amd64.
 *
 * History and config as the real image: the alpine:3.20.3 base (2 entries), then the
 * alpine-slim stage's LABEL, ENV, RUN, five COPYs, ENTRYPOINT, EXPOSE, STOPSIGNAL, CMD, then the
 * alpine stage's two ENVs and RUN, all created 2024-10-02T17:55:35Z (repo-info, nginx tag details).
 * Layer blobs (compressed): 3.62MB, 1.75MB, 629B, 956B, 393B, 1.21kB, 1.40kB, 13.19MB (a BuildKit
 * pull log of nginx:alpine@sha256:a5127daff3d6…, config sha256:c7b4f26a7d93…); byte counts
 * beyond those 3-4 digits are approximate.
 */
import { ALPINE_HISTORY, ALPINE_LAYER, PATH_ENV } from './alpine.ts';
import { buildkitConfig } from '../config.ts';
import { runCreatedBy } from '../buildkit-history.ts';
import { MODULES_RUN, SLIM_RUN } from '../nginx/dockerfile-runs.ts';
import { ENTRYPOINT_COPY_STEPS, NGINX_ALPINE_SIZE, NGINX_EPOCH } from '../nginx/meta.ts';
import type { CatalogHistory, CatalogImage, CatalogLayer } from '../types.ts';
import { deferred } from '../../util/preload.ts';

const B = 'buildkit.dockerfile.v0';
const meta = (created_by: string): CatalogHistory => ({ created: NGINX_EPOCH, created_by, comment: B, empty_layer: true });
const layerEntry = (created_by: string): CatalogHistory => ({ created: NGINX_EPOCH, created_by, comment: B });

const COPY_BLOBS = [629, 956, 393, 1_210, 1_398];

/** The file lists (layers.ts, with files.ts): one chunk, loaded with the engine's deferred code (types.ts). */
const nginxData = deferred(() => import('../nginx/layers.ts'));
const data = () => nginxData.load();

const LAYERS: CatalogLayer[] = [
  ALPINE_LAYER,
  { key: 'nginx-1.27.2-alpine-slim-run', spec: () => data().then((m) => m.slimRunSpec()), compressedSize: 1_752_148 },
  ...ENTRYPOINT_COPY_STEPS.map((_, i) => ({ key: `nginx-1.27.2-copy-${i}`, spec: () => data().then((m) => m.copyStepSpec(i)), compressedSize: COPY_BLOBS[i] })),
  { key: 'nginx-1.27.2-alpine-modules-run', spec: () => data().then((m) => m.modulesRunSpec()), compressedSize: 13_192_562 },
];

const HISTORY: CatalogHistory[] = [
  ...ALPINE_HISTORY,
  meta('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
  meta('ENV NGINX_VERSION=1.27.2'),
  meta('ENV PKG_RELEASE=1'),
  meta('ENV DYNPKG_RELEASE=1'),
  layerEntry(runCreatedBy(SLIM_RUN)),
  ...ENTRYPOINT_COPY_STEPS.map((c) => layerEntry(c.createdBy)),
  meta('ENTRYPOINT ["/docker-entrypoint.sh"]'),
  meta('EXPOSE map[80/tcp:{}]'),
  meta('STOPSIGNAL SIGQUIT'),
  meta('CMD ["nginx" "-g" "daemon off;"]'),
  meta('ENV NJS_VERSION=0.8.6'),
  meta('ENV NJS_RELEASE=1'),
  layerEntry(runCreatedBy(MODULES_RUN)),
];

export const nginxAlpine: CatalogImage = {
  repository: 'library/nginx',
  tags: ['alpine', '1.27.2-alpine', 'mainline-alpine'],
  created: NGINX_EPOCH,
  architecture: 'amd64',
  os: 'linux',
  layers: LAYERS,
  history: HISTORY,
  configJSON: (diffIDs) =>
    buildkitConfig({
      architecture: 'amd64',
      os: 'linux',
      created: NGINX_EPOCH,
      config: {
        ExposedPorts: ['80/tcp'],
        Env: [PATH_ENV, 'NGINX_VERSION=1.27.2', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.6', 'NJS_RELEASE=1'],
        Entrypoint: ['/docker-entrypoint.sh'],
        Cmd: ['nginx', '-g', 'daemon off;'],
        WorkingDir: '/',
        Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
        StopSignal: 'SIGQUIT',
        ArgsEscaped: true,
      },
      history: HISTORY,
      diffIDs,
    }),
  targetSize: NGINX_ALPINE_SIZE,
  sizeSource: 'docker images: nginx:alpine (c7b4f26a7d93, nginx 1.27.2) 43.2MB',
};
