/**
 * busybox:latest = busybox:1.37.0-glibc (27a71e19c956 on Docker Hub), linux/amd64.
 *
 * Layout from docker-library/busybox's glibc Dockerfile.builder: /bin holds the busybox binary
 * and one hard link per applet (`busybox --install /bin`), plus Debian's getconf; /lib the glibc
 * libraries busybox, getconf and libnss need (ld-linux copied, the rest hard-linked from Debian
 * 12), /lib64 -> lib; /etc the buildroot skeleton passwd/group/shadow, Debian's nsswitch.conf and
 * a UTC localtime; home directories from passwd (/home for nobody, /var/spool/mail for mail,
 * /usr/sbin for daemon); /usr/bin/env -> ../../bin/env; modes from buildroot's device_table.txt.
 *
 * Config: docker-library's jq-written config (Cmd ["sh"], Env PATH), created and history
 * `BusyBox 1.37.0 (glibc), Debian 12` at 2024-09-26T21:31:42Z (published dumps of the config).
 * Library sizes: Debian 12's glibc 2.36 files as on this machine (`stat -c %s`).
 */
import { jqConfig } from '../config.ts';
import type { CatalogHistory, CatalogImage } from '../types.ts';
import { deferred } from '../../util/preload.ts';
import { PATH_ENV } from './alpine.ts';
import { BUSYBOX_CREATED as CREATED, BUSYBOX_IMAGE_SIZE } from '../busybox/meta.ts';

export { BUSYBOX_IMAGE_SIZE };

/** The layer's file list: a chunk of its own, loaded with the engine's deferred code (types.ts). */
const data = deferred(() => import('../busybox/rootfs.ts'));

const HISTORY: CatalogHistory[] = [{ created: CREATED, created_by: 'BusyBox 1.37.0 (glibc), Debian 12' }];

export const busybox: CatalogImage = {
  repository: 'library/busybox',
  tags: ['latest', '1.37.0', '1.37.0-glibc', 'glibc'],
  created: CREATED,
  architecture: 'amd64',
  os: 'linux',
  // Compressed: 2,206,402 bytes is the 1.36.1-glibc amd64 blob (docker-library/busybox
  // image-manifest.json); 1.37.0's is not known here, so this is approximate.
  layers: [{ key: 'busybox-1.37.0-glibc', spec: () => data.load().then((m) => m.busyboxSpec()), compressedSize: 2_206_402 }],
  history: HISTORY,
  configJSON: (diffIDs) => jqConfig({ architecture: 'amd64', os: 'linux', created: CREATED, cmd: ['sh'], env: [PATH_ENV], history: HISTORY, diffIDs }),
  targetSize: BUSYBOX_IMAGE_SIZE,
  sizeSource: 'docker images: busybox:latest (27a71e19c956) 4.27MB; dive: layer files 4,269,678 bytes',
};
