/**
 * The recorded layer figures (layer-digests.ts) are those of the catalog as it is now: every
 * layer's tree is built from its file list and its tar hashed in full. With UPDATE_LAYER_DIGESTS=1
 * the table is rewritten instead of compared (after a deliberate change to a catalog tree, to the
 * tree builder or to the tar writer).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, materialize } from './index.ts';
import { buildLayerTree } from './tree.ts';
import { hashLayer, type KnownLayerDigest } from './hash-layer.ts';
import { LAYER_DIGESTS } from './layer-digests.ts';
import type { CatalogLayer } from './types.ts';

const UPDATE = process.env.UPDATE_LAYER_DIGESTS === '1';

function layers(): CatalogLayer[] {
  const seen = new Map<string, CatalogLayer>();
  for (const image of CATALOG) for (const l of image.layers) if (!seen.has(l.key)) seen.set(l.key, l);
  return [...seen.values()];
}

function source(table: Record<string, KnownLayerDigest>): string {
  const rows = Object.entries(table)
    .map(([k, v]) => `  '${k}': {\n    diffID: '${v.diffID}',\n    tarSize: ${v.tarSize},\n    size: ${v.size},\n  },\n`)
    .join('');
  return `/**
 * DiffIDs, tar sizes and sizes of the catalog layers, computed ahead of time (see hash-layer.ts).
 * Generated; after changing a catalog tree regenerate with
 *   UPDATE_LAYER_DIGESTS=1 npx vitest run sandbox-engine/catalog/layer-digests.test.ts
 */
import type { KnownLayerDigest } from './hash-layer.ts';

export const LAYER_DIGESTS: Readonly<Record<string, KnownLayerDigest>> = {
${rows}};
`;
}

describe('recorded layer digests', () => {
  it('are those of every catalog layer hashed in full (stale? UPDATE_LAYER_DIGESTS=1 regenerates)', async () => {
    const fresh: Record<string, KnownLayerDigest> = {};
    for (const l of layers()) fresh[l.key] = hashLayer(buildLayerTree(await l.spec()));
    if (UPDATE) {
      writeFileSync(new URL('./layer-digests.ts', import.meta.url), source(fresh));
      console.log(`layer-digests.ts rewritten: ${Object.keys(fresh).length} layers`);
      return;
    }
    expect(LAYER_DIGESTS, 'stale: UPDATE_LAYER_DIGESTS=1 npx vitest run sandbox-engine/catalog/layer-digests.test.ts').toEqual(fresh);
  });

  it('cover every catalog layer, so materializing an image never hashes a tar', () => {
    expect(layers().filter((l) => !LAYER_DIGESTS[l.key]).map((l) => l.key)).toEqual([]);
    for (const image of CATALOG) {
      const m = materialize(image);
      m.layers.forEach((l) => expect([l.diffID, l.tarSize, l.size]).toEqual([LAYER_DIGESTS[l.key].diffID, LAYER_DIGESTS[l.key].tarSize, LAYER_DIGESTS[l.key].size]));
    }
  });
});
