/**
 * What the ubuntu:24.04 image needs to know of its layer without loading the layer's file table
 * (rootfs.ts and tree-data.ts, a chunk of their own in the browser build): its size and time.
 */

/**
 * `docker images` prints 78.1MB for ubuntu:24.04 = noble-20240801 (edbfe74c41f8) on the overlay2
 * store (several published outputs, Aug-Oct 2024); the CLI's 3 significant digits put it in
 * [78,050,000, 78,150,000), we take the middle. Every executable and shared object's size is
 * scaled by one common factor to land there: Ubuntu 24.04's binaries are somewhat larger than the
 * Debian 12 ones the table was measured on.
 */
export const UBUNTU_ROOTFS_SIZE = 78_100_000;

/** Build time of noble-20240801 (approximate: the day of the serial). */
export const UBUNTU_CREATED = '2024-08-01T07:38:26.545296834Z';
