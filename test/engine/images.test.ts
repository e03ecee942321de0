/**
 * docker pull / images / history / tag / rmi through a simulated host. Expected texts were
 * recorded from the docker 28.2.2 CLI on a real daemon serving the same catalog images (image IDs
 * 3f4779f281b8 alpine, f49162fdda60 busybox are the same there); relative times differ because the
 * simulated clock starts on 2026-01-05, and the real daemon is 20.10 where noted.
 */
import { describe, expect, it } from 'vitest';
import { cells, imageHost } from './image-fixture.ts';
import { materialize, alpine, busybox } from '../../sandbox-engine/catalog/index.ts';
import { layerProgressID } from '../../sandbox-engine/registry/index.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';

const A = materialize(alpine);
const B = materialize(busybox);
const A12 = A.id.slice(7, 19);
const B12 = B.id.slice(7, 19);

describe('docker pull', () => {
  it('a fresh pull, then an up-to-date one (non-TTY output)', async () => {
    const h = await imageHost();
    const id = layerProgressID(B.layers[0].blob.digest);
    let r = await h.run('docker pull busybox');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'Using default tag: latest',
        'latest: Pulling from library/busybox',
        `${id}: Pulling fs layer`,
        `${id}: Verifying Checksum`,
        `${id}: Download complete`,
        `${id}: Pull complete`,
        `Digest: ${B.repoDigest}`,
        'Status: Downloaded newer image for busybox:latest',
        'docker.io/library/busybox:latest',
        '',
      ].join('\n'),
    );
    r = await h.run('docker pull busybox:latest');
    expect(r.stdout).toBe(`latest: Pulling from library/busybox\nDigest: ${B.repoDigest}\nStatus: Image is up to date for busybox:latest\ndocker.io/library/busybox:latest\n`);
    expect((await h.run('docker pull -q busybox')).stdout).toBe('docker.io/library/busybox:latest\n');
  });

  it('registers the layers, the config, the tag and the repo digest under /var/lib/docker', async () => {
    const h = await imageHost({ images: ['alpine'] });
    const fs = h.host.fs(ROOT);
    const root = '/var/lib/docker/image/overlay2';
    expect(fs.readText(`${root}/layerdb/sha256/${A.chainIDs[0].slice(7)}/diff`)).toBe(A.diffIDs[0]);
    expect(fs.readFile(`${root}/imagedb/content/sha256/${A.id.slice(7)}`)).toEqual(A.configBytes);
    const repos = JSON.parse(fs.readText(`${root}/repositories.json`));
    expect(repos).toEqual({ Repositories: { alpine: { 'alpine:latest': A.id, [`alpine@${A.repoDigest}`]: A.id } } });
    const cache = fs.readText(`${root}/layerdb/sha256/${A.chainIDs[0].slice(7)}/cache-id`);
    expect(fs.readdir(`/var/lib/docker/overlay2/${cache}`)).toEqual(['diff', 'link']);
  });

  it('a second tag of a present image: nothing downloaded, but the tag is new', async () => {
    const h = await imageHost({ images: ['alpine'] });
    const r = await h.run('docker pull alpine:3.20');
    expect(r.stdout).toBe(`3.20: Pulling from library/alpine\nDigest: ${A.repoDigest}\nStatus: Downloaded newer image for alpine:3.20\ndocker.io/library/alpine:3.20\n`);
  });

  it('layers already present show Already exists', async () => {
    const h = await imageHost({ images: ['alpine'] });
    const r = await h.run('docker pull nginx:alpine');
    expect(r.stdout.split('\n')[1]).toBe(`${layerProgressID(A.layers[0].blob.digest)}: Already exists`);
    expect(r.stdout).toContain('Status: Downloaded newer image for nginx:alpine\n');
  });

  it('-a pulls every tag and ends with one status line for the repository', async () => {
    const h = await imageHost();
    const r = await h.run('docker pull -a alpine');
    // Recorded form (docker 28.2.2, `docker pull -a alpine`): per tag `<tag>: Pulling from` and
    // `Digest:`, one `Status: Downloaded newer image for alpine`, then `docker.io/library/alpine`.
    expect(r.stdout).toMatch(/^3\.20: Pulling from library\/alpine\n/);
    expect(r.stdout.match(/Pulling from/g)).toHaveLength(3);
    expect(r.stdout.endsWith('Status: Downloaded newer image for alpine\ndocker.io/library/alpine\n')).toBe(true);
  });

  it('errors (texts recorded from docker 28.2.2)', async () => {
    const h = await imageHost();
    let r = await h.run('docker pull Alpine');
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'invalid reference format: repository name (library/Alpine) must be lowercase\n', 1]);
    r = await h.run('docker pull -a alpine:3.20');
    expect([r.stderr, r.status]).toEqual(["tag can't be used with --all-tags/-a\n", 1]);
    r = await h.run('docker pull scratch');
    expect([r.stdout, r.stderr, r.status]).toEqual(['Using default tag: latest\n', "Error response from daemon: 'scratch' is a reserved name\n", 1]);
    r = await h.run('docker pull nosuchimage');
    expect(r.stderr).toBe(
      "Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
    );
    r = await h.run('docker pull alpine:nope');
    expect(r.stderr).toBe('Error response from daemon: manifest for alpine:nope not found: manifest unknown: manifest unknown\n');
  });

  it('on a terminal each layer line is redrawn in place', async () => {
    const h = await imageHost({ tty: true });
    const r = await h.run('docker pull busybox');
    const id = layerProgressID(B.layers[0].blob.digest);
    expect(r.stdout).toContain(`\x1b[1A\x1b[2K\r${id}: Pulling fs layer \r\x1b[1B`);
    expect(r.stdout).toMatch(new RegExp(`${id}: Downloading +[0-9.]+[kM]B/[0-9.]+[kM]B\\r`));
    expect(r.stdout).toContain(`\x1b[1A\x1b[2K\r${id}: Pull complete \r\x1b[1B`);
  });

  it('docker run of a missing image pulls it, the progress on stderr', async () => {
    const h = await imageHost();
    const r = await h.run('docker run --rm busybox echo hi');
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(["Unable to find image 'busybox:latest' locally", 'latest: Pulling from library/busybox']);
    expect(r.stderr.endsWith('Status: Downloaded newer image for busybox:latest\n')).toBe(true);
    expect(r.status).toBe(0);
  });
});

