import { describe, expect, it } from 'vitest';
import { appletOfHead } from '../host/binaries.ts';
import { humanSizeWithPrecision } from '../cli/formatter/units.ts';
import { TarWriter, readTar } from '../archive/tar.ts';
import { layerTar, writeTreeTar } from '../archive/diff.ts';
import { Digester, chainID, digestOf } from '../layer/digest.ts';
import { LayerStore } from '../layer/layer-store.ts';
import { VirtualClock } from '../util/clock.ts';
import { SeededRandom } from '../util/random.ts';
import { fromUtf8 } from '../util/text.ts';
import type { MemFs } from '../vfs/memfs.ts';
import { CATALOG, alpine, busybox, findImage, loadCatalog, materialize, nginxAlpine, registerImageLayers, ubuntu } from './index.ts';
import { buildLayerTree } from './tree.ts';
import { joinInstruction } from './buildkit-history.ts';

// The trees below need every image's file lists (build.ts: loadImage); layer-loading.test.ts
// covers what happens before they are loaded.
await loadCatalog();

const textOf = (fs: MemFs, p: string): string => {
  const c = fs.read(p);
  if (!(c instanceof Uint8Array)) throw new Error(`${p} is synthetic`);
  return fromUtf8(c);
};
const stubOf = (fs: MemFs, p: string): string | undefined => {
  const c = fs.read(p);
  return appletOfHead(c instanceof Uint8Array ? c : c.head);
};

describe('catalog sizes (docker images SIZE, 3 significant digits)', () => {
  const expected: Record<string, string> = { 'library/alpine': '7.8MB', 'library/busybox': '4.27MB', 'library/ubuntu': '78.1MB', 'library/nginx': '43.2MB' };
  for (const image of CATALOG) {
    it(`${image.repository}:${image.tags[0]} is ${expected[image.repository]}`, () => {
      const m = materialize(image);
      expect(m.size).toBe(image.targetSize);
      expect(m.layers.reduce((n, l) => n + l.size, 0)).toBe(m.size);
      expect(humanSizeWithPrecision(m.size, 3)).toBe(expected[image.repository]);
    });
  }

  it('the alpine layer tar is about the size of the real one (8,081,920 bytes uncompressed)', () => {
    const t = materialize(alpine).layers[0].tarSize;
    expect(Math.abs(t - 8_081_920)).toBeLessThan(60_000);
  });

  it('nginx:alpine history sizes: COPY layers are their files, metadata steps are empty', () => {
    const m = materialize(nginxAlpine);
    expect(m.layers.map((l) => l.size).slice(2, 7)).toEqual([1620, 2125, 389, 3018, 4619]);
    expect(m.layers[1].size).toBe(5_010_000);
  });
});

describe('determinism', () => {
  it('rebuilding every layer from its spec gives the same tar digest', async () => {
    for (const image of [alpine, busybox, nginxAlpine]) {
      const m = materialize(image);
      for (const [i, layer] of image.layers.entries()) {
        const d = new Digester();
        const w = new TarWriter((c) => d.update(c));
        writeTreeTar(buildLayerTree(await layer.spec()), w);
        w.close();
        expect(d.digest()).toBe(m.diffIDs[i]);
      }
    }
  });

  it('config bytes, image ID, ChainIDs and digests follow from the DiffIDs', () => {
    for (const image of CATALOG) {
      const m = materialize(image);
      expect(fromUtf8(m.configBytes)).toBe(image.configJSON(m.diffIDs));
      expect(m.id).toBe(digestOf(m.configBytes));
      expect(m.chainIDs[m.chainIDs.length - 1]).toBe(chainID(m.diffIDs));
      expect(m.manifest.digest).toBe(digestOf(m.manifest.bytes));
      expect(m.repoDigest).toBe(digestOf(m.index.bytes));
    }
  });

  // Pinned so that an accidental change to a tree, a config or the tar writer shows up; update
  // these on purpose when the catalog changes.
  it('image IDs are the pinned ones', () => {
    const ids = Object.fromEntries(CATALOG.map((i) => [`${i.repository}:${i.tags[0]}`, materialize(i).id]));
    expect(ids).toMatchInlineSnapshot(`
      {
        "library/alpine:3.20": "sha256:3f4779f281b839de1e7ae825346491977b5a80b1639490da0a948138c8e8dab0",
        "library/busybox:latest": "sha256:f49162fdda60dbe0937de80ce39672c6a748682b4001e4b5dc6b1330541c9713",
        "library/nginx:alpine": "sha256:d94d71bb19ba4574029bd5f5fa449aa05ecc6374a59d1b54f8100f2ce766d910",
        "library/ubuntu:24.04": "sha256:dbd6bd5c82c203cc192ab387a69881057a99060367157fb1bf68941ba515cd74",
      }
    `);
  });
});

