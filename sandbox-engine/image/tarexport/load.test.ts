/**
 * docker load. Texts recorded with the 28.2.2 CLI on Docker 20.10.24 (stdout a pipe, so the CLI
 * asks for quiet output), where 20.10 and Engine 28 share the code (load.go); the differences are
 * noted where the test uses Engine 28's text:
 * - a damaged tar: 20.10 unpacked in a re-executed process and said `Error processing tar
 *   file(exit status 1): unexpected EOF`; go-archive v0.1.0 (Engine 28) unpacks in-process and
 *   returns the tar reader's error as it is (chrootarchive/archive_linux.go doUnpack);
 * - a `null` manifest: 20.10 printed a blank line; 28 refuses it (load.go validateManifest).
 * The terminal rendering was recorded with `script` (a pty of 120 and 80 columns, a 3 MB layer):
 * `\r\n\e[1A\e[2K\r7c3ff5615eb9: Loading layer [>   …]  32.77kB/3.011MB\r\e[1B` … then the full bar
 * and `Loaded image: …`; the reports in between depend on time (load.ts loadingProgress).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imageHost, type ImageHost } from '../../../test/engine/image-fixture.ts';
import { readTar, writeTar, type TarEntry } from '../../archive/tar.ts';
import { digestOf } from '../../layer/digest.ts';
import { fromUtf8, utf8 } from '../../util/text.ts';
import { ROOT } from '../../vfs/types.ts';
import { saveImages } from './save.ts';
import { createHost } from '../../host/host.ts';
import { createSession } from '../../shell/session.ts';

const HOME = '/home/student';

function put(h: ImageHost, name: string, data: Uint8Array): void {
  h.host.fs(ROOT).writeFile(`${HOME}/${name}`, data, { mode: 0o644 });
}

/** An archive with entries changed: `edit` maps each entry to a new one (or null to drop it). */
function rewrite(tar: Uint8Array, edit: (e: TarEntry) => { name: string; data: Uint8Array } | null): Uint8Array {
  const out: Array<{ header: TarEntry['header']; body?: Uint8Array }> = [];
  for (const e of readTar(tar)) {
    if (e.header.type !== 'file') {
      out.push({ header: e.header });
      continue;
    }
    const r = edit(e);
    if (r) out.push({ header: { ...e.header, name: r.name, size: r.data.length }, body: r.data });
  }
  return writeTar(out);
}

const withManifest = (tar: Uint8Array, text: string) => rewrite(tar, (e) => (e.header.name === 'manifest.json' ? { name: e.header.name, data: utf8(text) } : { name: e.header.name, data: e.data }));

async function run(h: ImageHost, line: string): Promise<[string, string, number]> {
  const r = await h.run(line);
  return [r.stdout, r.stderr, r.status];
}

const ID = /sha256:[0-9a-f]{64}/;
const SCRATCH = /\/var\/lib\/docker\/tmp\/docker-import-\d+/;

