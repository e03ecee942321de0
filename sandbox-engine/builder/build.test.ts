/**
 * `docker build` end to end through a simulated host (createHost + createSession, test/engine/
 * image-fixture.ts). The expected texts were recorded with the docker 20.10 client and BuildKit
 * against the reference daemon:
 *   DOCKER_BUILDKIT=1 DOCKER_HOST=unix:///tmp/refdocker/docker.sock docker build --network=none
 *     --progress=plain -t bk1test .      (twice; then after changing app.txt; /tmp/bk1, /tmp/bk2)
 *   docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' bk1test
 * and updated where Engine 28.5 (BuildKit v0.25.2, buildx) prints differently, each with its
 * source: no `#N sha256:…` digest lines (progressui/printer.go), the `#0 building with …` line and
 * vertex order metadata → .dockerignore → FROM → context (docs §9.4, real Engine 28 logs),
 * `naming to docker.io/library/x:latest` (buildx normalizes the tag; Engine 28 CI log), the
 * error texts of solver/llbsolver/ops/exec.go and cache/contenthash (docs §9.4), and buildx's
 * `ERROR: failed to build: failed to solve:` epilogue with the Dockerfile excerpt.
 */
import { describe, expect, it } from 'vitest';
import { imageHost, type ImageHost } from '../../test/engine/image-fixture.ts';
import { DockerIgnore } from './dockerignore.ts';

const DOCKERFILE = 'FROM alpine:3.20\nENV GREETING=hi\nRUN echo built > /built.txt\nCOPY app.txt /app.txt\nWORKDIR /app\nCMD ["cat", "/app.txt"]\n';

async function project(h: ImageHost, files: Record<string, string>): Promise<void> {
  expect((await h.run('mkdir -p ~/proj')).status).toBe(0);
  for (const [name, text] of Object.entries(files)) {
    const r = await h.run(`printf '%s' '${text.replace(/'/g, "'\\''")}' > ~/proj/${name}`);
    expect(r.status).toBe(0);
  }
}

function steps(text: string): string[] {
  // `#N name` lines followed by their end line, as pairs.
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^#(\d+) (CACHED|DONE .*|ERROR: .*)$/.exec(lines[i]);
    if (!m) continue;
    const name = lines.find((l) => l.startsWith(`#${m[1]} `) && !/^#\d+ (CACHED|DONE|ERROR|transferring|exporting layers|writing|naming)/.test(l));
    out.push(`${name?.slice(m[1].length + 2)} => ${m[2]}`);
  }
  return out;
}

const FIRST = `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 120B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/alpine:3.20
#2 DONE 0.0s

#3 [internal] load .dockerignore
#3 transferring context: 6B done
#3 DONE 0.0s

#4 [1/4] FROM docker.io/library/alpine:3.20
#4 DONE 0.0s

#5 [internal] load build context
#5 transferring context: 132B done
#5 DONE 0.0s

#6 [2/4] RUN echo built > /built.txt
#6 DONE 0.1s

#7 [3/4] COPY app.txt /app.txt
#7 DONE 0.0s

#8 [4/4] WORKDIR /app
#8 DONE 0.0s

#9 exporting to image
#9 exporting layers done
#9 writing image IMAGE done
#9 naming to docker.io/library/bk1test:latest done
#9 DONE 0.0s
`;

