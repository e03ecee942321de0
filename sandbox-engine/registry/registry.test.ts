import { describe, expect, it } from 'vitest';
import { isDaemonError } from '../errdefs/errors.ts';
import { ReferenceError } from '../reference/reference.ts';
import { alpine, busybox, isLoaded, materialize, nginxAlpine, ubuntu } from '../catalog/index.ts';
import { RegistryError } from './errors.ts';
import { Registry } from './registry.ts';
import { MAX_CONCURRENT_DOWNLOADS, layerProgressID, pullEvents, renderDockerPull, renderPullNonTTY, type PullState } from './pull-events.ts';

const hub = new Registry();
const fresh: PullState = { hasImage: false, tagUpToDate: false, hasLayer: () => false };

function errorOf(f: () => unknown): RegistryError {
  try {
    f();
  } catch (e) {
    if (e instanceof RegistryError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('resolving references', () => {
  it('adds :latest and finds the image by tag', () => {
    const r = hub.resolve('alpine');
    expect(r.ref).toMatchObject({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' });
    expect(r.tagOrDigest).toBe('latest');
    expect(r.image).toBe(alpine);
    expect(hub.resolve('docker.io/library/ubuntu:24.04').image).toBe(ubuntu);
    expect(hub.resolve('busybox:latest').image).toBe(busybox);
    expect(hub.resolve('nginx:alpine').image).toBe(nginxAlpine);
    expect(hub.resolve('ubuntu').image).toBe(ubuntu);
  });

  it('resolves the index digest and the platform manifest digest', () => {
    const m = materialize(alpine);
    const byIndex = hub.resolve(`alpine@${m.repoDigest}`);
    expect(byIndex.image).toBe(alpine);
    expect(byIndex.tagOrDigest).toBe(m.repoDigest);
    expect(byIndex.digest()).toBe(m.repoDigest);
    expect(hub.resolve(`alpine@${m.manifest.digest}`).digest()).toBe(m.manifest.digest);
  });

  it('resolves by digest without the layers\' file lists; load() fetches them for the layer trees', async () => {
    const m = materialize(ubuntu);
    const r = hub.resolve(`ubuntu@${m.repoDigest}`);
    expect(r.image).toBe(ubuntu);
    expect(isLoaded(ubuntu)).toBe(false);
    expect(() => r.materialize().layers[0].tree).toThrow(/not loaded/);
    await r.load();
    expect(isLoaded(ubuntu)).toBe(true);
    expect(r.materialize().layers[0].tree.readlink('/bin')).toBe('usr/bin');
  });

  it('unknown repository: pull access denied (NotFound)', () => {
    const e = errorOf(() => hub.resolve('foo'));
    expect(e.message).toBe("pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    expect(e.reason).toBe('repository-denied');
    expect(isDaemonError(e, 'NotFound')).toBe(true);
    expect(errorOf(() => hub.resolve('someuser/app:1.0')).message).toBe(
      "pull access denied for someuser/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
  });

  it('unknown tag or digest: manifest unknown (NotFound)', () => {
    const e = errorOf(() => hub.resolve('alpine:nope'));
    expect(e.message).toBe('manifest for alpine:nope not found: manifest unknown: manifest unknown');
    expect(e.reason).toBe('manifest-unknown');
    expect(isDaemonError(e, 'NotFound')).toBe(true);
    const zero = `sha256:${'0'.repeat(64)}`;
    expect(errorOf(() => hub.resolve(`alpine@${zero}`)).message).toBe(`manifest for alpine@${zero} not found: manifest unknown: manifest unknown`);
  });

  it('other registries are unreachable; malformed names are reference errors', () => {
    expect(errorOf(() => hub.resolve('registry.example.com:5000/app')).reason).toBe('unreachable');
    expect(() => hub.resolve('Alpine')).toThrow(ReferenceError);
    expect(() => hub.resolve('Alpine')).toThrow('invalid reference format: repository name (library/Alpine) must be lowercase');
  });

  it('lists tags', () => {
    expect(hub.tags('library/alpine')).toEqual(['3.20', '3.20.3', 'latest']);
    expect(hub.hasRepository('library/nginx')).toBe(true);
  });
});

describe('pull progress (moby pull_v2.go + xfer/download.go)', () => {
  it('a fresh single-layer pull, as a non-TTY client prints it', () => {
    const r = hub.resolve('alpine');
    const m = r.materialize();
    const id = layerProgressID(m.layers[0].blob.digest);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(renderDockerPull({ hadTagOrDigest: false }, r, pullEvents(r, fresh))).toBe(
      [
        'Using default tag: latest',
        'latest: Pulling from library/alpine',
        `${id}: Pulling fs layer`,
        `${id}: Verifying Checksum`,
        `${id}: Download complete`,
        `${id}: Pull complete`,
        `Digest: ${m.repoDigest}`,
        'Status: Downloaded newer image for alpine:latest',
        'docker.io/library/alpine:latest',
        '',
      ].join('\n'),
    );
  });

  it('progress updates with counts are in the data but not in non-TTY output', () => {
    const events = pullEvents(hub.resolve('alpine:3.20'), fresh);
    const dl = events.filter((e) => e.status === 'Downloading');
    expect(dl.length).toBeGreaterThan(0);
    expect(dl[dl.length - 1].progressDetail).toEqual({ current: alpine.layers[0].compressedSize, total: alpine.layers[0].compressedSize });
    expect(events.some((e) => e.status === 'Extracting')).toBe(true);
    expect(renderPullNonTTY(events)).not.toMatch(/Downloading|Extracting/);
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((a, b) => a - b));
  });

  it('layers already present: Already exists for the shared prefix, Waiting beyond three transfers', () => {
    const base = materialize(alpine);
    const r = hub.resolve('nginx:alpine');
    const m = r.materialize();
    const ids = m.layers.map((l) => layerProgressID(l.blob.digest));
    const text = renderPullNonTTY(pullEvents(r, { hasImage: false, tagUpToDate: false, hasLayer: (c) => c === base.chainIDs[0] }));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('alpine: Pulling from library/nginx');
    expect(lines[1]).toBe(`${ids[0]}: Already exists`);
    expect(lines.slice(2, 9)).toEqual(ids.slice(1).map((id) => `${id}: Pulling fs layer`));
    expect(lines.slice(9, 9 + 7 - MAX_CONCURRENT_DOWNLOADS)).toEqual(ids.slice(1 + MAX_CONCURRENT_DOWNLOADS).map((id) => `${id}: Waiting`));
    // Pull complete strictly in layer order, each after its own download.
    const complete = lines.filter((l) => l.endsWith(': Pull complete')).map((l) => l.slice(0, 12));
    expect(complete).toEqual(ids.slice(1));
    for (const id of ids.slice(1)) expect(lines.indexOf(`${id}: Download complete`)).toBeLessThan(lines.indexOf(`${id}: Pull complete`));
    expect(lines.filter((l) => l.startsWith(`${ids[0]}:`))).toHaveLength(1);
    expect(lines.slice(-2)).toEqual([`Digest: ${m.repoDigest}`, 'Status: Downloaded newer image for nginx:alpine']);
  });

  it('an image already present and tagged: up to date, no layer lines', () => {
    const r = hub.resolve('alpine:3.20');
    const text = renderPullNonTTY(pullEvents(r, { hasImage: true, tagUpToDate: true, hasLayer: () => true }));
    expect(text).toBe(`3.20: Pulling from library/alpine\nDigest: ${r.materialize().repoDigest}\nStatus: Image is up to date for alpine:3.20\n`);
  });

  it('an image present under another tag: nothing downloaded, but the tag is new', () => {
    const r = hub.resolve('alpine:latest');
    const text = renderPullNonTTY(pullEvents(r, { hasImage: true, tagUpToDate: false, hasLayer: () => true }));
    expect(text).toBe(`latest: Pulling from library/alpine\nDigest: ${r.materialize().repoDigest}\nStatus: Downloaded newer image for alpine:latest\n`);
  });

  it('a pull by digest names the digest', () => {
    const d = materialize(busybox).repoDigest;
    const r = hub.resolve(`busybox@${d}`);
    const out = renderDockerPull({ hadTagOrDigest: true }, r, pullEvents(r, fresh));
    expect(out.split('\n')[0]).toBe(`${d}: Pulling from library/busybox`);
    expect(out).toContain(`Status: Downloaded newer image for busybox@${d}\n`);
    expect(out.endsWith(`docker.io/library/busybox@${d}\n`)).toBe(true);
  });

  it('is deterministic', () => {
    const r = hub.resolve('nginx:alpine');
    expect(pullEvents(r, fresh)).toEqual(pullEvents(r, fresh));
  });
});
