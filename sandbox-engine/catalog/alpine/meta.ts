/**
 * What the alpine:3.20 image needs to know of its layer without loading the layer's file list
 * (rootfs.ts, a chunk of its own in the browser build): its size and time.
 */

/**
 * Target size of the layer: `docker images` prints 7.8MB for alpine:3.20.3 (91ef0af61f39) and
 * `docker history` 7.8MB for its ADD layer, on the overlay2 image store (several published outputs,
 * e.g. kodekloud labs and GitHub READMEs, 2024-2025). The CLI rounds to 3 significant digits, so the
 * real figure is in [7,795,000, 7,805,000); we take the middle. (Docker Desktop's containerd store
 * prints 7.79MB for the same image: a different measure.)
 */
export const ALPINE_ROOTFS_SIZE = 7_800_000;

/** ADD time of the layer in the real image's history (`2024-09-06T12:05:36Z`). */
export const ALPINE_CREATED = '2024-09-06T12:05:36Z';
