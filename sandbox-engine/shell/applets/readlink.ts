/**
 * readlink: print a symlink's target, or (-f/-e/-m) the canonical absolute name.
 *
 * GNU (coreutils 9.1): several names; silent on errors unless -v (`readlink: f: Invalid argument`,
 * names quoted as quotef does); -n is dropped with a warning when there are several names; -z ends
 * lines with NUL. The last of -e/-f/-m wins, as does the last of -v/-q/-s.
 *
 * busybox 1.35: exactly one name (else the usage text), options -f -n -v (-q -s accepted); -v only
 * speaks for plain readlink (`readlink: f: cannot read link: not a symlink`); -f is
 * xmalloc_realpath_coreutils, realpath(3) with a fallback for a missing last component that has
 * quirks of its own (see bbRealpath).
 */
import type { Applet, ProcessContext } from '../process.ts';
import { attempt, bbShowUsage, parseOrFail, qf, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { canonicalize, type CanonMode, type CanonResult } from './lib/canonicalize.ts';
import { strerror } from '../../vfs/errors.ts';
import { gnuHelp, gnuVersion } from './lib/sys-usage.ts';

const GNU_SPEC: OptionSpec = {
  name: 'readlink',
  short: 'efmnqsvz',
  long: [
    { name: 'canonicalize', arg: 'none', key: 'f' },
    { name: 'canonicalize-existing', arg: 'none', key: 'e' },
    { name: 'canonicalize-missing', arg: 'none', key: 'm' },
    { name: 'no-newline', arg: 'none', key: 'n' },
    { name: 'quiet', arg: 'none', key: 'q' },
    { name: 'silent', arg: 'none', key: 's' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'zero', arg: 'none', key: 'z' },
    { name: 'help', arg: 'none', key: 'help' },
    { name: 'version', arg: 'none', key: 'version' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'readlink', short: 'fnvsq' };

/**
 * readlink(2) on the name as given. A trailing slash makes the kernel follow the link first, so
 * `link/` to a directory is EINVAL like any directory.
 */
function readLink(ctx: ProcessContext, name: string): CanonResult {
  const r = attempt(() => (name.endsWith('/') ? (ctx.fs.stat(name), '') : ctx.fs.readlink(name)));
  if (!r.ok) return { ok: false, code: r.error.code };
  return name.endsWith('/') ? { ok: false, code: 'EINVAL' } : { ok: true, path: r.value };
}

const MODES: Record<string, CanonMode> = { e: 'existing', f: 'all-but-last', m: 'missing' };

async function gnu(ctx: ProcessContext): Promise<number> {
  const p = await parseOrFail(ctx, GNU_SPEC);
  if (typeof p === 'number') return p;
  if (p.has('help')) {
    await ctx.stdout.write(gnuHelp(ctx, 'readlink'));
    return 0;
  }
  if (p.has('version')) {
    await ctx.stdout.write(gnuVersion('readlink'));
    return 0;
  }
  let mode: CanonMode | null = null;
  let verbose = false;
  for (const { key } of p.opts) {
    if (key in MODES) mode = MODES[key];
    else if (key === 'v') verbose = true;
    else if (key === 'q' || key === 's') verbose = false;
  }
  if (p.operands.length === 0) return usageError(ctx, 'readlink', 'missing operand');
  let noNewline = p.has('n');
  if (noNewline && p.operands.length > 1) {
    await warn(ctx, 'readlink', 'ignoring --no-newline with multiple arguments');
    noNewline = false;
  }
  const end = noNewline ? '' : p.has('z') ? '\0' : '\n';
  let status = 0;
  for (const name of p.operands) {
    ctx.tick();
    const r = mode === null ? readLink(ctx, name) : canonicalize(ctx.fs, name, mode);
    if (r.ok) {
      await ctx.stdout.write(r.path + end);
      continue;
    }
    status = 1;
    if (verbose) await warn(ctx, 'readlink', `${qf(ctx, name)}: ${strerror(r.code)}`);
  }
  return status;
}

/** How many dangling links in a row bbRealpath follows before giving up (a guard; see below). */
const BB_MAX_DEPTH = 40;

/**
 * busybox's xmalloc_realpath_coreutils: realpath(3); when that fails with ENOENT, a dangling
 * symlink is followed by hand (a relative target is taken from the *current* directory, not the
 * link's, as busybox does), and otherwise `dir/missing` becomes realpath(dir) + "/missing" (so
 * `/tmp/../x` gives `//x`, and a bare `missing` fails).
 */
function bbRealpath(ctx: ProcessContext, name: string, depth = 0): string | null {
  const r = canonicalize(ctx.fs, name, 'existing');
  if (r.ok) return r.path;
  if (r.code !== 'ENOENT' || depth > BB_MAX_DEPTH || name === '') return null;
  const link = readLink(ctx, name);
  if (link.ok) {
    if (link.path.startsWith('/')) return bbRealpath(ctx, link.path, depth + 1);
    const cwd = ctx.fs.cwd;
    return bbRealpath(ctx, cwd.endsWith('/') ? cwd + link.path : `${cwd}/${link.path}`, depth + 1);
  }
  let path = name;
  while (path.startsWith('//')) path = path.slice(1);
  let i = path.length - 1;
  while (i > 0 && path[i] === '/') i--;
  path = path.slice(0, i + 1);
  const slash = path.lastIndexOf('/');
  if (slash === 0) return path;
  if (slash < 0) return null;
  const dir = canonicalize(ctx.fs, path.slice(0, slash), 'existing');
  return dir.ok ? `${dir.path}/${path.slice(slash + 1)}` : null;
}

async function busybox(ctx: ProcessContext): Promise<number> {
  if (ctx.argv[1] === '--help') {
    // The usage block on stderr, as for a usage error, but status 0.
    await bbShowUsage(ctx, 'readlink');
    return 0;
  }
  const p = await parseOrFail(ctx, BB_SPEC);
  if (typeof p === 'number') return p;
  if (p.operands.length !== 1) return bbShowUsage(ctx, 'readlink');
  const name = p.operands[0];
  let out: string | null;
  if (p.has('f')) out = bbRealpath(ctx, name);
  else {
    const r = readLink(ctx, name);
    out = r.ok ? r.path : null;
    if (!r.ok && p.has('v')) {
      // EINVAL would read "Invalid argument", which busybox finds puzzling.
      const why = r.code === 'EINVAL' ? 'not a symlink' : strerror(r.code);
      await warn(ctx, 'readlink', `${name}: cannot read link: ${why}`);
    }
  }
  if (out === null) return 1;
  await ctx.stdout.write(p.has('n') ? out : `${out}\n`);
  return 0;
}

export const applet: Applet = {
  name: 'readlink',
  run: (ctx) => (ctx.flavour === 'gnu' ? gnu(ctx) : busybox(ctx)),
};
