/**
 * docker save: the archive's layout, bytes and errors.
 *
 * Engine 28's layout and JSON are from moby v28.5.2 image/tarexport/save.go (see save.ts). What a
 * 20.10 engine can confirm was recorded on one (CLI 28.2.2, daemon 20.10.24):
 * - each layer's legacy JSON (testdata/docker20-*-v1.json: `docker save` of the catalog's alpine
 *   and of an 8-layer nginx; 20.10 wrote as `<v1 id>/json` the bytes 28 writes as blobs);
 * - `docker load` of archives this simulator saved (alpine, a commit with three deletions, a
 *   BuildKit build, busybox) gave the same image IDs and DiffIDs on the real engine;
 * - the CLI's texts: `cowardly refusing to save to a terminal. Use the -o flag or redirect`,
 *   `failed to save image: invalid output path: stat /nonexistent/dir: no such file or directory`,
 *   `failed to save image: cannot write to a directory`, `Error response from daemon: No such
 *   image: nosuch`, `Error response from daemon: reference does not exist`, `failed to get digest
 *   sha256:0…0: open /var/lib/docker/image/overlay2/imagedb/content/sha256/0…0: no such file or
 *   directory`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageHost } from '../../../test/engine/image-fixture.ts';
import { readTar, type TarEntry } from '../../archive/tar.ts';
import { chainID, digestOf } from '../../layer/digest.ts';
import { fromUtf8 } from '../../util/text.ts';
import { ROOT } from '../../vfs/types.ts';
import { legacyLayers } from './v1.ts';
import { goUnmarshal } from './go-decode.ts';
import { saveImages } from './save.ts';

const testdata = (name: string) => readFileSync(resolve(import.meta.dirname, 'testdata', name), 'utf8');

const text = (entries: TarEntry[], name: string) => fromUtf8(entries.find((e) => e.header.name === name)!.data);

describe('legacy v1 JSON (recorded from Docker 20.10)', () => {
  it('an 8-layer image: ids and bytes of every layer, the top one carrying the config', () => {
    const rec = JSON.parse(testdata('docker20-nginx-v1.json')) as { config: string; layers: Array<{ v1ID: string; json: string }> };
    const cfg = goUnmarshal(rec.config) as { rootfs: { diff_ids: string[] } };
    const diffs = cfg.rootfs.diff_ids;
    const ours = legacyLayers(cfg as unknown as Record<string, unknown>, diffs.map((_, i) => chainID(diffs.slice(0, i + 1))));
    expect(ours.map((l) => l.v1ID.slice(7))).toEqual(rec.layers.map((l) => l.v1ID));
    expect(ours.map((l) => l.json)).toEqual(rec.layers.map((l) => l.json));
    // The label's `<` and `>` are escaped as Go's encoder does.
    expect(ours[7].json).toContain('\\u003cdocker-maint@nginx.com\\u003e');
  });
});

describe('docker save', () => {
  it('writes the OCI layout with manifest.json and repositories (alpine)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    const img = h.daemon.images.get(h.daemon.refs.get({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' }));
    const layer = img.layer!;
    const before = h.daemon.now();
    const entries = readTar(await saveImages(h.daemon, ['alpine']));
    const now = Math.floor(h.daemon.now() / 1000);
    expect(h.daemon.now()).toBeGreaterThan(before);
    const created = Math.floor(Date.parse('2024-09-06T12:05:36Z') / 1000);
    const v1 = JSON.parse(testdata('docker20-alpine-v1.json')) as { json: string };
    const v1Blob = digestOf(new TextEncoder().encode(v1.json)).slice(7);
    const manifestBlob = entries.find((e) => e.header.mtime === 0 && e.header.name.startsWith('blobs/sha256/'))!.header.name.slice(13);
    const hex = (d: string) => d.slice(7);
    const expected: Array<[string, string, number, number]> = [
      ['blobs/', 'dir', 0o755, created],
      ['blobs/sha256/', 'dir', 0o755, now],
      ...(
        [
          [hex(layer.diffID), created],
          [v1Blob, created],
          [hex(img.id), created],
          [manifestBlob, 0],
        ] as Array<[string, number]>
      )
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([n, t]): [string, string, number, number] => [`blobs/sha256/${n}`, 'file', 0o644, t]),
      ['index.json', 'file', 0o644, 0],
      ['manifest.json', 'file', 0o644, 0],
      ['oci-layout', 'file', 0o644, 0],
      ['repositories', 'file', 0o644, 0],
    ];
    expect(entries.map((e) => [e.header.name, e.header.type, e.header.mode, e.header.mtime])).toEqual(expected);
    expect(entries.every((e) => e.header.uid === 0 && e.header.gid === 0 && e.header.uname === '' && e.header.gname === '')).toBe(true);

    const blob = (h: string) => entries.find((e) => e.header.name === `blobs/sha256/${h}`)!.data;
    expect(digestOf(blob(hex(layer.diffID)))).toBe(layer.diffID);
    expect(blob(hex(img.id))).toEqual(img.raw);
    expect(fromUtf8(blob(v1Blob))).toBe(v1.json);
    const size = blob(hex(layer.diffID)).length;
    const mfst = `{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"${img.id}","size":${img.raw.length}},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"${layer.diffID}","size":${size}}]}`;
    expect(fromUtf8(blob(manifestBlob))).toBe(mfst);
    expect(digestOf(blob(manifestBlob)).slice(7)).toBe(manifestBlob);
    expect(text(entries, 'manifest.json')).toBe(
      `[{"Config":"blobs/sha256/${hex(img.id)}","RepoTags":["alpine:latest"],"Layers":["blobs/sha256/${hex(layer.diffID)}"],"LayerSources":{"${layer.diffID}":{"mediaType":"application/vnd.oci.image.layer.v1.tar","size":${size},"digest":"${layer.diffID}"}}}]\n`,
    );
    expect(text(entries, 'index.json')).toBe(
      `{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:${manifestBlob}","size":${mfst.length},"annotations":{"io.containerd.image.name":"docker.io/library/alpine:latest","org.opencontainers.image.ref.name":"latest"}}]}`,
    );
    expect(text(entries, 'oci-layout')).toBe('{"imageLayoutVersion": "1.0.0"}');
    expect(text(entries, 'repositories')).toBe(`{"alpine":{"latest":"${hex(layer.diffID)}"}}\n`);
  });

  it('by ID: no tags, no repositories file, RepoTags null; several names for one image give one entry', async () => {
    const h = await imageHost({ images: ['alpine'] });
    const id = h.daemon.refs.get({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' });
    const byID = readTar(await saveImages(h.daemon, [id.slice(7, 19)]));
    expect(byID.some((e) => e.header.name === 'repositories')).toBe(false);
    expect(text(byID, 'manifest.json')).toMatch(/^\[\{"Config":"blobs\/sha256\/[0-9a-f]{64}","RepoTags":null,"Layers":/);
    expect(text(byID, 'index.json')).not.toContain('annotations');
    await h.run('docker tag alpine mine:v1');
    const two = readTar(await saveImages(h.daemon, ['alpine', 'mine:v1', id]));
    expect(JSON.parse(text(two, 'manifest.json'))).toHaveLength(1);
    expect(JSON.parse(text(two, 'manifest.json'))[0].RepoTags).toEqual(['alpine:latest', 'mine:v1']);
    expect(JSON.parse(text(two, 'index.json')).manifests.map((m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name'])).toEqual(['latest', 'v1']);
    expect(JSON.parse(text(two, 'repositories'))).toEqual({ alpine: { latest: expect.any(String) }, mine: { v1: expect.any(String) } });
  });

  it('a committed image and its base saved together keep their Parent link', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name c1 alpine sh -c 'rm /etc/motd /etc/shells; echo x > /x'");
    await h.run('docker commit c1 child');
    const entries = readTar(await saveImages(h.daemon, ['child', 'alpine']));
    const items = JSON.parse(text(entries, 'manifest.json')) as Array<{ Parent?: string }>;
    expect(items[0].Parent).toBe(h.daemon.refs.get({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' }));
    expect(items[1].Parent).toBeUndefined();
    expect(text(entries, 'manifest.json')).toMatch(/"Layers":\[[^\]]*\],"Parent":"sha256:[0-9a-f]{64}","LayerSources"/);
    const alone = readTar(await saveImages(h.daemon, ['child']));
    expect(text(alone, 'manifest.json')).not.toContain('Parent');
    // The committed layer (three whiteouts made by one container) comes back byte for byte.
    const child = h.daemon.images.get(h.daemon.refs.get({ domain: 'docker.io', path: 'library/child', tag: 'latest' }));
    for (const l of child.layer!.chain()) expect(digestOf(entries.find((e) => e.header.name === `blobs/sha256/${l.diffID.slice(7)}`)!.data)).toBe(l.diffID);
  });

  it('errors', async () => {
    const h = await imageHost({ images: ['alpine'] });
    const err = async (line: string) => {
      const r = await h.run(line);
      return [r.stdout, r.stderr, r.status];
    };
    expect(await err('docker save nosuch | wc -c')).toEqual(['0\n', 'Error response from daemon: No such image: nosuch\n', 0]);
    expect(await err('docker save nosuch:tag -o b.tar')).toEqual(['', 'Error response from daemon: reference does not exist\n', 1]);
    expect(h.host.fs(ROOT).exists('/home/student/b.tar')).toBe(false);
    const zero = '0'.repeat(64);
    expect(await err(`docker save ${zero} > /dev/null`)).toEqual([
      '',
      `Error response from daemon: failed to get digest sha256:${zero}: open /var/lib/docker/image/overlay2/imagedb/content/sha256/${zero}: no such file or directory\n`,
      1,
    ]);
    expect(await err('docker save sha256:abc > /dev/null')).toEqual(['', 'Error response from daemon: No such image: sha256:abc\n', 1]);
    expect(await err('docker save -o /nonexistent/dir/a.tar alpine')).toEqual(['', 'failed to save image: invalid output path: stat /nonexistent/dir: no such file or directory\n', 1]);
    expect(await err('mkdir d; docker save -o d alpine')).toEqual(['', 'failed to save image: cannot write to a directory\n', 1]);
    expect(await err('docker save --platform linux/arm64 alpine > /dev/null')).toEqual(['', 'Error response from daemon: no suitable export target found for platform linux/arm64\n', 1]);
    expect(await err("docker save 'BAD NAME' > /dev/null")).toEqual(['', 'Error response from daemon: invalid reference format: repository name (library/BAD NAME) must be lowercase\n', 1]);
    expect(await err('docker save -o a.tar alpine; stat -c "%a %U %s" a.tar')).toEqual([`600 student ${(await saveImages(h.daemon, ['alpine'])).length}\n`, '', 0]);
    const tty = await imageHost({ images: ['alpine'], tty: true });
    const r = await tty.run('docker save alpine');
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', 1]);
  });
});