describe('docker load', () => {
  it('restores what docker save wrote: same image ID, DiffIDs and tags (pull, commit, build)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name c1 alpine sh -c 'rm /etc/motd /etc/shells /etc/profile; echo hi > /tmp/x; ln /tmp/x /tmp/y'");
    await h.run('docker commit c1 committed:v1');
    await h.run("docker build -q -t built - <<'EOF'\nFROM alpine\nRUN rm -rf /etc/apk && touch /f\nRUN rm /etc/motd /etc/shells\nEOF");
    const refs = ['alpine', 'committed:v1', 'built'];
    const inspect = async () => (await h.run(`docker image inspect -f '{{.Id}} {{.RootFS.Layers}} {{.RepoTags}}' ${refs.join(' ')}`)).stdout;
    const before = await inspect();
    expect(await run(h, `docker save -o all.tar ${refs.join(' ')}`)).toEqual(['', '', 0]);
    await h.run('docker rm c1');
    await h.run(`docker rmi ${refs.join(' ')}`);
    expect((await h.run('docker images -q')).stdout).toBe('');
    expect(await run(h, 'docker load -i all.tar')).toEqual(['Loaded image: alpine:latest\nLoaded image: committed:v1\nLoaded image: built:latest\n', '', 0]);
    expect(await inspect()).toBe(before);
    // Loading again changes nothing; `< file`, a pipe and -q print the same.
    expect(await run(h, 'docker load < all.tar')).toEqual(['Loaded image: alpine:latest\nLoaded image: committed:v1\nLoaded image: built:latest\n', '', 0]);
    expect(await run(h, 'docker save alpine | docker load -q')).toEqual(['Loaded image: alpine:latest\n', '', 0]);
    expect((await h.run('docker run --rm committed:v1 cat /tmp/y')).stdout).toBe('hi\n');
  });

  it('moved tags, untagged images, a tar retarred by hand, gzip', async () => {
    const h = await imageHost({ images: ['alpine', 'busybox'] });
    const alpineID = h.daemon.refs.get({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' });
    const bbID = h.daemon.refs.get({ domain: 'docker.io', path: 'library/busybox', tag: 'latest' });
    await h.run('docker tag alpine one:x; docker save one:x > one.tar; docker tag busybox one:x');
    expect(await run(h, 'docker load -i one.tar')).toEqual([`The image one:x already exists, renaming the old one with ID ${bbID} to empty string\nLoaded image: one:x\n`, '', 0]);
    await h.run(`docker save ${alpineID.slice(7, 19)} -o byid.tar`);
    expect(await run(h, 'docker load -i byid.tar')).toEqual([`Loaded image ID: ${alpineID}\n`, '', 0]);
    // moby prints the ID lines only when the last entry had no tags: then all of them.
    await h.run(`docker save busybox ${alpineID.slice(7, 19)} -o mixed.tar`);
    expect((await run(h, 'docker load -i mixed.tar'))[0]).toBe(`Loaded image: busybox:latest\nLoaded image ID: ${bbID}\nLoaded image ID: ${alpineID}\n`);
    // Unpacked and packed again with the shell's tar (./ names, user names, 10 KiB records).
    expect(await run(h, 'mkdir x && tar xf one.tar -C x && tar cf again.tar -C x . && docker rmi one:x alpine >/dev/null && docker load -i again.tar')).toEqual(['Loaded image: one:x\n', '', 0]);
    put(h, 'one.tar.gz', gzipSync(h.host.fs(ROOT).readFile(`${HOME}/one.tar`)));
    expect(await run(h, 'docker load -i one.tar.gz')).toEqual(['Loaded image: one:x\n', '', 0]);
    expect((await h.run('docker image inspect -f {{.Id}} one:x')).stdout).toBe(`${alpineID}\n`);
  });

  it('an archive from Docker 20.10 without manifest.json (the legacy layout)', async () => {
    // testdata/docker20-legacy-two.tar: `docker save` of a two-layer image on 20.10 (an import,
    // then a legacy-builder COPY, ENV and CMD) with manifest.json taken out; 20.10 loaded it as
    // these two images (`docker images -a --no-trunc`, `docker history`, `docker inspect`).
    const h = await imageHost();
    put(h, 'legacy.tar', new Uint8Array(readFileSync(resolve(import.meta.dirname, 'testdata/docker20-legacy-two.tar'))));
    expect(await run(h, 'docker load -i legacy.tar')).toEqual(['', '', 0]);
    expect((await h.run("docker image inspect -f '{{.Id}} {{.Parent}} {{.RootFS.Layers}}' sv5/two:1")).stdout).toBe(
      'sha256:16b7c2f72b5209646f3da166e23fa27b2f8bc343df79ea230e08955f02c91528 sha256:966a756d71aad7da6db947c74096bbda9f25bb095f9d09de290e5d7aad845166 [sha256:82c00aa78ced3b938dd6d8bdf4fad91dd86e0c172c433fcd468fbf22f9a508b0 sha256:44845abab6566d0eaa8fd81343136a10b2e698f4012032eba1aaa6d46b9d80af]\n',
    );
    expect((await h.run("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' sv5/two:1")).stdout).toBe('/bin/sh -c #(nop)  CMD ["x"]|6B\n|12B\n');
  });

  it('errors from the archive, recorded (Engine 28 texts where noted)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker save alpine -o a.tar');
    const a = h.host.fs(ROOT).readFile(`${HOME}/a.tar`);
    expect(await run(h, 'docker load -i missing.tar')).toEqual(['', 'open missing.tar: no such file or directory\n', 1]);
    const empty = await run(h, 'docker load < /dev/null');
    expect(empty[1].replace(SCRATCH, '<scratch>')).toBe('open <scratch>/repositories: no such file or directory\n');
    expect(empty[2]).toBe(1);
    expect(await run(h, 'head -c 1000 a.tar > trunc.tar; docker load -i trunc.tar')).toEqual(['', 'unexpected EOF\n', 1]);
    expect(await run(h, 'echo hello > txt.tar; docker load -i txt.tar')).toEqual(['', 'unexpected EOF\n', 1]);
    put(h, 'junk.tar', new Uint8Array(1024).fill(65));
    expect(await run(h, 'docker load -i junk.tar')).toEqual(['', 'archive/tar: invalid tar header\n', 1]);
    expect(await run(h, 'docker load -i /tmp')).toEqual(['', 'error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/images/load?quiet=1": read /tmp: is a directory\n', 1]);
    expect(await run(h, 'docker load extra')).toEqual(['', "docker: 'docker load' accepts no arguments\n\nUsage:  docker load [OPTIONS]\n\nRun 'docker load --help' for more information\n", 1]);

    const manifest = JSON.parse(fromUtf8(readTar(a).find((e) => e.header.name === 'manifest.json')!.data)) as Array<Record<string, unknown>>;
    const variant = async (name: string, text: string) => {
      put(h, name, withManifest(a, text));
      return run(h, `docker load -i ${name}`);
    };
    expect(await variant('nolayers.tar', JSON.stringify([{ ...manifest[0], Layers: [] }]))).toEqual(['', 'invalid manifest, layers length mismatch: expected 0, got 1\n', 1]);
    expect(await variant('null.tar', 'null\n')).toEqual(['', 'invalid manifest, manifest cannot be null (but can be [])\n', 1]);
    expect(await variant('none.tar', '[]\n')).toEqual(['\n', '', 0]);
    expect(await variant('open.tar', '{\n')).toEqual(['', 'unexpected EOF\n', 1]);
    const noconfig = await variant('noconfig.tar', JSON.stringify([{ ...manifest[0], Config: 'nosuch.json' }]));
    expect([noconfig[1].replace(SCRATCH, '<scratch>'), noconfig[2]]).toEqual(['open <scratch>/nosuch.json: no such file or directory\n', 1]);

    // A changed layer (a byte appended after the end of the archive) no longer has the DiffID.
    const diffID = h.daemon.images.get(h.daemon.refs.get({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' })).config.rootfs.diff_ids[0];
    const layerName = `blobs/sha256/${diffID.slice(7)}`;
    const changed = rewrite(a, (e) => ({ name: e.header.name, data: e.header.name === layerName ? new Uint8Array([...e.data, 0x78, 0x0a]) : e.data }));
    await h.run('docker rmi alpine');
    put(h, 'changed.tar', changed);
    const got = digestOf(new Uint8Array([...readTar(a).find((e) => e.header.name === layerName)!.data, 0x78, 0x0a]));
    expect(await run(h, 'docker load -i changed.tar')).toEqual(['', `invalid diffID for layer 0: expected "${diffID}", got "${got}"\n`, 1]);
    // The layer it registered was given back.
    expect(h.daemon.layers.layers()).toEqual([]);
    expect(h.host.fs(ROOT).readdir('/var/lib/docker/image/overlay2/layerdb/sha256')).toEqual([]);
  });

  it('JSON errors in manifest.json are Go decoder errors (checked with Go 1.23 encoding/json)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker save alpine -o a.tar');
    const a = h.host.fs(ROOT).readFile(`${HOME}/a.tar`);
    const cases: Array<[string, string]> = [
      ['', 'EOF'],
      ['{}', 'json: cannot unmarshal object into Go value of type []tarexport.manifestItem'],
      ['[1]', 'json: cannot unmarshal number into Go value of type tarexport.manifestItem'],
      ['[{"Config":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.Config of type string'],
      ['[{"RepoTags":"a"}]', 'json: cannot unmarshal string into Go struct field manifestItem.RepoTags of type []string'],
      ['[{"RepoTags":[1]}]', 'json: cannot unmarshal number into Go struct field manifestItem.RepoTags of type string'],
      ['[{"Parent":1}]', 'json: cannot unmarshal number into Go struct field manifestItem.Parent of type image.ID'],
      ['[{"LayerSources":[]}]', 'json: cannot unmarshal array into Go struct field manifestItem.LayerSources of type map[layer.DiffID]distribution.Descriptor'],
      ['[{"Config":"a",}]', "invalid character '}' looking for beginning of object key string"],
      ['[{"Config" "a"}]', 'invalid character \'"\' after object key'],
      ['[{"Config":"a" "b"}]', 'invalid character \'"\' after object key:value pair'],
      ['[1 2]', "invalid character '2' after array element"],
      ['[tru]', "invalid character ']' in literal true (expecting 'e')"],
      ['["a\nb"]', "invalid character '\\n' in string literal"],
      ['["\\x"]', "invalid character 'x' in string escape code"],
      ['[1.]', "invalid character ']' after decimal point in numeric literal"],
      ["'a'", "invalid character '\\'' looking for beginning of value"],
    ];
    for (const [i, [text, msg]] of cases.entries()) {
      put(h, `m${i}.tar`, withManifest(a, text));
      expect(await run(h, `docker load -i m${i}.tar`)).toEqual(['', `${msg}\n`, 1]);
    }
    // Field names match case-insensitively, as Go's do.
    put(h, 'lower.tar', withManifest(a, fromUtf8(readTar(a).find((e) => e.header.name === 'manifest.json')!.data).replace('"Config"', '"config"')));
    expect(await run(h, 'docker load -i lower.tar')).toEqual(['Loaded image: alpine:latest\n', '', 0]);
  });

  it('a terminal shows the Loading layer bar: the first report past 1% of the file, then the end', async () => {
    for (const [columns, bar] of [
      [120, '[==================================================>] '],
      [80, ''],
    ] as const) {
      const h = await imageHost({ images: ['alpine'], tty: true, columns });
      const diffID = h.daemon.images.get(h.daemon.refs.get({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' })).config.rootfs.diff_ids[0];
      await h.run('docker save alpine -o a.tar; docker rmi alpine > /dev/null');
      const r = await h.run('docker load -i a.tar');
      const id = diffID.slice(7, 19);
      const first = columns > 110 ? '[>                                                  ] ' : '';
      expect(r.stdout.replace(/\r\n/g, '\n')).toBe(
        `\n\x1b[1A\x1b[2K\r${id}: Loading layer ${first}  98.3kB/8.078MB\r\x1b[1B` + `\x1b[1A\x1b[2K\r${id}: Loading layer ${bar} 8.078MB/8.078MB\r\x1b[1B` + 'Loaded image: alpine:latest\n',
      );
      expect((await h.run('docker load -q -i a.tar')).stdout.replace(/\r\n/g, '\n')).toBe('Loaded image: alpine:latest\n');
    }
  });

  it('stdin a terminal: refused (recorded with script)', async () => {
    const host = createHost({ seed: 1 });
    let out = '';
    const keyboard = { isTTY: true, read: async () => null, readAll: async () => new Uint8Array(0) };
    const session = createSession({ host, tty: true, stdin: keyboard, onOutput: (t) => (out += t) });
    const r = await session.input('docker load');
    expect([out.replace(/\r\n/g, '\n'), r.kind === 'done' && r.status]).toEqual(['requested load from stdin, but stdin is empty\n', 1]);
  });
});

describe('docker import', () => {
  it('docker export | docker import: one layer, comment `Imported from -`, no command', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker create --name cc alpine');
    const r = await run(h, 'docker export cc | docker import - myimg');
    expect(r[0]).toMatch(new RegExp(`^${ID.source}\n$`));
    expect(r.slice(1)).toEqual(['', 0]);
    expect((await h.run("docker history --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' myimg")).stdout).toBe('|7.8MB|Imported from -\n');
    expect((await h.run("docker image inspect -f '{{json .Config}}|{{.Comment}}|{{.DockerVersion}}|{{len .RootFS.Layers}}' myimg")).stdout).toBe(
      // Recorded: `{}` for an import without changes (the API leaves empty fields out).
      '{}|Imported from -|28.5.2|1\n',
    );
    expect((await h.run('docker run --rm myimg cat /etc/alpine-release')).stdout).toBe('3.20.3\n');
    // The config as moby writes it (keys sorted; an empty container_config; one history entry).
    const img = h.daemon.images.get(h.daemon.refs.get({ domain: 'docker.io', path: 'library/myimg', tag: 'latest' }));
    const created = img.config.created!;
    const empty = '{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}';
    expect(fromUtf8(img.raw)).toBe(
      `{"architecture":"amd64","comment":"Imported from -","config":${empty},"container_config":${empty},"created":"${created}","docker_version":"28.5.2","history":[{"created":"${created}","comment":"Imported from -"}],"os":"linux","rootfs":{"type":"layers","diff_ids":["${img.layer!.diffID}"]}}`,
    );
    // A layer imported from any tar is saved again byte for byte.
    const saved = readTar(await saveImages(h.daemon, ['myimg']));
    expect(digestOf(saved.find((e) => e.header.name === `blobs/sha256/${img.layer!.diffID.slice(7)}`)!.data)).toBe(img.layer!.diffID);
  });

  it('-c and -m, a file, a shell-made tar; errors recorded', async () => {
    const h = await imageHost();
    await h.run('mkdir -p r/etc && echo hi > r/etc/hi && tar cf r.tar -C r .');
    expect((await run(h, `docker import -c 'CMD ["/bin/sh"]' -m 'my msg' r.tar mine:2`))[0]).toMatch(new RegExp(`^${ID.source}\n$`));
    expect((await h.run("docker history --format '{{.CreatedBy}}|{{.Comment}}' mine:2")).stdout).toBe('|my msg\n');
    expect((await h.run("docker image inspect -f '{{json .Config.Cmd}} {{.Comment}}' mine:2")).stdout).toBe('["/bin/sh"] my msg\n');
    await h.run('docker import r.tar mine:4 -c "ENV A=1" -c "EXPOSE 80" -c "WORKDIR /x" -c "LABEL a=b"');
    expect((await h.run("docker image inspect -f '{{json .Config.ExposedPorts}} {{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.Labels}}' mine:4")).stdout).toBe('{"80/tcp":{}} ["A=1"] /x {"a":"b"}\n');
    // The shell's tar (with its 10 KiB padding) is the layer: its sha256 is the DiffID, and save gives it back.
    const tar = h.host.fs(ROOT).readFile(`${HOME}/r.tar`);
    const img = h.daemon.images.get(h.daemon.refs.get({ domain: 'docker.io', path: 'library/mine', tag: '2' }));
    expect(img.layer!.diffID).toBe(digestOf(tar));
    const saved = readTar(await saveImages(h.daemon, ['mine:2']));
    expect(saved.find((e) => e.header.name === `blobs/sha256/${digestOf(tar).slice(7)}`)!.data).toEqual(tar);
    // An empty input is an empty layer (recorded: the sha256 of nothing).
    await h.run('docker import - emptyimg < /dev/null');
    expect((await h.run("docker image inspect -f '{{.RootFS.Layers}} {{.Size}}' emptyimg")).stdout).toBe('[sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855] 0\n');

    expect(await run(h, 'docker import missing.tar')).toEqual(['', 'open missing.tar: no such file or directory\n', 1]);
    // 20.10 names the instruction in lower case (its parser's node value); Engine 28 as written
    // (BuildKit's parser, moby v28.5.2 builder/dockerfile/builder.go:343).
    expect(await run(h, 'docker import -c "RUN echo" r.tar')).toEqual(['', 'Error response from daemon: RUN is not a valid change command\n', 1]);
    expect(await run(h, 'docker import r.tar Sv5/Bad')).toEqual(['', 'invalid reference format: repository name (Bad) must be lowercase\n', 1]);
    expect(await run(h, `docker import r.tar sv5/imp@sha256:${'a'.repeat(64)}`)).toEqual(['', 'Error response from daemon: cannot import digest reference\n', 1]);
    // 20.10: `Error processing tar file(exit status 1): unexpected EOF` (see the load tests).
    expect(await run(h, 'echo hello > txt.tar; docker import txt.tar')).toEqual(['', 'Error response from daemon: unexpected EOF\n', 1]);
    expect(await run(h, 'head -c 600 r.tar > t600.tar; docker import t600.tar')).toEqual(['', 'Error response from daemon: unexpected EOF\n', 1]);
    expect(await run(h, 'docker import /tmp')).toEqual(['', 'error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/images/create?fromSrc=-": read /tmp: is a directory\n', 1]);
    expect((await run(h, 'docker import'))[1]).toBe("docker: 'docker import' requires at least 1 argument\n\nUsage:  docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]\n\nSee 'docker import --help' for more information\n");
  });
});
