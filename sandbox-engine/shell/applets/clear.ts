/**
 * clear: ncurses' clear on the host (the terminal's `clear` capability, plus E3 to drop the
 * scrollback where terminfo has it) and busybox clear, which always writes ESC[H ESC[J.
 * Sequences recorded with `TERM=<name> clear | od -c` (ncurses 6.4, busybox 1.35):
 *   xterm, xterm-256color: \e[H\e[2J\e[3J     linux, tmux: \e[H\e[J\e[3J     vt100, screen: \e[H\e[J
 *   TERM unset: "TERM environment variable not set.", 1;  TERM=foo: "'foo': unknown terminal type.", 1
 *   TERM=dumb: nothing, 1 (no clear capability)
 */
import type { Applet } from '../process.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp } from './lib/sys-usage.ts';

/** clear and E3 capabilities of the terminal types Debian's ncurses-base ships. */
const TERMINFO: Record<string, { clear: string | null; e3: string }> = {};
const define = (names: string[], clear: string | null, e3 = '') => {
  for (const n of names) TERMINFO[n] = { clear, e3 };
};
define(['xterm', 'xterm-256color'], '\x1b[H\x1b[2J', '\x1b[3J');
define(['xterm-color', 'rxvt', 'rxvt-unicode', 'rxvt-unicode-256color'], '\x1b[H\x1b[2J');
define(['linux', 'tmux', 'tmux-256color'], '\x1b[H\x1b[J', '\x1b[3J');
define(['screen', 'screen-256color', 'vt100', 'vt102', 'vt220', 'ansi', 'cygwin'], '\x1b[H\x1b[J');
define(['dumb'], null);

const USAGE = 'Usage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n';

export const applet: Applet = {
  name: 'clear',
  async run(ctx) {
    if (ctx.flavour === 'busybox') {
      const help = await busyboxHelp(ctx, 'clear');
      if (help !== null) return help;
      await ctx.stdout.write('\x1b[H\x1b[J');
      return 0;
    }
    const r = parseOptions(ctx, { name: 'clear', short: 'T:Vx', plainGetopt: true });
    if (!r.ok) {
      await ctx.stderr.write(`${progName(ctx, 'clear')}: ${r.message}\n${USAGE}`);
      return 1;
    }
    if (r.operands.length > 0) {
      await ctx.stderr.write(USAGE);
      return 1;
    }
    let term: string | undefined = ctx.env.TERM;
    let keepScrollback = false;
    for (const o of r.opts) {
      if (o.key === 'V') {
        await ctx.stdout.write('ncurses 6.4.20221231\n');
        return 0;
      }
      if (o.key === 'T') term = o.value ?? '';
      if (o.key === 'x') keepScrollback = true;
    }
    if (term === undefined) {
      await ctx.stderr.write('TERM environment variable not set.\n');
      return 1;
    }
    const info = Object.hasOwn(TERMINFO, term) ? TERMINFO[term] : undefined;
    if (info === undefined) {
      await ctx.stderr.write(`'${term}': unknown terminal type.\n`);
      return 1;
    }
    if (info.clear === null) return 1;
    await ctx.stdout.write(info.clear + (keepScrollback ? '' : info.e3));
    return 0;
  },
};