describe('docker build (BuildKit)', () => {
  it('builds a 4-step Dockerfile, then rebuilds it fully CACHED to the same image', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: DOCKERFILE, 'app.txt': 'hello\n', 'x.log': 'secret\n', '.dockerignore': '*.log\n' });
    const r1 = await h.run('cd ~/proj && docker build -t bk1test .');
    expect(r1.status).toBe(0);
    expect(r1.stdout).toBe('');
    const id = /writing image (sha256:[0-9a-f]{64}) done/.exec(r1.stderr)?.[1] ?? '';
    expect(r1.stderr.replace(id, 'IMAGE')).toBe(FIRST);

    const r2 = await h.run('cd ~/proj && docker build -t bk1test .');
    expect(r2.status).toBe(0);
    expect(r2.stderr).toContain(`#9 writing image ${id} done`);
    expect(steps(r2.stderr)).toEqual([
      '[internal] load build definition from Dockerfile => DONE 0.0s',
      '[internal] load metadata for docker.io/library/alpine:3.20 => DONE 0.0s',
      '[internal] load .dockerignore => DONE 0.0s',
      '[1/4] FROM docker.io/library/alpine:3.20 => DONE 0.0s',
      '[internal] load build context => DONE 0.0s',
      '[2/4] RUN echo built > /built.txt => CACHED',
      '[3/4] COPY app.txt /app.txt => CACHED',
      '[4/4] WORKDIR /app => CACHED',
      'exporting to image => DONE 0.0s',
    ]);

    // Recorded: CMD ["cat" "/app.txt"]|0B, WORKDIR /app|0B, COPY app.txt /app.txt # buildkit|6B,
    // RUN /bin/sh -c echo built > /built.txt # buildkit|6B, ENV GREETING=hi|0B, all buildkit.dockerfile.v0.
    const hist = await h.run("docker history --no-trunc --format '{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}' bk1test");
    expect(hist.stdout.split('\n').slice(0, 6)).toEqual([
      `${id}|CMD ["cat" "/app.txt"]|0B|buildkit.dockerfile.v0`,
      '<missing>|WORKDIR /app|0B|buildkit.dockerfile.v0',
      '<missing>|COPY app.txt /app.txt # buildkit|6B|buildkit.dockerfile.v0',
      '<missing>|RUN /bin/sh -c echo built > /built.txt # buildkit|6B|buildkit.dockerfile.v0',
      '<missing>|ENV GREETING=hi|0B|buildkit.dockerfile.v0',
      '<missing>|CMD ["/bin/sh"]|0B|buildkit.dockerfile.v0',
    ]);
    expect((await h.run('docker run --rm bk1test')).stdout).toBe('hello\n');
    expect((await h.run("docker run --rm bk1test sh -c 'cat /built.txt; pwd; echo $GREETING'")).stdout).toBe('built\n/app\nhi\n');
    // Recorded config: Env with GREETING, Cmd, WorkingDir; ArgsEscaped true from CMD.
    const cfg = await h.run("docker image inspect --format '{{json .Config.Env}} {{json .Config.Cmd}} {{.Config.WorkingDir}}' bk1test");
    expect(cfg.stdout).toBe('["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","GREETING=hi"] ["cat","/app.txt"] /app\n');
  });

  it('a changed COPY source misses from that step on; a touched one (mtime only) stays CACHED', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: DOCKERFILE, 'app.txt': 'hello\n' });
    expect((await h.run('cd ~/proj && docker build -q -t bk1test .')).status).toBe(0);
    const touched = await h.run('cd ~/proj && touch app.txt && docker build -t bk1test .');
    expect(steps(touched.stderr).filter((s) => s.startsWith('['))).toContain('[3/4] COPY app.txt /app.txt => CACHED');
    const changed = await h.run('cd ~/proj && echo hello2 > app.txt && docker build -t bk1test .');
    expect(changed.status).toBe(0);
    // Recorded after `echo hello2 > app.txt`: RUN CACHED, COPY and WORKDIR rebuilt.
    expect(steps(changed.stderr).slice(5, 8)).toEqual(['[2/4] RUN echo built > /built.txt => CACHED', '[3/4] COPY app.txt /app.txt => DONE 0.0s', '[4/4] WORKDIR /app => DONE 0.0s']);
    expect((await h.run('docker run --rm bk1test')).stdout).toBe('hello2\n');
    const all = await h.run('cd ~/proj && docker build --no-cache -t bk1test .');
    expect(steps(all.stderr).slice(5, 8).every((s) => s.endsWith('=> DONE 0.1s') || s.endsWith('=> DONE 0.0s'))).toBe(true);
  });

  it('-q prints only the image ID', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: DOCKERFILE, 'app.txt': 'hello\n' });
    const r = await h.run('cd ~/proj && docker build -q .');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await h.run(`docker image inspect --format '{{.Id}}' ${r.stdout.trim()}`)).stdout).toBe(r.stdout);
  });

  it('a failing RUN prints its output, the ERROR line and the error block; status 1', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN echo one && echo two >&2\nRUN exit 3\n' });
    const r = await h.run('cd ~/proj && docker build .');
    expect(r.status).toBe(1);
    // Recorded (20.10): `#5 0.094 one`, `#5 0.094 two`; the times here come from the virtual clock.
    expect(r.stderr.slice(r.stderr.indexOf('#5 [2/3]'))).toBe(
      '#5 [2/3] RUN echo one && echo two >&2\n#5 0.060 one\n#5 0.060 two\n#5 DONE 0.1s\n\n' +
        '#6 [3/3] RUN exit 3\n' +
        '#6 ERROR: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3\n' +
        '------\n > [3/3] RUN exit 3:\n------\n' +
        'Dockerfile:3\n--------------------\n   1 |     FROM alpine:3.20\n   2 |     RUN echo one && echo two >&2\n   3 | >>> RUN exit 3\n   4 |     \n--------------------\n' +
        'ERROR: failed to build: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3\n',
    );
  });

  it('COPY of a missing (or ignored) file fails computing the cache key', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nWORKDIR /app\nCOPY missing.txt /app/\n' });
    const r = await h.run('cd ~/proj && docker build .');
    expect(r.status).toBe(1);
    const ref = /ref ([0-9a-f-]{36}::[0-9a-z]{25})/.exec(r.stderr)?.[1] ?? 'none';
    expect(r.stderr.slice(r.stderr.indexOf('#6 [2/3]')).replaceAll(ref, 'REF')).toBe(
      '#6 [2/3] WORKDIR /app\n#6 DONE 0.0s\n\n#7 [3/3] COPY missing.txt /app/\n' +
        '#7 ERROR: failed to calculate checksum of ref REF: "/missing.txt": not found\n' +
        '------\n > [3/3] COPY missing.txt /app/:\n------\n' +
        'Dockerfile:3\n--------------------\n   1 |     FROM alpine:3.20\n   2 |     WORKDIR /app\n   3 | >>> COPY missing.txt /app/\n   4 |     \n--------------------\n' +
        'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref REF: "/missing.txt": not found\n',
    );
    await project(h, { Dockerfile: 'FROM alpine:3.20\nCOPY a.log keep.log /d/\n', 'a.log': 'a', 'keep.log': 'k', '.dockerignore': '*.log\n!keep.log\n' });
    const ign = await h.run('cd ~/proj && docker build .');
    expect(ign.status).toBe(1);
    expect(ign.stderr).toMatch(/ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref \S+: "\/a.log": not found\n$/);
  });

  it('ARGs: --build-arg values, `|N k=v` in RUN history, ARG entries; metadata steps are empty layers', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nARG V=1\nLABEL a=b\nEXPOSE 80 53/udp\nUSER nobody\nRUN echo $V > /tmp/v\nVOLUME /data\n' });
    const r = await h.run('cd ~/proj && docker build -q -t argtest --build-arg V=2 .');
    expect(r.status).toBe(0);
    const hist = await h.run("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' argtest");
    expect(hist.stdout.split('\n').slice(0, 6)).toEqual(['VOLUME [/data]|0B', 'RUN |1 V=2 /bin/sh -c echo $V > /tmp/v # buildkit|2B', 'USER nobody|0B', 'EXPOSE [53/udp 80/tcp]|0B', 'LABEL a=b|0B', 'ARG V=2|0B']);
    expect((await h.run('docker run --rm argtest cat /tmp/v')).stdout).toBe('2\n');
    expect((await h.run("docker image inspect --format '{{.Config.User}} {{json .Config.ExposedPorts}} {{json .Config.Labels}}' argtest")).stdout).toBe('nobody {"53/udp":{},"80/tcp":{}} {"a":"b"}\n');
  });

  it('COPY --chown/--chmod and a directory source', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nCOPY --chown=nobody:nogroup --chmod=600 app.txt /srv/\nCOPY . /ctx\n', 'app.txt': 'x\n' });
    const r = await h.run('cd ~/proj && docker build -q -t chtest .');
    expect(r.status).toBe(0);
    const ls = await h.run("docker run --rm chtest sh -c 'stat -c \"%U:%G %a %n\" /srv/app.txt; ls /ctx'");
    expect(ls.stdout).toBe('nobody:nogroup 600 /srv/app.txt\nDockerfile\napp.txt\n');
    const hist = await h.run("docker history --no-trunc --format '{{.CreatedBy}}' chtest");
    expect(hist.stdout.split('\n').slice(0, 2)).toEqual(['COPY . /ctx # buildkit', 'COPY --chown=nobody:nogroup --chmod=600 app.txt /srv/ # buildkit']);
  });
});