describe('configs and histories as the real images have them', () => {
  it('every non-empty history entry has a layer', () => {
    for (const image of CATALOG) expect(image.history.filter((h) => !h.empty_layer)).toHaveLength(image.layers.length);
  });

  it('alpine: BuildKit config, sorted top-level keys', () => {
    const json = fromUtf8(materialize(alpine).configBytes);
    expect(json.startsWith('{"architecture":"amd64","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh"],"WorkingDir":"/","ArgsEscaped":true},"created":"2024-09-06T12:05:36Z","history":[{"created":"2024-09-06T12:05:36Z","created_by":"ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit","comment":"buildkit.dockerfile.v0"},')).toBe(true);
  });

  it('nginx:alpine: entrypoint, exposed port, stop signal, HTML-escaped label', () => {
    const m = materialize(nginxAlpine);
    const c = m.config.config!;
    expect(c.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(c.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(c.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(c.StopSignal).toBe('SIGQUIT');
    expect(fromUtf8(m.configBytes)).toContain('"maintainer":"NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e"');
    // The real config is 11.21kB (BuildKit pull log); ours carries the same history strings.
    expect(Math.abs(m.configBytes.length - 11_210)).toBeLessThan(300);
    expect(m.config.history!.map((h) => h.created_by).slice(2, 6)).toEqual([
      'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>',
      'ENV NGINX_VERSION=1.27.2',
      'ENV PKG_RELEASE=1',
      'ENV DYNPKG_RELEASE=1',
    ]);
  });

  it('RUN history strings join continuation lines as BuildKit does (repo-info text)', () => {
    const run = materialize(nginxAlpine).config.history![6].created_by!;
    expect(run.startsWith('RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101')).toBe(true);
    expect(run).toContain('&& mv /usr/bin/envsubst /tmp/         && runDeps="$(         scanelf --needed --nobanner /tmp/envsubst');
    expect(run.endsWith('&& mkdir /docker-entrypoint.d # buildkit')).toBe(true);
    expect(joinInstruction('RUN a \\\n# comment\n    && b \\\n    \\\n    && c\n')).toBe('RUN a     && b         && c');
  });

  it('busybox: the jq-written config, 459 bytes like docker-library\'s', () => {
    const m = materialize(busybox);
    const json = fromUtf8(m.configBytes);
    expect(json.startsWith('{\n\t"config": {\n\t\t"Cmd": [\n\t\t\t"sh"\n\t\t],')).toBe(true);
    expect(json.endsWith('\t"architecture": "amd64",\n\t"os": "linux"\n}\n')).toBe(true);
    expect(m.configBytes.length).toBe(459);
  });

  it('ubuntu: legacy-builder config and #(nop) history', () => {
    const m = materialize(ubuntu);
    const json = fromUtf8(m.configBytes);
    expect(json.startsWith('{"architecture":"amd64","config":{"Hostname":"","Domainname":"","User":""')).toBe(true);
    expect(m.config.history!.map((h) => h.created_by!.replace(/file:[0-9a-f]{64}/, 'file:X'))).toEqual([
      '/bin/sh -c #(nop)  ARG RELEASE',
      '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04',
      '/bin/sh -c #(nop) ADD file:X in / ',
      '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    ]);
    expect(m.config.config!.Labels).toEqual({ 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' });
  });

  it('manifest: OCI image manifest with the compressed layer sizes; index points at it', () => {
    const m = materialize(nginxAlpine);
    const man = JSON.parse(fromUtf8(m.manifest.bytes));
    expect(man.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(man.config).toEqual({ mediaType: 'application/vnd.oci.image.config.v1+json', digest: m.id, size: m.configBytes.length });
    expect(man.layers.map((l: { size: number }) => l.size)).toEqual(nginxAlpine.layers.map((l) => l.compressedSize));
    const idx = JSON.parse(fromUtf8(m.index.bytes));
    expect(idx.manifests[0]).toEqual({ mediaType: m.manifest.mediaType, digest: m.manifest.digest, size: m.manifest.size, platform: { architecture: 'amd64', os: 'linux' } });
  });

  it('tags resolve', () => {
    expect(findImage('library/alpine', 'latest')).toBe(alpine);
    expect(findImage('library/ubuntu', 'latest')).toBe(ubuntu);
    expect(findImage('library/nginx', 'alpine')).toBe(nginxAlpine);
    expect(findImage('library/alpine', 'nope')).toBeUndefined();
  });
});

describe('alpine:3.20 tree', () => {
  const fs = materialize(alpine).layers[0].tree;

  it('has the minirootfs top level', () => {
    expect(fs.readdir('/')).toEqual(['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
    expect(fs.lstat('/root')!.mode).toBe(0o700);
    expect(fs.lstat('/tmp')!.mode).toBe(0o1777);
  });

  it('/bin is busybox and its applet symlinks', () => {
    const bin = fs.readdir('/bin');
    for (const a of ['sh', 'ls', 'cat', 'mkdir', 'rm', 'echo', 'sed', 'grep', 'tar', 'busybox']) expect(bin).toContain(a);
    expect(fs.readlink('/bin/sh')).toBe('/bin/busybox');
    expect(fs.lstat('/bin/busybox')!.size).toBe(808_712);
    expect(stubOf(fs, '/bin/busybox')).toBe('busybox');
    expect(fs.readlink('/usr/bin/env')).toBe('/bin/busybox');
    expect(stubOf(fs, '/sbin/apk')).toBe('apk');
  });

  it('/etc and /lib hold what the real image has', () => {
    const etc = fs.readdir('/etc');
    for (const n of ['alpine-release', 'apk', 'fstab', 'group', 'hostname', 'hosts', 'motd', 'os-release', 'passwd', 'profile', 'shadow', 'shells', 'ssl']) expect(etc).toContain(n);
    expect(textOf(fs, '/etc/alpine-release')).toBe('3.20.3\n');
    expect(textOf(fs, '/etc/os-release')).toContain('PRETTY_NAME="Alpine Linux v3.20"');
    expect(textOf(fs, '/etc/passwd').split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/sh');
    expect(textOf(fs, '/etc/apk/repositories')).toBe('https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n');
    expect(fs.lstat('/etc/shadow')).toMatchObject({ mode: 0o640, gid: 42 });
    expect(fs.readdir('/lib')).toEqual(['apk', 'firmware', 'ld-musl-x86_64.so.1', 'libapk.so.2.14.0', 'libc.musl-x86_64.so.1', 'libcrypto.so.3', 'libssl.so.3', 'libz.so.1', 'libz.so.1.3.1', 'modules-load.d', 'sysctl.d']);
    const db = textOf(fs, '/lib/apk/db/installed');
    expect(db.match(/^P:/gm)).toHaveLength(14);
    expect(db).toContain('P:busybox\nV:1.36.1-r29\n');
  });
});

describe('busybox:latest tree', () => {
  const fs = materialize(busybox).layers[0].tree;
  it('/bin is one binary with a hard link per applet', () => {
    expect(fs.readdir('/')).toEqual(['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'root', 'tmp', 'usr', 'var']);
    const bb = fs.lstat('/bin/busybox')!;
    expect(fs.lstat('/bin/ls')!.ino).toBe(bb.ino);
    expect(bb.nlink).toBe(fs.readdir('/bin').length - 1); // all but getconf
    expect(bb.nlink).toBeGreaterThan(390);
    expect(stubOf(fs, '/bin/sh')).toBe('busybox');
    expect(fs.readlink('/lib64')).toBe('lib');
    expect(textOf(fs, '/etc/passwd').split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/sh');
    expect(fs.lstat('/home')).toMatchObject({ uid: 65534, gid: 65534 });
  });
  it('its layer tar archives the applets as hard links to the first name', () => {
    const entries = readTar(layerTar(fs));
    const first = entries.find((e) => e.header.name.startsWith('bin/') && e.header.type === 'file' && e.header.name !== 'bin/getconf')!;
    expect(first.header.name).toBe('bin/[');
    expect(entries.find((e) => e.header.name === 'bin/busybox')!.header).toMatchObject({ type: 'hardlink', linkname: 'bin/[' });
  });
});

describe('ubuntu:24.04 tree', () => {
  const fs = materialize(ubuntu).layers[0].tree;
  it('merged /usr, Ubuntu identity, GNU programs', () => {
    expect(fs.readdir('/')).toEqual(['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
    expect(fs.readlink('/bin')).toBe('usr/bin');
    expect(fs.readlink('/etc/os-release')).toBe('../usr/lib/os-release');
    expect(textOf(fs, '/usr/lib/os-release')).toContain('VERSION_ID="24.04"');
    expect(textOf(fs, '/etc/passwd')).toContain('ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash');
    expect(fs.lstat('/home/ubuntu')).toMatchObject({ uid: 1000, gid: 1000 });
    for (const p of ['ls', 'cat', 'cp', 'bash', 'grep', 'sed', 'find', 'tar', 'apt-get', 'dpkg']) expect(stubOf(fs, `/usr/bin/${p}`)).toBe(p);
    expect(stubOf(fs, '/usr/bin/mawk')).toBe('awk');
    expect(fs.readlink('/usr/bin/sh')).toBe('dash');
    expect(fs.lstat('/usr/bin/passwd')!.mode).toBe(0o4755);
    expect(fs.readdir('/etc')).toEqual(expect.arrayContaining(['apt', 'bash.bashrc', 'dpkg', 'group', 'passwd', 'shadow', 'skel']));
    expect(fs.lstat('/usr/lib/x86_64-linux-gnu/libc.so.6')!.kind).toBe('file');
  });
});

describe('nginx:alpine layers', () => {
  const m = materialize(nginxAlpine);
  it('shares the alpine layer', () => {
    expect(m.diffIDs[0]).toBe(materialize(alpine).diffIDs[0]);
    expect(m.layers[0]).toBe(materialize(alpine).layers[0]);
  });
  it('carries nginx config, html and the entrypoint scripts', () => {
    const slim = m.layers[1].tree;
    expect(textOf(slim, '/etc/nginx/nginx.conf')).toContain('user  nginx;\nworker_processes  auto;');
    expect(textOf(slim, '/etc/nginx/conf.d/default.conf')).toContain('root   /usr/share/nginx/html;');
    expect(textOf(slim, '/usr/share/nginx/html/index.html')).toContain('<h1>Welcome to nginx!</h1>');
    expect(stubOf(slim, '/usr/sbin/nginx')).toBe('nginx');
    expect(slim.readlink('/var/log/nginx/access.log')).toBe('/dev/stdout');
    expect(textOf(slim, '/etc/passwd')).toContain('nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin');
    const ep = m.layers[2].tree;
    expect(ep.readdir('/')).toEqual(['docker-entrypoint.sh']);
    expect(ep.lstat('/docker-entrypoint.sh')!.mode).toBe(0o755);
    expect(textOf(ep, '/docker-entrypoint.sh').startsWith('#!/bin/sh\n')).toBe(true);
    expect(m.layers[6].tree.readdir('/docker-entrypoint.d')).toEqual(['30-tune-worker-processes.sh']);
  });
});

describe('registering into the layer store', () => {
  it('registers each layer once, shares the base, leaves one reference on the top', () => {
    const store = new LayerStore({ clock: new VirtualClock(), random: new SeededRandom(7) });
    const a = registerImageLayers(store, materialize(alpine));
    const n = registerImageLayers(store, materialize(nginxAlpine));
    expect(n[0]).toBe(a[0]);
    expect(n.map((l) => l.chainID)).toEqual(materialize(nginxAlpine).chainIDs);
    expect(a[0].refCount).toBe(2); // alpine image + nginx's second layer
    expect(n[7].refCount).toBe(1);
    expect(store.layers()).toHaveLength(8);
    expect(n[7].size).toBe(materialize(nginxAlpine).layers[7].size);
  });
});
