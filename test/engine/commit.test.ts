/**
 * docker commit through a simulated host, including the seed 002 walk-through (change a file,
 * `docker diff`, commit, `docker history` of the new image). Expected texts recorded from the
 * docker 28.2.2 CLI on a real daemon with the same alpine image (3f4779f281b8); config bytes
 * follow moby v28.5.2 (image.go NewChildImage + MarshalJSON, ocispec History field order) where
 * the 20.10 recording daemon differs (its history order, `docker_version`, `NetworkDisabled`
 * from running without a bridge).
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { cells, imageHost } from './image-fixture.ts';
import { alpine, materialize } from '../../sandbox-engine/catalog/index.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { fromUtf8 } from '../../sandbox-engine/util/text.ts';
import { DIGEST_EMPTY_TAR } from '../../sandbox-engine/layer/digest.ts';

const A = materialize(alpine);
const A12 = A.id.slice(7, 19);

function hexSha(bytes: Uint8Array): string {
  return [...sha256(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('docker commit', () => {
  it('seed 002: diff after changing a file, commit, history of the new image', async () => {
    const h = await imageHost({ images: ['alpine'] });
    expect((await h.run("docker run --name sd alpine sh -c 'echo changed > /etc/motd'")).status).toBe(0);
    expect((await h.run('docker diff sd')).stdout).toBe('C /etc\nC /etc/motd\n');
    const r = await h.run('docker commit sd seeded');
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const id = r.stdout.trim();
    expect((await h.run('docker history seeded')).stdout).toBe(
      'IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT\n' +
        `${id.slice(7, 19)}   Less than a second ago   sh -c echo changed > /etc/motd                  8B        \n` +
        `${A12}   16 months ago            CMD ["/bin/sh"]                                 0B        buildkit.dockerfile.v0\n` +
        '<missing>      16 months ago            ADD alpine-minirootfs-3.20.3-x86_64.tar.gz /…   7.8MB     buildkit.dockerfile.v0\n',
    );
    expect((await h.run("docker history --no-trunc --format '{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}' seeded")).stdout).toBe(
      `${id}|sh -c echo changed > /etc/motd|8B|\n${A.id}|CMD ["/bin/sh"]|0B|buildkit.dockerfile.v0\n<missing>|ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit|7.8MB|buildkit.dockerfile.v0\n`,
    );
    expect(cells((await h.run('docker images seeded')).stdout)[1]).toEqual(['seeded', 'latest', id.slice(7, 19), 'Less than a second ago', '7.8MB']);
    expect((await h.run('docker run --rm seeded cat /etc/motd')).stdout).toBe('changed\n');
  });

  it('writes moby\'s config bytes: the image ID is their sha256', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name cm alpine sh -c 'echo hello > /greeting'");
    const id = (await h.run('docker commit cm greeted')).stdout.trim();
    const fs = h.host.fs(ROOT);
    const bytes = fs.readFile(`/var/lib/docker/image/overlay2/imagedb/content/sha256/${id.slice(7)}`);
    expect(`sha256:${hexSha(bytes)}`).toBe(id);
    const text = fromUtf8(bytes);
    const c = h.daemon.containers.get('cm');
    const cfg = JSON.parse(text);
    const created: string = cfg.created;
    const diffID: string = cfg.rootfs.diff_ids[1];
    const conf =
      `{"Hostname":"${c.id.slice(0, 12)}","Domainname":"","User":"","AttachStdin":false,"AttachStdout":true,"AttachStderr":true,"Tty":false,"OpenStdin":false,"StdinOnce":false,` +
      '"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh","-c","echo hello \\u003e /greeting"],"Image":"alpine","Volumes":null,"WorkingDir":"/","Entrypoint":null,"OnBuild":null,"Labels":{}}';
    expect(text).toBe(
      `{"architecture":"amd64","config":${conf},"container":"${c.id}","container_config":${conf},"created":"${created}","docker_version":"28.5.2",` +
        '"history":[{"created":"2024-09-06T12:05:36Z","created_by":"ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit","comment":"buildkit.dockerfile.v0"},' +
        '{"created":"2024-09-06T12:05:36Z","created_by":"CMD [\\"/bin/sh\\"]","comment":"buildkit.dockerfile.v0","empty_layer":true},' +
        `{"created":"${created}","created_by":"sh -c echo hello \\u003e /greeting"}],"os":"linux","rootfs":{"type":"layers","diff_ids":["${A.diffIDs[0]}","${diffID}"]}}`,
    );
    expect(created).toMatch(/^2026-01-05T09:00:\d\d(\.\d+)?Z$/);
    // The parent link (imagedb/metadata/<id>/parent) and the tag's lastUpdated.
    expect(fs.readText(`/var/lib/docker/image/overlay2/imagedb/metadata/sha256/${id.slice(7)}/parent`)).toBe(A.id);
    expect(fs.exists(`/var/lib/docker/image/overlay2/imagedb/metadata/sha256/${id.slice(7)}/lastUpdated`)).toBe(true);
    expect((await h.run("docker image inspect -f '{{len .RootFS.Layers}}' greeted")).stdout).toBe('2\n');
  });

  it('-m and -a go into history; --change edits the config (legacy builder dispatch)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name cm alpine sh -c 'echo hello > /greeting'");
    const changes = [
      `-c 'ENV A=1 B="two words" C=$A'`,
      `-c 'ENV D $B'`,
      `-c 'LABEL x=y "a b"=c'`,
      `-c 'EXPOSE 80 443/udp'`,
      `-c 'VOLUME /data'`,
      `-c 'VOLUME ["/v2", "/v3"]'`,
      `-c 'WORKDIR app'`,
      `-c 'WORKDIR sub'`,
      `-c 'USER nobody'`,
      `-c 'CMD echo hi'`,
      `-c 'HEALTHCHECK --interval=5s --retries=2 CMD true'`,
      `-c 'ONBUILD RUN echo $X'`,
      `-c 'ENTRYPOINT ["/bin/sh"]'`,
    ].join(' ');
    const id = (await h.run(`docker commit -m 'my msg' -a 'Me <me@x>' ${changes} cm`)).stdout.trim();
    const cfg = JSON.parse(fromUtf8(h.daemon.images.get(id).raw));
    // What a real daemon wrote for the same changes (recorded, docker 28.2.2 client).
    expect(cfg.author).toBe('Me <me@x>');
    expect(cfg.config).toMatchObject({
      User: 'nobody',
      ExposedPorts: { '443/udp': {}, '80/tcp': {} },
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1', 'B=two words', 'C=', 'D=two words'],
      Cmd: ['/bin/sh', '-c', 'echo hi'],
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 5000000000, Retries: 2 },
      Volumes: { '/data': {}, '/v2': {}, '/v3': {} },
      WorkingDir: '/app/sub',
      Entrypoint: ['/bin/sh'],
      OnBuild: ['RUN echo $X'],
      Labels: { 'a b': 'c', x: 'y' },
    });
    expect(cfg.container_config.Cmd).toEqual(['sh', '-c', 'echo hello > /greeting']);
    expect(cfg.history[2]).toEqual({ created: cfg.created, created_by: 'sh -c echo hello > /greeting', author: 'Me <me@x>', comment: 'my msg' });
    const r = await h.run(`docker history --format '{{.CreatedBy}}|{{.Comment}}' ${id.slice(7, 19)}`);
    expect(r.stdout.split('\n')[0]).toBe('sh -c echo hello > /greeting|my msg');
  });

  it('--change errors (texts from BuildKit\'s parser and moby builder.go)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker create --name cm alpine');
    const err = async (c: string) => (await h.run(`docker commit -c '${c}' cm`)).stderr;
    // Engine 28 keeps the instruction as written (20.10 lower-cased it: `run is not ...`).
    expect(await err('RUN echo')).toBe('Error response from daemon: RUN is not a valid change command\n');
    expect(await err('')).toBe('Error response from daemon: file with no instructions\n');
    expect(await err('ENV')).toBe('Error response from daemon: ENV requires at least one argument\n');
    expect(await err('ENV A')).toBe('Error response from daemon: ENV must have two arguments\n');
    expect(await err('ENV A=1 B')).toBe('Error response from daemon: Syntax error - can\'t find = in "B". Must be of the form: name=value\n');
    expect(await err('EXPOSE')).toBe('Error response from daemon: EXPOSE requires at least one argument\n');
    expect(await err('EXPOSE abc')).toBe('Error response from daemon: Invalid containerPort: abc\n');
    expect(await err('USER')).toBe('Error response from daemon: USER requires exactly one argument\n');
    expect(await err('WORKDIR')).toBe('Error response from daemon: WORKDIR requires exactly one argument\n');
    expect(await err('CMD ["a", 1]')).toBe('Error response from daemon: when using JSON array syntax, arrays must be comprised of strings only\n');
    expect(await err('VOLUME')).toBe('Error response from daemon: VOLUME requires at least one argument\n');
    expect(await err('LABEL')).toBe('Error response from daemon: LABEL requires at least one argument\n');
    expect(await err('HEALTHCHECK')).toBe('Error response from daemon: HEALTHCHECK requires at least one argument\n');
    expect(await err('HEALTHCHECK FOO')).toBe('Error response from daemon: Unknown type "FOO" in HEALTHCHECK (try CMD)\n');
    expect(await err('HEALTHCHECK --interval=x CMD true')).toBe('Error response from daemon: time: invalid duration "x"\n');
    expect(await err('ONBUILD')).toBe('Error response from daemon: ONBUILD requires at least one argument\n');
    expect(await err('ONBUILD ONBUILD RUN x')).toBe('Error response from daemon: Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed\n');
    expect(await err('ONBUILD FROM x')).toBe("Error response from daemon: FROM isn't allowed as an ONBUILD trigger\n");
    expect(await err('# comment')).toBe('Error response from daemon: file with no instructions\n');
    // Engine 28 accepts STOPSIGNAL (builder.go validCommitCommands); the value must be a signal.
    expect(await err('STOPSIGNAL FOO')).toBe('Error response from daemon: invalid signal: FOO\n');
    expect((await h.run("docker commit -c 'STOPSIGNAL SIGQUIT' cm")).status).toBe(0);
  });

  it('other errors', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker create --name cm alpine');
    const run = async (l: string) => {
      const r = await h.run(l);
      return [r.stderr, r.status];
    };
    expect(await run('docker commit nope')).toEqual(['Error response from daemon: No such container: nope\n', 1]);
    expect(await run('docker commit cm Bad')).toEqual(['invalid reference format: repository name (library/Bad) must be lowercase\n', 1]);
    expect(await run(`docker commit cm x@${A.repoDigest}`)).toEqual(['refusing to create a tag with a digest reference\n', 1]);
    expect(await run('docker commit cm sha256:x')).toEqual(['Error response from daemon: refusing to create an ambiguous tag using digest algorithm as name\n', 1]);
  });

  it('no changes: an empty_layer history entry and no new layer', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker run --name emp alpine true');
    const id = (await h.run('docker commit emp empty')).stdout.trim();
    const cfg = JSON.parse(fromUtf8(h.daemon.images.get(id).raw));
    expect(cfg.rootfs.diff_ids).toEqual(A.diffIDs);
    expect(cfg.history[2]).toEqual({ created: cfg.created, created_by: 'true', empty_layer: true });
    expect((await h.run('docker history empty')).stdout.split('\n')[1]).toMatch(/^[0-9a-f]{12} {3}Less than a second ago {3}true {44}0B {8}$/);
    expect((await h.run("docker image inspect -f '{{len .RootFS.Layers}}' empty")).stdout).toBe('1\n');
    // The empty layer was registered and given back: only alpine's layer is left.
    expect(h.daemon.layers.layers().map((l) => l.diffID)).toEqual(A.diffIDs);
    expect(h.daemon.layers.layers().some((l) => l.diffID === DIGEST_EMPTY_TAR)).toBe(false);
  });

  it('a running container can be committed; two commits of one container differ in time', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run -d --name run1 alpine sh -c 'echo x > /x; sleep 300'");
    const a = (await h.run('docker commit run1 t:1')).stdout.trim();
    const b = (await h.run('docker commit run1 t:1')).stdout.trim();
    expect(a).not.toBe(b);
    expect((await h.run("docker images --filter dangling=true -q")).stdout).toBe(`${a.slice(7, 19)}\n`);
    // Both images share the one layer the two identical diffs make.
    const layers = h.daemon.layers.layers();
    expect(layers).toHaveLength(2);
    expect((await h.run('docker rmi t:1')).stdout).toBe(`Untagged: t:1\nDeleted: ${b}\n`);
  });
});