describe('.dockerignore matching', () => {
  it('anchors at the root, `**` spans directories, `!` re-includes, the last match wins', () => {
    const ig = new DockerIgnore('# comment\n*.md\n**/*.log\n!keep.log\ntmp/\n/build/../out\n');
    expect(ig.ignored('README.md')).toBe(true);
    expect(ig.ignored('docs/README.md')).toBe(false);
    expect(ig.ignored('a.log')).toBe(true);
    expect(ig.ignored('x/y/a.log')).toBe(true);
    expect(ig.ignored('keep.log')).toBe(false);
    expect(ig.ignored('tmp/file')).toBe(true);
    expect(ig.ignored('out')).toBe(true);
    expect(new DockerIgnore('!keep.log\n*.log\n').ignored('keep.log')).toBe(true);
  });
});

describe('docker build: multi-stage', () => {
  it('builds only the stages the last one needs; COPY --from a stage; stage prefixes in step names', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, {
      Dockerfile:
        'FROM alpine:3.20 AS build\nRUN mkdir /out && echo made > /out/result.txt\nFROM alpine:3.20 AS unused\nRUN echo never\nFROM alpine:3.20\nCOPY --from=build /out/result.txt /result.txt\nCOPY app.txt /app.txt\n',
      'app.txt': 'hello\n',
    });
    const r = await h.run('cd ~/proj && docker build -t bk3test .');
    expect(r.status).toBe(0);
    // Recorded (same Dockerfile on catalogsim/alpine-run:3.20): one FROM vertex for both stages,
    // the unused stage never runs, the unnamed last stage is `stage-2`.
    expect(steps(r.stderr)).toEqual([
      '[internal] load build definition from Dockerfile => DONE 0.0s',
      '[internal] load metadata for docker.io/library/alpine:3.20 => DONE 0.0s',
      '[internal] load .dockerignore => DONE 0.0s',
      '[build 1/2] FROM docker.io/library/alpine:3.20 => DONE 0.0s',
      '[internal] load build context => DONE 0.0s',
      '[build 2/2] RUN mkdir /out && echo made > /out/result.txt => DONE 0.1s',
      '[stage-2 2/3] COPY --from=build /out/result.txt /result.txt => DONE 0.0s',
      '[stage-2 3/3] COPY app.txt /app.txt => DONE 0.0s',
      'exporting to image => DONE 0.0s',
    ]);
    // Recorded: COPY app.txt /app.txt # buildkit|6B, COPY /out/result.txt /result.txt # buildkit|5B.
    const hist = await h.run("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' bk3test");
    expect(hist.stdout.split('\n').slice(0, 3)).toEqual(['COPY app.txt /app.txt # buildkit|6B', 'COPY /out/result.txt /result.txt # buildkit|5B', 'CMD ["/bin/sh"]|0B']);
    expect((await h.run('docker run --rm bk3test cat /result.txt /app.txt')).stdout).toBe('made\nhello\n');
    const again = await h.run('cd ~/proj && docker build -t bk3test .');
    expect(steps(again.stderr).slice(5, 8).every((s) => s.endsWith('=> CACHED'))).toBe(true);
  });
});

