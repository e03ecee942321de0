/** mount, recorded from busybox 1.35 (`busybox mount`, and `mount -t tmpfs x /mnt` as student). */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { createHost } from '../../host/host.ts';
import { applet as mount } from './mount.ts';
import { ROOT } from '../../vfs/types.ts';

describe('mount', () => {
  it('lists /proc/mounts as DEV on DIR type TYPE (OPTS)', async () => {
    const host = createHost({ seed: 1, flavour: 'busybox' });
    host.vfs.view(ROOT, '/', 0).writeFile('/proc/mounts', 'proc /proc proc rw,relatime 0 0\nsysfs /sys sysfs rw,relatime 0 0\n');
    const r = await runApplet(mount, ['mount'], { host, flavour: 'busybox' });
    expect(r.stdout).toBe('proc on /proc type proc (rw,relatime)\nsysfs on /sys type sysfs (rw,relatime)\n');
    expect(r.status).toBe(0);
  });

  it('refuses to mount', async () => {
    const r = await runApplet(mount, ['mount', '-t', 'tmpfs', 'x', '/mnt'], { flavour: 'busybox' });
    expect([r.stderr, r.status]).toEqual(['mount: permission denied (are you root?)\n', 1]);
  });
});