describe('docker images', () => {
  it('the default table, newest first, one row per tag', async () => {
    const h = await imageHost({ images: ['alpine', 'alpine:3.20', 'busybox'] });
    const r = await h.run('docker images');
    expect(r.stdout).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\n' +
        `busybox      latest    ${B12}   15 months ago   4.27MB\n` +
        `alpine       3.20      ${A12}   16 months ago   7.8MB\n` +
        `alpine       latest    ${A12}   16 months ago   7.8MB\n`,
    );
  });

  it('--digests, -q, --no-trunc, a name, --format json', async () => {
    const h = await imageHost({ images: ['alpine', 'busybox'] });
    expect(cells((await h.run('docker images --digests')).stdout)[2]).toEqual(['alpine', 'latest', A.repoDigest, A12, '16 months ago', '7.8MB']);
    expect((await h.run('docker images -q')).stdout).toBe(`${B12}\n${A12}\n`);
    expect((await h.run('docker images -q --no-trunc alpine')).stdout).toBe(`${A.id}\n`);
    expect((await h.run("docker images --format '{{.Repository}}:{{.Tag}} {{.Containers}}' alpine")).stdout).toBe('alpine:latest 0\n');
    // docker 28.2.2 against a 20.10 daemon prints Containers N/A (API < 1.51); 28 counts them.
    expect((await h.run('docker images --format json busybox')).stdout).toBe(
      `{"Containers":"0","CreatedAt":"2024-09-26 21:31:42 +0000 UTC","CreatedSince":"15 months ago","Digest":"\\u003cnone\\u003e","ID":"${B12}","Repository":"busybox","SharedSize":"N/A","Size":"4.27MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"4.27MB"}\n`,
    );
    expect((await h.run("docker images --format 'table {{.ID}}' --digests")).stdout).toBe(
      `IMAGE ID       DIGEST\n${B12}   ${B.repoDigest}\n${A12}   ${A.repoDigest}\n`,
    );
  });

  it('filters: reference, since, before, label, dangling; their errors', async () => {
    const h = await imageHost({ images: ['alpine', 'alpine:3.20', 'busybox', 'nginx:alpine'] });
    const rows = async (args: string) => (await h.run(`docker images --format '{{.Repository}}:{{.Tag}}' ${args}`)).stdout.trim().split('\n');
    expect(await rows("-f reference='alp*'")).toEqual(['alpine:3.20', 'alpine:latest']);
    expect(await rows("-f reference='*:3.20'")).toEqual(['alpine:3.20']);
    expect(await rows('-f since=busybox')).toEqual(['nginx:alpine']);
    expect(await rows('-f before=nginx:alpine')).toEqual(['busybox:latest', 'alpine:3.20', 'alpine:latest']);
    expect(await rows('--filter label=maintainer')).toEqual(['nginx:alpine']);
    let r = await h.run('docker images --filter bogus=x');
    // 20.10 says `Invalid filter`; Engine 28 (api/types/filters/errors.go) lower-cases it.
    expect([r.stderr, r.status]).toEqual(["Error response from daemon: invalid filter 'bogus'\n", 1]);
    r = await h.run('docker images --filter dangling=maybe');
    expect(r.stderr).toBe("Error response from daemon: invalid filter 'dangling=[maybe]'\n");
    r = await h.run('docker images --filter before=nope');
    expect(r.stderr).toBe('Error response from daemon: No such image: nope:latest\n');
    r = await h.run('docker images --filter dangling');
    expect(r.status).toBe(125);
  });

  it('a moved tag leaves the old image as <none>; -a and dangling=true show it', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name dg alpine touch /a");
    const first = (await h.run('docker commit dg temp:1')).stdout.trim();
    await h.run('docker commit dg temp:1');
    const r = await h.run('docker images --filter dangling=true');
    expect(cells(r.stdout)[1].slice(0, 3)).toEqual(['<none>', '<none>', first.slice(7, 19)]);
    expect((await h.run("docker images --filter dangling=false --format '{{.Repository}}:{{.Tag}}'")).stdout).toBe('temp:1\nalpine:latest\n');
  });

  it('an image subcommand as the name gets a hint (docker images ls)', async () => {
    const h = await imageHost();
    const r = await h.run('docker images ls');
    expect(r.stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    expect(r.stderr).toBe('\nNo images found matching "ls": did you mean "docker image ls"?\n');
    expect((await h.run('docker image ls ls')).stderr).toBe('');
  });
});

