/**
 * /proc/mounts inside a container lists what runc mounted, so `mount` and `df` show a container's
 * volumes, binds and tmpfs mounts. Shapes recorded on the reference engine (docker 20.10, runc
 * 1.1) with:
 *   docker run --rm -v pmvol:/data -v /tmp/pmx/bind:/bind:ro --tmpfs /scratch \
 *     --mount type=tmpfs,dst=/t2,tmpfs-size=1m alpine sh -c 'cat /proc/mounts; mount; df'
 * which printed (device names and the cgroup v1 lines of that VM aside), among others:
 *   /dev/vda /data ext4 rw,relatime,...        /dev/vda /bind ext4 ro,relatime,...
 *   tmpfs /scratch tmpfs rw,nosuid,nodev,noexec,relatime 0 0
 *   tmpfs /t2 tmpfs rw,nosuid,nodev,noexec,relatime,size=1024k 0 0
 *   /dev/vda on /data type ext4 (rw,relatime,...)
 * and the three /etc files after the depth-1 user mounts. runc 1.2+ (Engine 28) adds `mode=755`
 * to a tmpfs created on a new directory (see runtime/proc-mounts.ts).
 */
import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';

async function inContainer(script: string): Promise<string> {
  const host = createHost({ seed: 3 });
  let out = '';
  const s = createSession({ host, onOutput: (t) => (out += t) });
  await s.input('mkdir -p web && docker pull -q alpine >/dev/null');
  out = '';
  await s.input(`docker run --rm -v data:/data -v /home/student/web:/web:ro --tmpfs /scratch --mount type=tmpfs,dst=/t2,tmpfs-size=1m alpine sh -c '${script}'`);
  return out;
}

describe('/proc/mounts in a container', () => {
  it('lists the overlay root, runc defaults, then the user mounts and /etc files by depth', async () => {
    const lines = (await inContainer('cat /proc/mounts')).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^overlay \/ overlay rw,relatime,lowerdir=\/var\/lib\/docker\/overlay2\/l\/[A-Z0-9]{26}:\/var\/lib\/docker\/overlay2\/l\/[A-Z0-9]{26},upperdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff,workdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/work 0 0$/);
    const targets = lines.map((l) => l.split(' ')[1]);
    expect(targets.slice(1, 8)).toEqual(['/proc', '/dev', '/dev/pts', '/sys', '/sys/fs/cgroup', '/dev/mqueue', '/dev/shm']);
    expect(targets.slice(8, 15)).toEqual(['/data', '/web', '/scratch', '/t2', '/etc/resolv.conf', '/etc/hostname', '/etc/hosts']);
    expect(lines).toContain('/dev/sda1 /data ext4 rw,relatime,errors=remount-ro 0 0');
    expect(lines).toContain('/dev/sda1 /web ext4 ro,relatime,errors=remount-ro 0 0');
    expect(lines).toContain('tmpfs /scratch tmpfs rw,nosuid,nodev,noexec,relatime,mode=755 0 0');
    expect(lines).toContain('tmpfs /t2 tmpfs rw,nosuid,nodev,noexec,relatime,size=1024k,mode=755 0 0');
  });

  it('is what busybox mount and df read', async () => {
    const out = await inContainer('mount | grep -E "data|web|scratch"; df /data /t2');
    expect(out).toContain('/dev/sda1 on /data type ext4 (rw,relatime,errors=remount-ro)\n');
    expect(out).toContain('/dev/sda1 on /web type ext4 (ro,relatime,errors=remount-ro)\n');
    expect(out).toContain('tmpfs on /scratch type tmpfs (rw,nosuid,nodev,noexec,relatime,mode=755)\n');
    expect(out).toMatch(/\n\/dev\/sda1 +\d+ +\d+ +\d+ +\d+% \/data\n/);
    expect(out).toMatch(/\ntmpfs +1024 +0 +1024 +0% \/t2\n/);
  });
});

describe("the host's /proc/mounts", () => {
  it('lists an overlay per running container, as the reference host did, and drops it at stop', async () => {
    const host = createHost({ seed: 4 });
    let out = '';
    const s = createSession({ host, onOutput: (t) => (out += t) });
    await s.input('docker pull -q alpine >/dev/null; docker run -d --name web alpine sleep 100 >/dev/null');
    out = '';
    await s.input('mount | grep overlay');
    expect(out).toMatch(/^overlay on \/var\/lib\/docker\/overlay2\/([0-9a-f]{64})\/merged type overlay \(rw,relatime,lowerdir=\/var\/lib\/docker\/overlay2\/l\/[A-Z0-9]{26}:\/var\/lib\/docker\/overlay2\/l\/[A-Z0-9]{26},upperdir=\/var\/lib\/docker\/overlay2\/\1\/diff,workdir=\/var\/lib\/docker\/overlay2\/\1\/work\)\n$/);
    out = '';
    await s.input('docker stop -t 0 web >/dev/null; grep -c overlay /proc/mounts; grep " / " /proc/mounts');
    expect(out).toBe('0\n/dev/sda1 / ext4 rw,relatime 0 0\n');
  });
});