describe('docker build: the stored image', () => {
  it('config bytes as the moby exporter writes them; the build cache outlives the image', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: DOCKERFILE, 'app.txt': 'hello\n' });
    const id = (await h.run('cd ~/proj && docker build -q -t bk1test .')).stdout.trim();
    const raw = (await h.run(`sudo cat /var/lib/docker/image/overlay2/imagedb/content/sha256/${id.slice(7)}`)).stdout;
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const hex = [...sha256(new TextEncoder().encode(raw))].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(`sha256:${hex}`).toBe(id);
    // Recorded config (20.10's BuildKit; its `"OnBuild":null` is omitempty in v0.25.2's
    // dockerspec.DockerOCIImageConfig): top-level keys sorted, `>` written as \u003e, metadata
    // entries take the time of the first new layer after them or the previous one.
    expect(raw).toContain('"config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","GREETING=hi"],"Cmd":["cat","/app.txt"],"WorkingDir":"/app","ArgsEscaped":true},"created":');
    expect(raw).toContain('"created_by":"RUN /bin/sh -c echo built \\u003e /built.txt # buildkit","comment":"buildkit.dockerfile.v0"}');
    const cfg = JSON.parse(raw) as { created: string; history: Array<{ created: string; created_by?: string; empty_layer?: boolean }>; rootfs: { diff_ids: string[] } };
    expect(Object.keys(cfg)).toEqual(['architecture', 'config', 'created', 'history', 'os', 'rootfs']);
    const byStep = new Map(cfg.history.map((e) => [e.created_by, e]));
    expect(byStep.get('ENV GREETING=hi')?.created).toBe(byStep.get('RUN /bin/sh -c echo built > /built.txt # buildkit')?.created);
    expect(byStep.get('CMD ["cat" "/app.txt"]')?.created).toBe(byStep.get('WORKDIR /app')?.created);
    expect(cfg.created).toBe(byStep.get('CMD ["cat" "/app.txt"]')?.created);
    expect(cfg.history.filter((e) => !e.empty_layer).length).toBe(cfg.rootfs.diff_ids.length);
    expect((await h.run('docker rmi bk1test')).status).toBe(0);
    const again = await h.run('cd ~/proj && docker build -t bk1test .');
    expect(steps(again.stderr).slice(5, 8).every((s) => s.endsWith('=> CACHED'))).toBe(true);
    expect(again.stderr).toContain(`writing image ${id} done`);
  });
});

