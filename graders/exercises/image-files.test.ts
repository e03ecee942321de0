import { describe, expect, it } from 'vitest';
import { createHost, createSession, observeDocker } from '../../sandbox-engine/index.ts';
import { imageConfig, imageDirNames, imageLayers, layerFiles, layerFileText, topLayerWith } from './image-files.ts';

/** An image whose layers add, delete (whiteout) and replace a directory (opaque). */
async function built() {
  const host = createHost({ seed: 7 });
  const sh = createSession({ host });
  const lines = [
    'mkdir ctx && cd ctx',
    "cat > Dockerfile <<'EOF'",
    'FROM alpine:3.20',
    'RUN mkdir /d && echo one > /d/a && echo two > /d/b',
    'RUN rm /d/a',
    'RUN rm -rf /d && mkdir /d && echo three > /d/c',
    'CMD ["ls", "/d"]',
    'EOF',
    'docker build -q -t layered .',
  ];
  for (const l of lines) await sh.input(l);
  const id = observeDocker(host)!.image('layered')!.id;
  return { host, id };
}

describe('image layers read from /var/lib/docker', () => {
  it('pairs each layer with the step that made it, bottom first, and finds its directory', async () => {
    const { host, id } = await built();
    const layers = imageLayers(host, id)!;
    expect(layers.map((l) => l.createdBy.split(' ')[0])).toEqual(['ADD', 'RUN', 'RUN', 'RUN']);
    expect(layers.every((l) => l.dir.startsWith('/var/lib/docker/overlay2/') && l.dir.endsWith('/diff'))).toBe(true);
    expect(imageConfig(host, id)!.diffIDs).toEqual(layers.map((l) => l.diffID));
    expect(layerFiles(host, layers[1].dir).filter((f) => f.path.startsWith('d'))).toEqual([
      { path: 'd', kind: 'dir' },
      { path: 'd/a', kind: 'file' },
      { path: 'd/b', kind: 'file' },
    ]);
    expect(layerFiles(host, layers[2].dir)).toContainEqual({ path: 'd/a', kind: 'whiteout' });
    expect(layerFileText(host, layers[1].dir, 'd/a')).toBe('one\n');
  });

  it('stacks the layers: whiteouts and an opaque directory hide what is below', async () => {
    const { host, id } = await built();
    const layers = imageLayers(host, id)!;
    expect(topLayerWith(host, layers, 'd/c')).toBe(3);
    expect(topLayerWith(host, layers, 'd/a')).toBe(-1);
    expect(topLayerWith(host, layers, 'd/b')).toBe(-1);
    expect(topLayerWith(host, layers, 'etc/motd')).toBe(0);
    expect(topLayerWith(host, layers, 'nothing/here')).toBe(-1);
    expect(imageDirNames(host, layers, '/d')).toEqual(['c']);
    expect(imageDirNames(host, layers.slice(0, 3), '/d')).toEqual(['b']);
  });

  it('gives nothing for an image it cannot read', () => {
    const host = createHost({ seed: 1 });
    expect(imageLayers(host, 'sha256:0000')).toBeUndefined();
    expect(imageConfig(host, 'sha256:0000')).toBeUndefined();
  });
});
