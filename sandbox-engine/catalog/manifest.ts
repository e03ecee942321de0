/**
 * The registry-side JSON of an image: an OCI image manifest (config descriptor + layer
 * descriptors) and the single-platform OCI image index a Hub tag points at. Field order follows
 * the ocispec Go structs (Descriptor: mediaType, digest, size, ..., platform); both are indented
 * with two spaces as BuildKit's exporter writes them. Real Hub indexes also list attestation
 * manifests; ours list the linux/amd64 manifest only.
 */
import { goMarshal, type GoValue } from '../util/gojson.ts';
import { utf8 } from '../util/text.ts';

export interface Blob {
  mediaType: string;
  digest: string;
  size: number;
}

function desc(b: Blob): GoValue {
  return { mediaType: b.mediaType, digest: b.digest, size: b.size };
}

export function buildManifest(config: Blob, layers: readonly Blob[]): Uint8Array {
  return utf8(
    goMarshal(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: desc(config),
        layers: layers.map(desc),
      },
      '  ',
    ),
  );
}

export function buildIndex(manifest: Blob, platform: { architecture: string; os: string }): Uint8Array {
  return utf8(
    goMarshal(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ ...(desc(manifest) as Record<string, GoValue>), platform: { architecture: platform.architecture, os: platform.os } }],
      },
      '  ',
    ),
  );
}
