/**
 * chmod: change mode bits, octal (755) or symbolic (u+x,go-w,a=r,g=u,+X); -R recursive, -v/-c
 * report, -f quiet. A mode may look like an option (`chmod -w file`).
 *
 * GNU: `chmod: invalid mode: ‘bad’` + Try line, `chmod: cannot access 'x': ...`,
 * `chmod: changing permissions of 'x': Operation not permitted`; -R walks pre-order and leaves
 * symlinks found inside the tree alone. busybox: `chmod: invalid mode 'bad'`,
 * `chmod: x: Operation not permitted` (libbb recursive_action).
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import type { Errno } from '../../vfs/errors.ts';
import { attempt, bbShowUsage, errText, joinPath, parseOrFail, qa, ql, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { busyboxApplyMode, gnuApplyMode, parseMode, type ModeSpec } from './lib/mode-parse.ts';
import { modeString } from './lib/modestring.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { recursiveAction } from './lib/bb-recursive.ts';
import { pace } from './lib/pace.ts';

const GNU_SPEC: OptionSpec = {
  name: 'chmod',
  short: 'cfvR',
  long: [
    { name: 'changes', arg: 'none', key: 'c' },
    { name: 'silent', arg: 'none', key: 'f' },
    { name: 'quiet', arg: 'none', key: 'f' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'recursive', arg: 'none', key: 'R' },
    { name: 'reference', arg: 'required', key: 'reference' },
    { name: 'preserve-root', arg: 'none', key: 'preserve-root' },
    { name: 'no-preserve-root', arg: 'none', key: 'no-preserve-root' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'chmod', short: 'Rvcf' };

/** Pull a mode that looks like an option (-w, -rwx, -644?) out of the arguments before getopt. */
function extractDashMode(args: string[], gnu: boolean): { args: string[]; mode: string | null } {
  const out: string[] = [];
  let mode: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const looksLikeMode = /^-[rwxXstugoa+=,-]*[rwxXst]/.test(a) && !/^-[cfvR]+$/.test(a);
    if (mode === null && looksLikeMode) {
      mode = a;
      // busybox only takes it when no earlier operand was seen; GNU anywhere.
      if (!gnu && out.some((x) => !x.startsWith('-'))) {
        mode = null;
        out.push(a);
      }
      continue;
    }
    out.push(a);
  }
  return { args: out, mode };
}

interface Job {
  ctx: ProcessContext;
  gnu: boolean;
  spec: ModeSpec;
  modeText: string;
  verbose: boolean;
  changes: boolean;
  quiet: boolean;
  dashMode: boolean;
}

function octal4(m: number): string {
  return (m & 0o7777).toString(8).padStart(4, '0');
}

async function gnuChange(j: Job, path: string, st: Stat): Promise<boolean> {
  const ctx = j.ctx;
  const umask = ctx.fs.umask;
  const mode = gnuApplyMode(j.spec, st.mode, st.kind === 'dir', umask);
  const r = attempt(() => ctx.fs.chmod(path, mode));
  if (!r.ok) {
    if (!j.quiet) await warn(ctx, 'chmod', `changing permissions of ${qa(ctx, path)}: ${errText(r.error)}`);
    return false;
  }
  const changed = (st.mode & 0o7777) !== mode;
  if (j.verbose || (j.changes && changed)) {
    const to = `${octal4(mode)} (${modeString({ kind: st.kind, mode }).slice(1)})`;
    const line = changed
      ? `mode of ${qa(ctx, path)} changed from ${octal4(st.mode)} (${modeString(st).slice(1)}) to ${to}\n`
      : `mode of ${qa(ctx, path)} retained as ${to}\n`;
    await ctx.stdout.write(line);
  }
  // For a mode written like an option (`chmod -w`), GNU warns when the umask kept bits unchanged.
  if (j.dashMode && j.spec.kind === 'symbolic') {
    const wanted = gnuApplyMode(j.spec, st.mode, st.kind === 'dir', 0);
    if (wanted !== mode && !j.quiet) {
      const name = quoteName(path, 'shell-escape', isUtf8Locale(ctx.env));
      await warn(ctx, 'chmod', `${name}: new permissions are ${modeString({ kind: st.kind, mode }).slice(1)}, not ${modeString({ kind: st.kind, mode: wanted }).slice(1)}`);
      return false;
    }
  }
  return true;
}

