/**
 * Package managers in `docker build` and `docker run`: the layers they leave and what
 * `docker images` / `docker history` then show, the classic image-size lessons.
 *
 * Reference figure: a real `docker build` of `FROM alpine:latest` (= 3.20.3, 91ef0af61f39) with
 * `RUN apk update && apk add --no-cache curl` printed 15.5MB in `docker images` (published
 * build log, Nov 2024); pkg/alpine/repositories.ts sizes the index caches to land there. The
 * ubuntu figures are our model's (lists stored lz4 at 1.3x the fetched size: an estimate), so
 * those tests check the relations the lesson teaches, not a real number.
 */
import { describe, expect, it } from 'vitest';
import { imageHost, type ImageHost } from './image-fixture.ts';

async function build(h: ImageHost, tag: string, dockerfile: string): Promise<void> {
  const dir = `~/${tag}`;
  expect((await h.run(`mkdir -p ${dir}`)).status).toBe(0);
  expect((await h.run(`printf '%s' '${dockerfile.replace(/'/g, "'\\''")}' > ${dir}/Dockerfile`)).status).toBe(0);
  const r = await h.run(`docker build -q -t ${tag} ${dir}`);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

async function size(h: ImageHost, tag: string): Promise<string> {
  return (await h.run(`docker images --format '{{.Size}}' ${tag}`)).stdout.trim();
}

async function history(h: ImageHost, tag: string): Promise<string[]> {
  return (await h.run(`docker history --no-trunc --format '{{.Size}} {{.CreatedBy}}' ${tag}`)).stdout.trim().split('\n');
}

describe('apk in docker build', () => {
  it('apk update && apk add --no-cache curl: 15.5MB as on real Docker, the index cache in the layer', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await build(h, 'hw5', 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n');
    expect(await size(h, 'hw5')).toBe('15.5MB');
    const r = await h.run('docker run --rm hw5 ls /var/cache/apk');
    expect(r.stdout).toBe('APKINDEX.e0297a25.tar.gz\nAPKINDEX.f86367c4.tar.gz\n');
    const c = await h.run('docker run --rm hw5 curl --version');
    expect(c.stderr).toBe('curl: this program is not available in the simulator\n');
    expect(c.status).toBe(127);
  });

  it('apk add --no-cache alone leaves no index; the same build twice gives the same image', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await build(h, 'a1', 'FROM alpine:3.20\nRUN apk add --no-cache curl\n');
    await build(h, 'a2', 'FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n');
    const a1 = await history(h, 'a1');
    expect(a1[0]).toMatch(/^5\.\d+MB RUN \/bin\/sh -c apk add --no-cache curl # buildkit$/);
    expect((await h.run('docker run --rm a1 ls /var/cache/apk')).stdout).toBe('');
    // A cache deleted in a later layer still weighs in the lower one.
    await build(h, 'a3', 'FROM alpine:3.20\nRUN apk update\nRUN rm -rf /var/cache/apk/*\n');
    const a3 = await history(h, 'a3');
    expect(a3[0]).toBe('0B RUN /bin/sh -c rm -rf /var/cache/apk/* # buildkit');
    expect(a3[1]).toMatch(/^1\.\d+MB RUN \/bin\/sh -c apk update # buildkit$/);
    const h2 = await imageHost({ images: ['alpine:3.20'] });
    await build(h2, 'a1', 'FROM alpine:3.20\nRUN apk add --no-cache curl\n');
    const id1 = (await h.run("docker images --format '{{.ID}}' a1")).stdout;
    const id2 = (await h2.run("docker images --format '{{.ID}}' a1")).stdout;
    expect(id2).toBe(id1);
  });

  it('docker run: apk add changes only the container layer', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    const r = await h.run('docker run --name c1 alpine:3.20 apk add jq');
    expect(r.stdout).toContain('(2/2) Installing jq (1.7.1-r0)\n');
    const d = await h.run('docker diff c1');
    expect(d.stdout).toContain('A /usr/bin/jq\n');
    expect(d.stdout).toContain('C /lib/apk/db/installed\n');
    expect((await h.run('docker run --rm alpine:3.20 ls /usr/bin/jq')).status).not.toBe(0);
  });
});

describe('apt-get in docker build (ubuntu:24.04)', () => {
  it('without apt-get update there is nothing to install', async () => {
    const h = await imageHost({ images: ['ubuntu:24.04'] });
    const r = await h.run('docker run --rm ubuntu:24.04 apt-get install -y curl');
    expect(r.stdout).toBe('Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
    expect(r.stderr).toBe('E: Unable to locate package curl\n');
    expect(r.status).toBe(100);
  });

  it('lists removed in the same RUN are gone; removed in a later RUN they still weigh', async () => {
    const h = await imageHost({ images: ['ubuntu:24.04'] });
    await build(h, 'u1', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n');
    await build(h, 'u2', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n');
    await build(h, 'u3', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n');
    const mb = (s: string): number => Number(s.replace(/MB$/, ''));
    const [s1, s2, s3] = [await size(h, 'u1'), await size(h, 'u2'), await size(h, 'u3')];
    expect(mb(s1) - mb(s2)).toBeGreaterThan(30);
    expect(s3).toBe(s1);
    const h3 = await history(h, 'u3');
    expect(h3[0]).toBe('0B RUN /bin/sh -c rm -rf /var/lib/apt/lists/* # buildkit');
    expect(mb(h3[1].split(' ')[0])).toBeGreaterThan(40);
    // apt-get clean: the downloaded .debs also stay unless removed in the same layer.
    const debs = await h.run('docker run --rm u2 ls /var/cache/apt/archives');
    expect(debs.stdout).toContain('curl_8.5.0-2ubuntu10.6_amd64.deb\n');
  });

  it('prints the real transcript for curl (Jan 2025 ubuntu:24.04 log)', async () => {
    const h = await imageHost({ images: ['ubuntu:24.04'] });
    const r = await h.run('docker run --rm ubuntu:24.04 bash -c "apt-get update >/dev/null && apt-get install -y curl"');
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain(
      'The following additional packages will be installed:\n  ca-certificates krb5-locales libbrotli1 libcurl4t64 libgssapi-krb5-2\n  libk5crypto3 libkeyutils1 libkrb5-3 libkrb5support0 libldap-common libldap2\n  libnghttp2-14 libpsl5t64 librtmp1 libsasl2-2 libsasl2-modules\n  libsasl2-modules-db libssh-4 openssl publicsuffix\n',
    );
    expect(out).toContain('0 upgraded, 21 newly installed, 0 to remove and 0 not upgraded.\nNeed to get 3564 kB of archives.\nAfter this operation, 9199 kB of additional disk space will be used.\nGet:1 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 openssl amd64 3.0.13-0ubuntu3.4 [1003 kB]\n');
    expect(out).toContain('Selecting previously unselected package openssl.\n(Reading database ... 4376 files and directories currently installed.)\nPreparing to unpack .../00-openssl_3.0.13-0ubuntu3.4_amd64.deb ...\n');
    expect(out).toContain('Setting up curl (8.5.0-2ubuntu10.6) ...\nProcessing triggers for libc-bin (2.39-0ubuntu8.2) ...\nProcessing triggers for ca-certificates (20240203) ...\n');
    expect(r.stderr).toContain('debconf: (TERM is not set, so the dialog frontend is not usable.)\n');
  });

  it('DEBIAN_FRONTEND=noninteractive silences debconf; without -y the prompt aborts on empty input', async () => {
    const h = await imageHost({ images: ['ubuntu:24.04'] });
    const q = await h.run('docker run --rm -e DEBIAN_FRONTEND=noninteractive ubuntu:24.04 bash -c "apt-get update >/dev/null && apt-get install -y tzdata"');
    expect(q.stderr).not.toContain('debconf: unable to initialize frontend');
    expect(q.stdout).toContain("\nCurrent default time zone: 'Etc/UTC'\n");
    const a = await h.run('docker run --rm ubuntu:24.04 bash -c "apt-get update >/dev/null && apt-get install jq"');
    expect(a.stdout).toContain('Do you want to continue? [Y/n] Abort.\n');
    expect(a.status).toBe(1);
  });
});
