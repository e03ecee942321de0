/**
 * What the busybox image needs to know of its layer without loading the layer's file list
 * (rootfs.ts, a chunk of its own in the browser build): its size and time.
 */

/** Creation time of the image and its files. */
export const BUSYBOX_CREATED = '2024-09-26T21:31:42Z';

/**
 * Target: `docker images` prints 4.27MB for busybox:latest 27a71e19c956 (several published outputs,
 * 2024-2025); dive's export of that layer sums its file sizes to 4,269,678 bytes. moby's size also
 * counts the two symlinks' target lengths (3 + 13 bytes), which dive leaves out.
 */
export const BUSYBOX_IMAGE_SIZE = 4_269_678 + 16;
