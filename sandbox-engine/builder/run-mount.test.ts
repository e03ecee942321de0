/**
 * RUN --mount and `docker build --secret`, end to end through a simulated host. Expectations were
 * recorded with BuildKit on the reference daemon (20.10 client, catalogsim/alpine-run:3.20 as the
 * base; /tmp/bkm):
 *   DOCKER_BUILDKIT=1 DOCKER_HOST=unix:///tmp/refdocker/docker.sock docker build --network=none
 *     --progress=plain --secret id=my-cloud-key,src=key.json -t bkm .
 *   docker history --no-trunc bkm; docker run --rm bkm sh -c 'cat ls.txt; ls -la / /run'
 * and follow BuildKit v0.25.2 (Engine 28.5) where it differs, each with its source: the mount
 * stubs (/cache, /run/secrets, …) are removed after the step (executor/stubs.go, recursive per
 * client/llb/exec.go), where 20.10 left empty directories; a missing secret is
 * `secret <id>: not found` (session/secrets/secrets.go), where 20.10 said `secret nope not found:
 * not found`; `env=` on secret mounts (convert_secrets.go; 20.10 rejects the key); a RUN --mount
 * keeps the `stage-0` prefix on a single stage (convert_runmount.go:16-42 adds a `scratch` source
 * state, convert.go:429-431 drops the prefix only when one state is left), where 20.10 had none.
 */
import { describe, expect, it } from 'vitest';
import { imageHost, type ImageHost } from '../../test/engine/image-fixture.ts';
import { layerTar } from '../archive/diff.ts';
import { readTar } from '../archive/tar.ts';
import { fromUtf8 } from '../util/text.ts';

async function project(h: ImageHost, files: Record<string, string>): Promise<void> {
  expect((await h.run('mkdir -p ~/proj')).status).toBe(0);
  for (const [name, text] of Object.entries(files)) {
    const r = await h.run(`printf '%s' '${text.replace(/'/g, "'\\''")}' > ~/proj/${name}`);
    expect(r.status).toBe(0);
  }
}

/** Every entry of every layer tar of image `id`: name and body text. */
function layerEntries(h: ImageHost, id: string): Array<{ name: string; body: string }> {
  const out: Array<{ name: string; body: string }> = [];
  for (let l = h.daemon.images.get(id).layer; l !== null; l = l.parent) {
    for (const e of readTar(layerTar(l.diff))) out.push({ name: e.header.name, body: fromUtf8(e.data) });
  }
  return out;
}

const KEY = '{"k":"s3cr3t"}\n';

// The seed example (build-mount notes): a bind mount of the context's key.json, built with
// `docker image build --secret id=my-cloud-key,src=key.json`, plus a step that uses the secret.
const SEED = [
  'FROM alpine:3.20',
  'RUN --mount=type=bind,source=key.json,destination=cloud-key.json \\',
  '    ls -al > ls.txt',
  'RUN --mount=type=secret,id=my-cloud-key cat /run/secrets/my-cloud-key && ls -la /run/secrets',
  '',
].join('\n');