describe('docker history', () => {
  it('base images: <missing> below the top row, sizes, CREATED BY cut at 45', async () => {
    const h = await imageHost({ images: ['alpine'] });
    expect((await h.run('docker history alpine')).stdout).toBe(
      'IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT\n' +
        `${A12}   16 months ago   CMD ["/bin/sh"]                                 0B        buildkit.dockerfile.v0\n` +
        '<missing>      16 months ago   ADD alpine-minirootfs-3.20.3-x86_64.tar.gz /…   7.8MB     buildkit.dockerfile.v0\n',
    );
    expect((await h.run('docker history -H=false --no-trunc alpine')).stdout).toBe(
      'IMAGE                                                                     CREATED AT             CREATED BY                                                SIZE      COMMENT\n' +
        `${A.id}   2024-09-06T12:05:36Z   CMD ["/bin/sh"]                                           0         buildkit.dockerfile.v0\n` +
        '<missing>                                                                 2024-09-06T12:05:36Z   ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit   7800000   buildkit.dockerfile.v0\n',
    );
    expect((await h.run('docker history -q alpine')).stdout).toBe(`${A12}\n<missing>\n`);
    expect((await h.run("docker history --format '{{json .}}' alpine")).stdout).toBe(
      `{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2024-09-06T12:05:36Z","CreatedBy":"CMD [\\"/bin/sh\\"]","CreatedSince":"16 months ago","ID":"${A12}","Size":"0B"}\n` +
        '{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2024-09-06T12:05:36Z","CreatedBy":"ADD alpine-minirootfs-3.20.3-x86_64.tar.gz /…","CreatedSince":"16 months ago","ID":"\\u003cmissing\\u003e","Size":"7.8MB"}\n',
    );
    expect((await h.run('docker history nope')).stderr).toBe('Error response from daemon: No such image: nope:latest\n');
  });
});

describe('docker tag', () => {
  it('tags, moves tags, and refuses what the client or daemon refuses', async () => {
    const h = await imageHost({ images: ['alpine'] });
    expect(await h.run('docker tag alpine myalp')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await h.run(`docker tag ${A12.slice(0, 5)} myalp:2`)).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await h.run("docker images --format '{{.Repository}}:{{.Tag}}'")).stdout).toBe('alpine:latest\nmyalp:2\nmyalp:latest\n');
    const err = async (line: string) => {
      const r = await h.run(line);
      return [r.stderr, r.status];
    };
    expect(await err('docker tag nope x')).toEqual(['Error response from daemon: No such image: nope:latest\n', 1]);
    expect(await err('docker tag alpine Bad')).toEqual([
      'Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase\n',
      1,
    ]);
    expect(await err("docker tag alpine 'x:@@'")).toEqual(['Error parsing reference: "x:@@" is not a valid repository/tag: invalid reference format\n', 1]);
    expect(await err(`docker tag alpine x@${A.repoDigest}`)).toEqual(['refusing to create a tag with a digest reference\n', 1]);
    expect(await err('docker tag alpine sha256')).toEqual(['Error response from daemon: refusing to create an ambiguous tag using digest algorithm as name\n', 1]);
    const hex = A.id.slice(7);
    expect(await err(`docker tag alpine ${hex}`)).toEqual([
      `Error parsing reference: "${hex}" is not a valid repository/tag: invalid repository name (${hex}), cannot specify 64-byte hexadecimal strings\n`,
      1,
    ]);
  });
});