describe('docker build: COPY heredocs', () => {
  it('inline files (mode 0644, expanded unless the word is quoted); `<<NAME` in the history', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    // Not recordable with the 20.10 frontend (no heredocs without `# syntax=`): the history
    // text follows bk:frontend/dockerfile/dockerfile2llb/convert.go (`" <<" + src.Path`), the
    // file mode its llb.Mkfile(f, 0644, …).
    await project(h, { Dockerfile: 'FROM alpine:3.20\nENV W=world\nCOPY <<EOF /greet.txt\nhello $W\nEOF\nCOPY <<A <<"B" /docs/\none\nA\ntwo $W\nB\n' });
    const r = await h.run('cd ~/proj && docker build -t bkh .');
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('load build context');
    const hist = await h.run("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' bkh");
    expect(hist.stdout.split('\n').slice(0, 2)).toEqual(['COPY <<A <<B /docs/ # buildkit|11B', 'COPY <<EOF /greet.txt # buildkit|12B']);
    const out = await h.run("docker run --rm bkh sh -c 'cat /greet.txt /docs/A /docs/B; stat -c \"%a %U\" /greet.txt'");
    expect(out.stdout).toBe('hello world\none\ntwo $W\n644 root\n');
  });
});

describe('docker build: what the cache key sees', () => {
  // RUN vertex names expand ARG/ENV values but keep quotes and unset variables (dispatchRun's
  // shlex has RawQuotes and SkipUnsetEnv; ARGs with a value are in the state's env).
  it('ignored files do not count; a changed --build-arg misses at the first RUN after the ARG', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN echo base\nCOPY . /app\nARG V=1\nRUN echo $V\n', 'a.txt': 'a\n', 'x.log': '1\n', '.dockerignore': '*.log\n' });
    expect((await h.run('cd ~/proj && docker build -q .')).status).toBe(0);
    const ignored = await h.run('cd ~/proj && echo 2 > x.log && docker build .');
    expect(steps(ignored.stderr).filter((s) => /^\[\d/.test(s) && !s.includes('FROM'))).toEqual([
      '[2/4] RUN echo base => CACHED',
      '[3/4] COPY . /app => CACHED',
      '[4/4] RUN echo 1 => CACHED',
    ]);
    const arg = await h.run('cd ~/proj && docker build --build-arg V=2 .');
    expect(steps(arg.stderr).filter((s) => /^\[\d/.test(s) && !s.includes('FROM'))).toEqual([
      '[2/4] RUN echo base => CACHED',
      '[3/4] COPY . /app => CACHED',
      '[4/4] RUN echo 2 => DONE 0.1s',
    ]);
    expect(arg.stderr).toContain('#8 [4/4] RUN echo 2\n#8 0.060 2\n');
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN echo "a  b" $NOPE\n' });
    const quoted = await h.run('cd ~/proj && docker build .');
    expect(quoted.stderr).toContain('#5 [2/2] RUN echo "a  b" $NOPE\n#5 0.060 a  b\n');
  });
});

describe('docker build: a base image that is not local', () => {
  it('is fetched into the build cache, not listed by `docker images` (moby/moby#39229)', async () => {
    const h = await imageHost();
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN echo hi > /hi\n' });
    const r = await h.run('cd ~/proj && docker build -q -t fromreg .');
    expect(r.status).toBe(0);
    const images = await h.run("docker images --format '{{.Repository}}:{{.Tag}}'");
    expect(images.stdout).toBe('fromreg:latest\n');
    expect((await h.run('docker run --rm fromreg cat /hi')).stdout).toBe('hi\n');
    // A later pull finds the layers present; the next build is still fully cached.
    const pull = await h.run('docker pull alpine:3.20');
    expect(pull.stdout).toContain('Already exists');
    const again = await h.run('cd ~/proj && docker build -t fromreg .');
    expect(again.stderr).toContain('#5 [2/2] RUN echo hi > /hi\n#5 CACHED\n');
    const bad = await h.run("cd ~/proj && printf 'FROM nosuchimage:1\\n' > Dockerfile && docker build .");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('#2 [internal] load metadata for docker.io/library/nosuchimage:1\n#2 ERROR: ');
  });
});

describe('docker build: RUN heredocs', () => {
  it('a lone heredoc runs its content with the shell; others become one shell script', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    // Not recordable with the 20.10 frontend; names and arguments follow dispatchRun in
    // bk:frontend/dockerfile/dockerfile2llb/convert.go (summarizeHeredoc, the rebuilt script).
    await project(h, { Dockerfile: 'FROM alpine:3.20\nRUN <<EOF\necho one\necho two > /two\nEOF\nRUN cat <<A > /a.txt\nfirst\nA\n' });
    const r = await h.run('cd ~/proj && docker build -t hd .');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('#5 [2/3] RUN <<EOF (echo one...)\n#5 0.060 one\n#5 DONE 0.1s\n');
    expect(r.stderr).toContain('#6 [3/3] RUN cat <<A > /a.txt\n#6 DONE 0.1s\n');
    const hist = await h.run("docker history --no-trunc --format '{{json .CreatedBy}}' hd");
    expect(hist.stdout.split('\n').slice(0, 2)).toEqual(['"RUN /bin/sh -c cat <<A > /a.txt\\nfirst\\nA # buildkit"', '"RUN /bin/sh -c echo one\\necho two > /two\\n # buildkit"']);
    expect((await h.run('docker run --rm hd cat /two /a.txt')).stdout).toBe('two\nfirst\n');
  });
});