describe('RUN --mount', () => {
  it('the seed example builds; the bind-mounted key and the secret never land in a layer', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: SEED, 'key.json': KEY });
    const r = await h.run('cd ~/proj && docker image build --secret id=my-cloud-key,src=key.json -f Dockerfile -t test .');
    expect(r.status).toBe(0);
    const id = /writing image (sha256:[0-9a-f]{64}) done/.exec(r.stderr)?.[1] ?? '';
    // Recorded: the bind mount loads the context; the vertex names keep the --mount flag (the
    // line continuation joined).
    expect(r.stderr).toContain('#5 [internal] load build context\n');
    expect(r.stderr).toContain('#6 [stage-0 2/3] RUN --mount=type=bind,source=key.json,destination=cloud-key.json     ls -al > ls.txt\n#6 DONE 0.1s\n');
    // Recorded: the secret step's output, the file mode 0400 root's, in /run/secrets.
    expect(r.stderr).toMatch(/#7 \[stage-0 3\/3\] RUN --mount=type=secret,id=my-cloud-key cat \/run\/secrets\/my-cloud-key && ls -la \/run\/secrets\n#7 0\.\d{3} \{"k":"s3cr3t"\}\n#7 0\.\d{3} total 12\n(#7 .*\n){2}#7 0\.\d{3} -r-------- {4}1 root {5}root {12}15 .* my-cloud-key\n#7 DONE/);

    // Recorded: history shows the commands without their mounts.
    const hist = await h.run("docker history --no-trunc --format '{{.CreatedBy}}' test");
    expect(hist.stdout.split('\n').slice(0, 2)).toEqual([
      'RUN /bin/sh -c cat /run/secrets/my-cloud-key && ls -la /run/secrets # buildkit',
      'RUN /bin/sh -c ls -al > ls.txt # buildkit',
    ]);
    expect(hist.stdout).not.toContain('s3cr3t');
    expect(hist.stdout).not.toContain('--mount');

    // The listing made during the step saw the mounted file (15 bytes); the image has no trace of it.
    const ls = await h.run('docker run --rm test cat ls.txt');
    expect(ls.stdout).toMatch(/-rw-r--r-- {4}1 root {5}root {12}15 .* cloud-key\.json\n/);
    const root = await h.run('docker run --rm test ls -a /');
    expect(root.stdout.split('\n')).not.toContain('cloud-key.json');
    expect(root.stdout.split('\n')).toContain('ls.txt');
    const cat = await h.run('docker run --rm test cat /run/secrets/my-cloud-key');
    expect(cat.status).toBe(1);
    expect(cat.stdout).toBe('');
    expect(cat.stderr).toBe('cat: can\'t open \'/run/secrets/my-cloud-key\': No such file or directory\n');
    expect((await h.run('docker run --rm test ls /run')).stdout).toBe('lock\n');

    const entries = layerEntries(h, id);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((e) => /cloud-key|run\/secrets/.test(e.name))).toEqual([]);
    expect(entries.filter((e) => e.body.includes('s3cr3t')).map((e) => e.name)).toEqual([]);
    expect(entries.some((e) => e.name === 'ls.txt')).toBe(true);
  });

  it('cache mounts persist across builds (not in layers); --no-cache starts them afresh; tmpfs is empty', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    const df = 'FROM alpine:3.20\nARG N\nRUN --mount=type=cache,target=/var/cache/app,id=appcache2 echo run $N >> /var/cache/app/log && cat /var/cache/app/log\nRUN --mount=type=tmpfs,target=/tmpx ls -a /tmpx && touch /tmpx/a\n';
    await project(h, { Dockerfile: df });
    const logOf = async (args: string): Promise<string[]> => {
      const r = await h.run(`cd ~/proj && docker build --progress=plain ${args} -t cm .`);
      expect(r.status).toBe(0);
      return r.stderr.split('\n').filter((l) => /^#5 0\.\d{3} /.test(l)).map((l) => l.slice(9));
    };
    // Recorded: N=1 then N=2 accumulate; --no-cache N=3 prints only `run 3`; N=4 then `run 3`, `run 4`.
    expect(await logOf('--build-arg N=1')).toEqual(['run 1']);
    expect(await logOf('--build-arg N=2')).toEqual(['run 1', 'run 2']);
    expect(await logOf('--no-cache --build-arg N=3')).toEqual(['run 3']);
    expect(await logOf('--build-arg N=4')).toEqual(['run 3', 'run 4']);
    const r = await h.run('cd ~/proj && docker build --build-arg N=5 . 2>&1 | grep -A3 tmpx');
    expect(r.stdout).toMatch(/#6 0\.\d{3} \.\n#6 0\.\d{3} \.\.\n/);
    const ls = await h.run("docker run --rm cm sh -c 'ls -d /var/cache/app /tmpx; ls /var/cache'");
    expect(ls.stderr).toBe('ls: /var/cache/app: No such file or directory\nls: /tmpx: No such file or directory\n');
    expect(ls.stdout).toBe('apk\nmisc\n'); // alpine's own; no `app`
  });

  it('bind: rw writes are discarded; from=<stage> mounts that stage’s file, relative to WORKDIR', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    const df = [
      'FROM alpine:3.20 AS base',
      'RUN echo from-stage > /stage.txt',
      'FROM alpine:3.20',
      'WORKDIR /w',
      'RUN --mount=type=bind,rw,target=/ctx echo scribble > /ctx/key.json && cat /ctx/key.json',
      'RUN --mount=type=bind,from=base,source=/stage.txt,target=s.txt cat /w/s.txt',
      'RUN --mount=type=bind,target=/ctx cat /ctx/key.json',
      'RUN --mount=type=bind,target=/ctx touch /ctx/x',
      '',
    ].join('\n');
    await project(h, { Dockerfile: df, 'key.json': KEY });
    const r = await h.run('cd ~/proj && docker build -t bm .');
    // Recorded: `scribble`, then `from-stage`.
    expect(r.stderr).toMatch(/RUN --mount=type=bind,rw,target=\/ctx echo scribble > \/ctx\/key.json && cat \/ctx\/key.json\n#\d+ 0\.\d{3} scribble\n/);
    expect(r.stderr).toMatch(/RUN --mount=type=bind,from=base,source=\/stage.txt,target=s.txt cat \/w\/s.txt\n#\d+ 0\.\d{3} from-stage\n/);
    // The context is unchanged, and a later mount sees the original; a read-only bind refuses writes.
    expect(r.stderr).toMatch(/cat \/ctx\/key.json\n#\d+ 0\.\d{3} \{"k":"s3cr3t"\}\n/);
    expect(r.stderr).toContain("touch: /ctx/x: Read-only file system\n");
    expect(r.status).toBe(1);
    expect((await h.run('cat ~/proj/key.json')).stdout).toBe(KEY);

    // A missing bind source fails the cache key as a missing COPY source does (v0.25.2's
    // contenthash text; recorded 20.10: `"/nofile.json" not found: not found`).
    await project(h, { Df2: 'FROM alpine:3.20\nRUN --mount=type=bind,source=nofile.json,target=/k cat /k\n' });
    const miss = await h.run('cd ~/proj && docker build -f Df2 .');
    expect(miss.status).toBe(1);
    expect(miss.stderr).toMatch(/#6 ERROR: failed to calculate checksum of ref [0-9a-f-]{36}::[0-9a-z]{25}: "\/nofile.json": not found\n/);
    expect(miss.stderr).toMatch(/ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref \S+: "\/nofile.json": not found\n/);
  });
});

describe('docker build --secret / --ssh', () => {
  it('env= secrets and --secret id=ID from the environment; required ones fail when missing', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    const df = 'FROM alpine:3.20\nRUN --mount=type=secret,id=tok,env=TOKEN echo "len=${#TOKEN}"\n';
    await project(h, { Dockerfile: df, Df2: 'FROM alpine:3.20\nRUN --mount=type=secret,id=nope,required cat /run/secrets/nope\n', Df3: 'FROM alpine:3.20\nRUN --mount=type=secret,id=nope ls /run/secrets/nope; echo rc=$?\n' });
    const r = await h.run('cd ~/proj && tok=abc docker build --secret id=tok -t sec .');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/#5 0\.\d{3} len=3\n/);
    expect((await h.run("docker run --rm sec sh -c 'echo [$TOKEN]'")).stdout).toBe('[]\n');
    expect((await h.run('docker image inspect --format "{{json .Config.Env}}" sec')).stdout).not.toContain('TOKEN');

    // Recorded (optional secret absent): the step runs without it.
    const opt = await h.run('cd ~/proj && docker build --progress=plain -f Df3 .');
    expect(opt.status).toBe(0);
    expect(opt.stderr).toMatch(/#5 0\.\d{3} ls: \/run\/secrets\/nope: No such file or directory\n#5 0\.\d{3} rc=1\n/);

    const req = await h.run('cd ~/proj && docker build -f Df2 .');
    expect(req.status).toBe(1);
    expect(req.stderr).toContain('#5 [stage-0 2/2] RUN --mount=type=secret,id=nope,required cat /run/secrets/nope\n#5 ERROR: secret nope: not found\n');
    expect(req.stderr).toContain('ERROR: failed to build: failed to solve: secret nope: not found\n');
  });

  it('a missing --secret file fails on the client; ssh without --ssh: optional skipped, required fails', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, {
      Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=ssh ls /run/buildkit; echo SSH=$SSH_AUTH_SOCK\n',
      Df2: 'FROM alpine:3.20\nRUN --mount=type=ssh,required true\n',
    });
    // buildx: secretsprovider NewStore stats the file (`failed to stat <src>`); recorded with the
    // real buildx v0.29.1 plugin: `docker build --secret id=x,src=nofile .` exits 1.
    const miss = await h.run('cd ~/proj && docker build --secret id=x,src=nofile .');
    expect(miss.status).toBe(1);
    expect(miss.stderr).toBe('ERROR: failed to build: failed to stat nofile: stat nofile: no such file or directory\n');
    // Recorded: `ls: /run/buildkit: No such file or directory`, `SSH=/run/buildkit/ssh_agent.0`.
    const opt = await h.run('cd ~/proj && docker build --progress=plain -t ssh1 .');
    expect(opt.status).toBe(0);
    expect(opt.stderr).toMatch(/#5 0\.\d{3} ls: \/run\/buildkit: No such file or directory\n#5 0\.\d{3} SSH=\/run\/buildkit\/ssh_agent.0\n/);
    expect((await h.run("docker run --rm ssh1 sh -c 'echo [$SSH_AUTH_SOCK]'")).stdout).toBe('[]\n');
    // Recorded: `no SSH key "" forwarded from the client`.
    const req = await h.run('cd ~/proj && docker build -f Df2 .');
    expect(req.status).toBe(1);
    expect(req.stderr).toContain('#5 ERROR: no SSH key "" forwarded from the client\n');
  });
});

describe('step names with RUN --mount (BuildKit v0.25.2 convert_runmount.go:16-42, convert.go:429-431)', () => {
  it('a single stage keeps the stage-0 prefix when a RUN has a mount, not without one', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/c true\n' });
    const r = await h.run('cd ~/proj && docker build -t pfx .');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('#4 [stage-0 1/2] FROM docker.io/library/alpine:3.20\n');
    expect(r.stderr).toContain('] RUN --mount=type=cache,target=/c true\n');
    expect(r.stderr).toContain('[stage-0 2/2] RUN --mount=type=cache,target=/c true\n');
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN true\n' });
    const plain = await h.run('cd ~/proj && docker build -t pfx .');
    expect(plain.stderr).toContain('#4 [1/2] FROM docker.io/library/alpine:3.20\n');
  });
});