describe('docker rmi', () => {
  it('untags while other tags remain; deletes the image and its layers with the last one', async () => {
    const h = await imageHost({ images: ['alpine', 'alpine:3.20'] });
    expect((await h.run('docker rmi alpine:3.20')).stdout).toBe('Untagged: alpine:3.20\n');
    const r = await h.run('docker image rm alpine');
    expect(r.stdout).toBe(`Untagged: alpine:latest\nUntagged: alpine@${A.repoDigest}\nDeleted: ${A.id}\nDeleted: ${A.chainIDs[0]}\n`);
    const fs = h.host.fs(ROOT);
    expect(fs.readdir('/var/lib/docker/image/overlay2/layerdb/sha256')).toEqual([]);
    expect(fs.readdir('/var/lib/docker/overlay2')).toEqual(['l']);
    expect(fs.readdir('/var/lib/docker/image/overlay2/imagedb/content/sha256')).toEqual([]);
  });

  it('every conflict of moby image_delete.go, with when it applies', async () => {
    // Texts recorded from docker 28.2.2 on a real daemon with the same images and IDs.
    const h = await imageHost({ images: ['alpine', 'busybox'] });
    const rc1 = (await h.run('docker create --name rc1 busybox true')).stdout.trim();
    let r = await h.run('docker rmi busybox');
    expect([r.stderr, r.status]).toEqual([
      `Error response from daemon: conflict: unable to remove repository reference "busybox" (must force) - container ${rc1.slice(0, 12)} is using its referenced image ${B12}\n`,
      1,
    ]);
    r = await h.run(`docker rmi ${B12}`);
    expect(r.stderr).toBe(`Error response from daemon: conflict: unable to delete ${B12} (must be forced) - image is being used by stopped container ${rc1.slice(0, 12)}\n`);
    await h.run('docker tag alpine other/alp:1');
    r = await h.run(`docker rmi ${A12}`);
    expect(r.stderr).toBe(`Error response from daemon: conflict: unable to delete ${A12} (must be forced) - image is referenced in multiple repositories\n`);
    r = await h.run(`docker rmi -f ${A12}`);
    expect(r.stdout).toBe(`Untagged: alpine:latest\nUntagged: alpine@${A.repoDigest}\nUntagged: other/alp:1\nDeleted: ${A.id}\nDeleted: ${A.chainIDs[0]}\n`);
    await h.run('docker pull -q alpine');
    const rr1 = (await h.run('docker run -d --name rr1 alpine sleep 300')).stdout.trim();
    r = await h.run(`docker rmi -f ${A12}`);
    expect(r.stderr).toBe(`Error response from daemon: conflict: unable to delete ${A12} (cannot be forced) - image is being used by running container ${rr1.slice(0, 12)}\n`);
    r = await h.run('docker rmi -f alpine');
    expect([r.stdout, r.status]).toEqual([`Untagged: alpine:latest\nUntagged: alpine@${A.repoDigest}\n`, 0]);
    expect(cells((await h.run('docker images')).stdout)[2].slice(0, 3)).toEqual(['<none>', '<none>', A12]);
  });

  it('an image with a child (a commit) cannot go; the child takes its untagged parent along', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name ch alpine sh -c 'echo x > /x'");
    const child = (await h.run('docker commit ch kid')).stdout.trim();
    await h.run('docker rm ch');
    await h.run('docker rmi alpine');
    let r = await h.run(`docker rmi ${A12}`);
    expect(r.stderr).toBe(`Error response from daemon: conflict: unable to delete ${A12} (cannot be forced) - image has dependent child images\n`);
    r = await h.run('docker rmi kid');
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['Untagged: kid:latest', `Deleted: ${child}`]);
    expect(lines).toContain(`Deleted: ${A.id}`);
    expect(lines[lines.length - 1]).toBe(`Deleted: ${A.chainIDs[0]}`);
  });

  it('errors are printed together at the end; -f keeps status 0 for missing images', async () => {
    const h = await imageHost({ images: ['alpine'] });
    let r = await h.run('docker rmi nope alpine other');
    expect(r.stdout).toContain('Untagged: alpine:latest\n');
    expect([r.stderr, r.status]).toEqual(['Error response from daemon: No such image: nope:latest\nError response from daemon: No such image: other:latest\n', 1]);
    r = await h.run('docker rmi -f nope');
    expect([r.stderr, r.status]).toEqual(['Error response from daemon: No such image: nope:latest\n', 0]);
  });
});