describe('docker build --target', () => {
  it('builds and exports the named stage only; an unknown name fails with a suggestion', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, {
      Dockerfile: 'FROM alpine:3.20 AS build\nRUN mkdir /out && echo made > /out/result.txt\nFROM alpine:3.20\nCOPY --from=build /out/result.txt /result.txt\nCOPY app.txt /app.txt\n',
      'app.txt': 'hello\n',
    });
    // Recorded (--target build): no build context is loaded, only the build stage's vertices.
    const r = await h.run('cd ~/proj && docker build --target build -t bk3b .');
    expect(r.status).toBe(0);
    expect(steps(r.stderr).map((s) => s.split(' => ')[0])).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load metadata for docker.io/library/alpine:3.20',
      '[internal] load .dockerignore',
      '[build 1/2] FROM docker.io/library/alpine:3.20',
      '[build 2/2] RUN mkdir /out && echo made > /out/result.txt',
      'exporting to image',
    ]);
    expect((await h.run('docker run --rm bk3b cat /out/result.txt')).stdout).toBe('made\n');
    // 20.10 said `target stage buid could not be found`; v0.25.2 quotes it and suggests (convert.go:401).
    const bad = await h.run('cd ~/proj && docker build --target buid .');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/#1 DONE 0.0s\nERROR: failed to build: failed to solve: target stage "buid" could not be found \(did you mean build\?\)\n$/);
  });
});

