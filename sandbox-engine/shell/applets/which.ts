/**
 * which: Debian's `which` (debianutils, a dash script) and busybox which. Both print the first
 * executable regular file for each name in PATH (all of them with -a), a name with a slash if it
 * is one, and nothing for a name not found; the status is 1 if any name was not found.
 * Recorded from debianutils 5.7 and busybox 1.35:
 *   which -x ls          -> stdout "Usage: /usr/bin/which [-a] args", stderr "Illegal option -x", 2
 *   busybox which -x ls  -> "which: invalid option -- 'x'" + usage, 1
 *   which (no names)     -> nothing, 1;  busybox which -> usage, 1
 *   PATH=:/bin which x   -> "./x" (an empty entry is the current directory)
 */
import type { Applet, ProcessContext } from '../process.ts';
import { BUSYBOX_DEFAULT_PATH, DASH_DEFAULT_PATH, findInPath, isExecutableFile } from './lib/path-search.ts';
import { busyboxHelp, busyboxShowUsage, sysUsageError } from './lib/sys-usage.ts';
import { parseOptions } from './lib/parse-options.ts';

/** dash's getopts over "a": returns the names, or the illegal option character. */
function debianOptions(args: readonly string[]): { all: boolean; names: string[] } | { bad: string } {
  let all = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (const c of a.slice(1)) {
      if (c === 'a') all = true;
      else return { bad: c };
    }
  }
  return { all, names: args.slice(i) };
}

async function lookup(ctx: ProcessContext, names: readonly string[], all: boolean, defaultPath: string): Promise<number> {
  const path = ctx.env.PATH ?? defaultPath;
  let status = 0;
  for (const name of names) {
    ctx.tick();
    let found: string[];
    if (name.includes('/')) found = isExecutableFile(ctx.fs, name) ? [name] : [];
    else if (name === '') found = [];
    else {
      found = findInPath(ctx.fs, name, path);
      if (!all) found = found.slice(0, 1);
    }
    if (found.length === 0) status = 1;
    for (const f of found) await ctx.stdout.write(f + '\n');
  }
  return status;
}

export const applet: Applet = {
  name: 'which',
  async run(ctx) {
    if (ctx.flavour === 'busybox') {
      const help = await busyboxHelp(ctx, 'which');
      if (help !== null) return help;
      const r = parseOptions(ctx, { name: 'which', short: 'a' });
      if (!r.ok) return sysUsageError(ctx, 'which', r.message);
      if (r.operands.length === 0) return busyboxShowUsage(ctx, 'which');
      return lookup(ctx, r.operands, r.opts.length > 0, BUSYBOX_DEFAULT_PATH);
    }
    const o = debianOptions(ctx.argv.slice(1));
    if ('bad' in o) {
      // The script is run by path, so its $0 is the file PATH led to.
      const a0 = ctx.argv[0] ?? 'which';
      const self = a0.includes('/') ? a0 : `/usr/bin/${a0}`;
      await ctx.stderr.write(`Illegal option -${o.bad}\n`);
      await ctx.stdout.write(`Usage: ${self} [-a] args\n`);
      return 2;
    }
    if (o.names.length === 0) return 1;
    return lookup(ctx, o.names, o.all, DASH_DEFAULT_PATH);
  },
};