async function gnuWalk(j: Job, path: string, recursive: boolean, top: boolean): Promise<boolean> {
  const ctx = j.ctx;
  ctx.tick();
  const l = attempt(() => ctx.fs.lstat(path));
  if (!l.ok) {
    if (!j.quiet) await warn(ctx, 'chmod', `cannot access ${qa(ctx, path)}: ${errText(l.error)}`);
    return false;
  }
  if (l.value.kind === 'symlink') {
    // Links inside a tree are skipped; a named link is followed.
    if (!top) return true;
    const s = attempt(() => ctx.fs.stat(path));
    if (!s.ok) {
      if (!j.quiet) await warn(ctx, 'chmod', `cannot operate on dangling symlink ${qa(ctx, path)}`);
      return false;
    }
    return gnuChange(j, path, s.value);
  }
  let ok = await gnuChange(j, path, l.value);
  if (recursive && l.value.kind === 'dir') {
    const names = attempt(() => ctx.fs.readdir(path));
    if (!names.ok) {
      if (!j.quiet) await warn(ctx, 'chmod', `cannot read directory ${qa(ctx, path)}: ${errText(names.error)}`);
      return false;
    }
    for (const n of names.value) {
      await pace(ctx);
      if (!(await gnuWalk(j, joinPath(path, n), true, false))) ok = false;
    }
  }
  return ok;
}

export const applet: Applet = {
  name: 'chmod',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const pre = extractDashMode(ctx.argv.slice(1), gnu);
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC, pre.args);
    if (typeof p === 'number') return p;
    const operands = [...p.operands];
    const reference = gnu ? p.value('reference') : undefined;
    let modeText: string | undefined = pre.mode ?? undefined;
    if (reference === undefined && modeText === undefined) modeText = operands.shift();
    if (modeText === undefined) return gnu ? usageError(ctx, 'chmod', 'missing operand') : bbShowUsage(ctx, 'chmod');
    if (operands.length === 0) {
      if (!gnu) return bbShowUsage(ctx, 'chmod');
      return usageError(ctx, 'chmod', `missing operand after ${ql(ctx, modeText)}`);
    }
    let spec: ModeSpec | null;
    if (reference !== undefined) {
      const r = attempt(() => ctx.fs.stat(reference));
      if (!r.ok) {
        await warn(ctx, 'chmod', `failed to get attributes of ${qa(ctx, reference)}: ${errText(r.error)}`);
        return 1;
      }
      spec = { kind: 'octal', value: r.value.mode & 0o7777, digits: 5 };
    } else spec = parseMode(modeText);
    const j: Job = { ctx, gnu, spec: spec!, modeText, verbose: p.has('v'), changes: p.has('c'), quiet: p.has('f'), dashMode: pre.mode !== null };
    const recursive = p.has('R');
    if (gnu) {
      if (!spec) return usageError(ctx, 'chmod', `invalid mode: ${ql(ctx, modeText)}`);
      let status = 0;
      for (const f of operands) if (!(await gnuWalk(j, f, recursive, true))) status = 1;
      return status;
    }
    let status = 0;
    for (const f of operands) {
      const ok = await recursiveAction(ctx, 'chmod', f, { recurse: recursive, depthFirst: false, followTop: false, follow: false, quiet: j.quiet }, async (path, st0, depth): Promise<Errno | null> => {
        let st = st0;
        if (depth === 0) {
          const s = attempt(() => ctx.fs.stat(path));
          if (!s.ok) {
            if (!j.quiet) await warn(ctx, 'chmod', `${path}: ${errText(s.error)}`);
            return s.error.code;
          }
          st = s.value;
        } else if (st.kind === 'symlink') return null;
        if (!spec) {
          // busybox parses the mode per file and dies on the first bad one.
          await warn(ctx, 'chmod', `invalid mode '${modeText}'`);
          throw new BadMode();
        }
        const mode = busyboxApplyMode(spec, st.mode, st.kind === 'dir', ctx.fs.umask);
        const r = attempt(() => ctx.fs.chmod(path, mode));
        if (!r.ok) {
          if (!j.quiet) await warn(ctx, 'chmod', `${path}: ${errText(r.error)}`);
          return r.error.code;
        }
        if (j.verbose || (j.changes && (st.mode & 0o7777) !== mode)) {
          await ctx.stdout.write(`mode of '${path}' changed to ${octal4(mode)} (${modeString({ kind: st.kind, mode }).slice(1)})\n`);
        }
        return null;
      }).catch((e: unknown) => {
        if (e instanceof BadMode) return 'die' as const;
        throw e;
      });
      if (ok === 'die') return 1;
      if (!ok) status = 1;
    }
    return status;
  },
};

class BadMode extends Error {}
