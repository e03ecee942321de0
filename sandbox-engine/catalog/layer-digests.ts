/**
 * DiffIDs, tar sizes and sizes of the catalog layers, computed ahead of time (see hash-layer.ts).
 * Generated; after changing a catalog tree regenerate with
 *   UPDATE_LAYER_DIGESTS=1 npx vitest run sandbox-engine/catalog/layer-digests.test.ts
 */
import type { KnownLayerDigest } from './hash-layer.ts';

export const LAYER_DIGESTS: Readonly<Record<string, KnownLayerDigest>> = {
  'alpine-minirootfs-3.20.3-x86_64': {
    diffID: 'sha256:1f570f8efe3656bc6abbae48fd0c8af9e841a52c1a8a88dd711ee922b29d23c3',
    tarSize: 8078336,
    size: 7800000,
  },
  'busybox-1.37.0-glibc': {
    diffID: 'sha256:0ae68302a3dfba0b38d9f075cf8c08ee825ebb3cb5bc50a85260c8472da8f6da',
    tarSize: 4502016,
    size: 4269694,
  },
  'ubuntu-noble-20240801-amd64': {
    diffID: 'sha256:413dc708a5d2f5e3dedc4fd93a47690c3cd33f8110455184344a07b1e8c329c5',
    tarSize: 79138304,
    size: 78100000,
  },
  'nginx-1.27.2-alpine-slim-run': {
    diffID: 'sha256:dd3714ff9b2e2196ba3af619cc73c54d3d22fbcdbb54bf39f7b2ddc13581bc9b',
    tarSize: 5060608,
    size: 5010000,
  },
  'nginx-1.27.2-copy-0': {
    diffID: 'sha256:646f9db157f8f0eb0b16880ea80a42e5e862e2b90886625cb176237e40f28c01',
    tarSize: 3584,
    size: 1620,
  },
  'nginx-1.27.2-copy-1': {
    diffID: 'sha256:698f91b1bb9a76d52f7b0740722c3652699a0304b15cf2cac88c83ef7e6ec985',
    tarSize: 4608,
    size: 2125,
  },
  'nginx-1.27.2-copy-2': {
    diffID: 'sha256:8b21baa5e9c6e36c16d1ac17c3be75ad9d06131f4ba58c95e69577890bc5bf7c',
    tarSize: 2560,
    size: 389,
  },
  'nginx-1.27.2-copy-3': {
    diffID: 'sha256:a503e569bce7b36a498c356ea738d7922d237a5ae34e48382e484f846301768f',
    tarSize: 5120,
    size: 3018,
  },
  'nginx-1.27.2-copy-4': {
    diffID: 'sha256:bc9778df0c0bfcdd647b50d1b67d72b901016caa6956e69dc617065a0b509732',
    tarSize: 7168,
    size: 4619,
  },
  'nginx-1.27.2-alpine-modules-run': {
    diffID: 'sha256:3f8490c740c8ad5ba554d4dbb797e6ed6eb5b542269e93d8116487ba82d69be8',
    tarSize: 30456320,
    size: 30378229,
  },
};
