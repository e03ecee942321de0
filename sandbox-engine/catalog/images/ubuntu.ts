/**
 * ubuntu:24.04 = noble-20240801 (edbfe74c41f8 on Docker Hub, also tagged latest then), amd64.
 *
 * Built by Canonical with the legacy builder, so the config has container, container_config and
 * docker_version, and the history reads `/bin/sh -c #(nop) ...` (repo-info, ubuntu tag details):
 * ARG RELEASE, ARG LAUNCHPAD_BUILD_ARCH, LABEL org.opencontainers.image.ref.name=ubuntu,
 * LABEL org.opencontainers.image.version=24.04, ADD file:… in /, CMD ["/bin/bash"].
 * Labels as `podman inspect` showed for edbfe74c41f8. Compressed layer: 29.71MB (BuildKit pull log
 * of ubuntu:24.04@sha256:8a37d68f4f73…, layer sha256:31e907dcc94a…); bytes beyond that approximate.
 *
 * Approximate: the exact creation times, the ADD source hash, the builder's container id and
 * intermediate image id, and docker_version (not published in what we could read); they are
 * stand-ins in the real format.
 */
import { digestOf, hexOf } from '../../layer/digest.ts';
import { utf8 } from '../../util/text.ts';
import { legacyConfig, type LegacyContainerConfig } from '../config.ts';
import { UBUNTU_CREATED, UBUNTU_ROOTFS_SIZE } from '../ubuntu/meta.ts';
import type { CatalogHistory, CatalogImage } from '../types.ts';
import { deferred } from '../../util/preload.ts';
import { PATH_ENV } from './alpine.ts';

/** The layer's file list: a chunk of its own, loaded with the engine's deferred code (types.ts). */
const data = deferred(() => import('../ubuntu/rootfs.ts'));

const T_META = '2024-08-01T07:38:23.868962411Z';
const T_ADD = '2024-08-01T07:38:26.238447034Z';

/** Stand-ins, deterministic, in the real fields' formats. */
const ADD_SOURCE = hexOf(digestOf(utf8('ubuntu-noble-oci-amd64-root.tar.gz noble-20240801')));
const CONTAINER = hexOf(digestOf(utf8('noble-20240801 CMD container')));
const PARENT_IMAGE = digestOf(utf8('noble-20240801 ADD image'));

const nop = (created: string, what: string, empty = true): CatalogHistory => ({ created, created_by: `/bin/sh -c #(nop) ${what}`, ...(empty ? { empty_layer: true } : {}) });

const HISTORY: CatalogHistory[] = [
  nop(T_META, ' ARG RELEASE'),
  nop(T_META, ' ARG LAUNCHPAD_BUILD_ARCH'),
  nop(T_META, ' LABEL org.opencontainers.image.ref.name=ubuntu'),
  nop(T_META, ' LABEL org.opencontainers.image.version=24.04'),
  nop(T_ADD, `ADD file:${ADD_SOURCE} in / `, false),
  nop(UBUNTU_CREATED, ' CMD ["/bin/bash"]'),
];

const LABELS = { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' };

const CONFIG: LegacyContainerConfig = { Hostname: '', Env: [PATH_ENV], Cmd: ['/bin/bash'], Image: PARENT_IMAGE, Labels: LABELS };
const CONTAINER_CONFIG: LegacyContainerConfig = {
  Hostname: CONTAINER.slice(0, 12),
  Env: [PATH_ENV],
  Cmd: ['/bin/sh', '-c', '#(nop) ', 'CMD ["/bin/bash"]'],
  Image: PARENT_IMAGE,
  Labels: LABELS,
};

export const ubuntu: CatalogImage = {
  repository: 'library/ubuntu',
  tags: ['24.04', 'noble', 'noble-20240801', 'latest'],
  created: UBUNTU_CREATED,
  architecture: 'amd64',
  os: 'linux',
  layers: [{ key: 'ubuntu-noble-20240801-amd64', spec: () => data.load().then((m) => m.ubuntuRootfsSpec()), compressedSize: 29_710_396 }],
  history: HISTORY,
  configJSON: (diffIDs) =>
    legacyConfig({
      architecture: 'amd64',
      os: 'linux',
      created: UBUNTU_CREATED,
      dockerVersion: '24.0.7',
      container: CONTAINER,
      containerConfig: CONTAINER_CONFIG,
      config: CONFIG,
      history: HISTORY,
      diffIDs,
    }),
  targetSize: UBUNTU_ROOTFS_SIZE,
  sizeSource: 'docker images: ubuntu:24.04 / noble-20240801 (edbfe74c41f8) 78.1MB on the overlay2 store',
};
