/**
 * docker image prune and docker system prune through a simulated host. Prompts and report texts
 * recorded from the docker 28.2.2 CLI (test/scenarios/engine 098-102 and by hand).
 */
import { describe, expect, it } from 'vitest';
import { imageHost } from './image-fixture.ts';
import { alpine, busybox, materialize } from '../../sandbox-engine/catalog/index.ts';

const A = materialize(alpine);
const B = materialize(busybox);

const DANGLING_PROMPT = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ';

describe('docker image prune', () => {
  it('asks first: no answer or not y does nothing, silently, status 0', async () => {
    const h = await imageHost({ images: ['alpine'] });
    expect(await h.run('docker image prune </dev/null')).toEqual({ stdout: DANGLING_PROMPT, stderr: '', status: 0 });
    expect(await h.run('echo n | docker image prune')).toEqual({ stdout: DANGLING_PROMPT, stderr: '', status: 0 });
    expect(await h.run('echo y | docker image prune')).toEqual({ stdout: `${DANGLING_PROMPT}Total reclaimed space: 0B\n`, stderr: '', status: 0 });
    expect((await h.run('echo Y | docker image prune -a')).stdout).toBe(
      'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ' +
        `Deleted Images:\nuntagged: alpine:latest\nuntagged: alpine@${A.repoDigest}\ndeleted: ${A.id}\ndeleted: ${A.chainIDs[0]}\n\nTotal reclaimed space: 7.8MB\n`,
    );
  });

  it('-f removes dangling images; a layer another image shares reclaims nothing', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name ip alpine sh -c 'echo 123456789 > /f'");
    const first = (await h.run('docker commit ip temp:1')).stdout.trim();
    await h.run('docker commit ip temp:1');
    expect((await h.run('docker image prune -f')).stdout).toBe(`Deleted Images:\ndeleted: ${first}\n\nTotal reclaimed space: 0B\n`);
    expect((await h.run('docker image prune -f')).stdout).toBe('Total reclaimed space: 0B\n');
    expect((await h.run("docker images --format '{{.Repository}}:{{.Tag}}' temp")).stdout).toBe('temp:1\n');
  });

  it('-a keeps images containers use (their references stay unless another tag of the repo remains)', async () => {
    const h = await imageHost({ images: ['alpine', 'alpine:3.20', 'busybox'] });
    await h.run('docker create --name keepalpine alpine');
    const r = await h.run('docker image prune -a -f');
    expect(r.stdout).toBe(
      'Deleted Images:\n' +
        `untagged: alpine:3.20\nuntagged: busybox:latest\nuntagged: busybox@${B.repoDigest}\ndeleted: ${B.id}\ndeleted: ${B.chainIDs[0]}\n\n` +
        'Total reclaimed space: 4.27MB\n',
    );
    expect((await h.run("docker images --format '{{.Repository}}:{{.Tag}}'")).stdout).toBe('alpine:latest\n');
  });

  it('filters: label, until; unknown ones are refused', async () => {
    const h = await imageHost({ images: ['busybox', 'nginx:alpine'] });
    expect((await h.run('docker image prune -a -f --filter label=maintainer')).stdout).toMatch(/^Deleted Images:\nuntagged: nginx:alpine\n/);
    expect((await h.run('docker image prune -a -f --filter until=2024-09-01T00:00:00Z')).stdout).toBe('Total reclaimed space: 0B\n');
    const r = await h.run('docker image prune -f --filter bogus=1');
    expect([r.stderr, r.status]).toEqual(["Error response from daemon: invalid filter 'bogus'\n", 1]);
  });
});

describe('docker system prune', () => {
  it('lists what goes in the prompt', async () => {
    const h = await imageHost();
    expect((await h.run('docker system prune </dev/null')).stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] ',
    );
    expect((await h.run("docker system prune -a --volumes --filter 'label=a=b' --filter 'label!=c' </dev/null")).stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n' +
        '  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n\n' +
        '  Items to be pruned will be filtered with:\n  - label!=c\n  - label=a=b\n\nAre you sure you want to continue? [y/N] ',
    );
    expect((await h.run('docker system prune --filter until=10m --filter label=x </dev/null')).stdout).toContain(
      '  Items to be pruned will be filtered with:\n  - label=x\n  - until=10m\n\nAre you sure',
    );
    const r = await h.run('docker system prune --volumes --filter until=10m');
    expect([r.stderr, r.status]).toEqual(['ERROR: The "until" filter is not supported with "--volumes"\n', 1]);
  });

  it('removes stopped containers and dangling images, counting their sizes', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name sp alpine sh -c 'echo 1 > /f'");
    const first = (await h.run('docker commit sp temp:1')).stdout.trim();
    await h.run('docker commit sp temp:1');
    const running = (await h.run('docker run -d --name up alpine sleep 300')).stdout.trim();
    const sp = h.daemon.containers.get('sp').id;
    const r = await h.run('docker system prune -f');
    expect(r.stdout).toBe(`Deleted Containers:\n${sp}\n\nDeleted Images:\ndeleted: ${first}\n\nTotal reclaimed space: 2B\n`);
    expect((await h.run('docker ps -a -q --no-trunc')).stdout).toBe(`${running}\n`);
    expect((await h.run('docker images --filter dangling=true -q')).stdout).toBe('');
  });
});