describe('docker build: HEALTHCHECK', () => {
  it('sets Config.Healthcheck and writes Go\'s %q of the struct in the history', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await project(h, { Dockerfile: 'FROM alpine:3.20\nHEALTHCHECK --interval=5m --timeout=3s --retries=3 CMD wget -q -O- http://localhost/ || exit 1\n' });
    expect((await h.run('cd ~/proj && docker build -q -t bkhc .')).status).toBe(0);
    // Recorded (20.10): HEALTHCHECK &{["CMD-SHELL" "wget -q -O- http://localhost/ || exit 1"] "5m0s" "3s" "0s" '\x03'};
    // v0.25.2's dockerspec.HealthcheckConfig has StartInterval too, hence one more "0s".
    const hist = await h.run("docker history --no-trunc --format '{{.CreatedBy}}' bkhc");
    expect(hist.stdout.split('\n')[0]).toBe('HEALTHCHECK &{["CMD-SHELL" "wget -q -O- http://localhost/ || exit 1"] "5m0s" "3s" "0s" "0s" \'\\x03\'}');
    const raw = (await h.run(`sudo cat /var/lib/docker/image/overlay2/imagedb/content/sha256/$(docker image inspect -f '{{.Id}}' bkhc | cut -d: -f2)`)).stdout;
    // Recorded: {"Test":["CMD-SHELL","wget -q -O- http://localhost/ || exit 1"],"Interval":300000000000,"Timeout":3000000000,"Retries":3}
    expect(raw).toContain('"Healthcheck":{"Test":["CMD-SHELL","wget -q -O- http://localhost/ || exit 1"],"Interval":300000000000,"Timeout":3000000000,"Retries":3}');
  });
});
