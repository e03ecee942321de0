/**
 * What the nginx:alpine image needs to know of its layers without loading their file lists
 * (layers.ts and files.ts, a chunk of their own in the browser build): sizes, time, and the COPY
 * steps of its history.
 */

/** SOURCE_DATE_EPOCH of the build (every history entry and file time): 2024-10-02T17:55:35Z. */
export const NGINX_EPOCH = '2024-10-02T17:55:35Z';

/**
 * Image total: `docker images` prints 43.2MB for nginx:alpine c7b4f26a7d93 (several published
 * outputs, Oct 2024 - 2025). The slim RUN layer's share is an estimate (its gzip blob is 1.75MB);
 * the module RUN layer takes the rest.
 */
export const NGINX_ALPINE_SIZE = 43_200_000;
export const SLIM_RUN_SIZE = 5_010_000;

/** The five COPY steps of the Dockerfile, in order (their files are in files.ts). */
export const ENTRYPOINT_COPY_STEPS: ReadonlyArray<{ path: string; createdBy: string }> = [
  { path: '/docker-entrypoint.sh', createdBy: 'COPY docker-entrypoint.sh / # buildkit' },
  { path: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit' },
  { path: '/docker-entrypoint.d/15-local-resolvers.envsh', createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit' },
  { path: '/docker-entrypoint.d/20-envsubst-on-templates.sh', createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit' },
  { path: '/docker-entrypoint.d/30-tune-worker-processes.sh', createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit' },
];
