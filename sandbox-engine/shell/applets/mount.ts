/**
 * mount (busybox 1.35 and util-linux alike for listing): without arguments it lists /proc/mounts
 * as `DEV on DIR type TYPE (OPTS)`. Mounting is never possible here (no CAP_SYS_ADMIN in a
 * container, and a normal user elsewhere); recorded from busybox 1.35 as a non-root user:
 *   mount -t tmpfs x /mnt -> "mount: permission denied (are you root?)", status 1
 * `mount` with no /proc/mounts prints nothing (containers get one: runtime/proc-mounts.ts).
 */
import type { Applet } from '../process.ts';

export const applet: Applet = {
  name: 'mount',
  async run(ctx) {
    if (ctx.argv.length > 1) {
      await ctx.stderr.write('mount: permission denied (are you root?)\n');
      return 1;
    }
    let text = '';
    try {
      text = ctx.fs.readText('/proc/mounts');
    } catch {
      return 0;
    }
    let out = '';
    for (const line of text.split('\n')) {
      const f = line.split(' ');
      if (f.length < 4) continue;
      out += `${f[0]} on ${f[1]} type ${f[2]} (${f[3]})\n`;
    }
    await ctx.stdout.write(out);
    return 0;
  },
};
