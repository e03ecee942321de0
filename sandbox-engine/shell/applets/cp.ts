/**
 * cp: copy files and (-r/-R/-a) directory trees; -p/-a preserve mode, times (and owner for root),
 * -d/-P keep symlinks, -L follows them, -n/-i/-f/-u, -l/-s make links, -t DIR, -T, -v.
 *
 * The target rule is POSIX: with two operands and a last one that is not a directory, copy to that
 * name; otherwise copy each source into the directory. The copying itself is in lib/copy.ts.
 */
import type { Applet } from '../process.ts';
import { attempt, bbShowUsage, errText, joinPath, lastComponent, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { BusyboxCopier, GnuCopier, type CopyOptions } from './lib/copy.ts';

const GNU_SPEC: OptionSpec = {
  name: 'cp',
  short: 'aRrpdPLHfinuvlst:T',
  long: [
    { name: 'archive', arg: 'none', key: 'a' },
    { name: 'recursive', arg: 'none', key: 'R' },
    { name: 'preserve', arg: 'optional', key: 'preserve' },
    { name: 'no-preserve', arg: 'required', key: 'no-preserve' },
    { name: 'no-dereference', arg: 'none', key: 'P' },
    { name: 'dereference', arg: 'none', key: 'L' },
    { name: 'force', arg: 'none', key: 'f' },
    { name: 'interactive', arg: 'none', key: 'i' },
    { name: 'no-clobber', arg: 'none', key: 'n' },
    { name: 'update', arg: 'optional', key: 'u' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'link', arg: 'none', key: 'l' },
    { name: 'symbolic-link', arg: 'none', key: 's' },
    { name: 'target-directory', arg: 'required', key: 't' },
    { name: 'no-target-directory', arg: 'none', key: 'T' },
    { name: 'remove-destination', arg: 'none', key: 'f' },
  ],
};

const BB_SPEC: OptionSpec = {
  name: 'cp',
  short: 'pdRrafilsLHPvnuTt:',
  long: [
    { name: 'archive', arg: 'none', key: 'a' },
    { name: 'force', arg: 'none', key: 'f' },
    { name: 'interactive', arg: 'none', key: 'i' },
    { name: 'no-clobber', arg: 'none', key: 'n' },
    { name: 'link', arg: 'none', key: 'l' },
    { name: 'dereference', arg: 'none', key: 'L' },
    { name: 'no-dereference', arg: 'none', key: 'P' },
    { name: 'recursive', arg: 'none', key: 'R' },
    { name: 'symbolic-link', arg: 'none', key: 's' },
    { name: 'no-target-directory', arg: 'none', key: 'T' },
    { name: 'target-directory', arg: 'required', key: 't' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'update', arg: 'none', key: 'u' },
    { name: 'remove-destination', arg: 'none', key: 'f' },
  ],
};

export const applet: Applet = {
  name: 'cp',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    const o: CopyOptions = {
      recursive: false,
      deref: true,
      derefCommandLine: true,
      preserve: false,
      noClobber: false,
      interactive: false,
      force: false,
      update: false,
      verbose: false,
      link: null,
      prog: 'cp',
    };
    let keepLinks = false;
    let followAll = false;
    for (const { key, value } of p.opts) {
      switch (key) {
        case 'a':
          o.recursive = true;
          o.preserve = true;
          keepLinks = true;
          break;
        case 'R':
        case 'r':
          o.recursive = true;
          break;
        case 'p':
          o.preserve = true;
          break;
        case 'preserve':
          if (value === undefined || /mode|timestamps|all/.test(value)) o.preserve = true;
          break;
        case 'no-preserve':
          o.preserve = false;
          break;
        case 'd':
        case 'P':
          keepLinks = true;
          followAll = false;
          break;
        case 'L':
          followAll = true;
          keepLinks = false;
          break;
        case 'H':
          o.derefCommandLine = true;
          break;
        case 'f':
          o.force = true;
          break;
        case 'i':
          o.interactive = true;
          o.noClobber = false;
          break;
        case 'n':
          o.noClobber = true;
          o.interactive = false;
          break;
        case 'u':
          o.update = true;
          break;
        case 'v':
          o.verbose = true;
          break;
        case 'l':
          o.link = 'hard';
          break;
        case 's':
          o.link = 'soft';
          break;
      }
    }
    // Without -r, cp follows symlinks; -r (and -d, -P) copy them as links, -L follows them all.
    o.deref = followAll || (!o.recursive && !keepLinks);
    o.derefCommandLine = o.deref || p.has('H');
    const targetDir = p.value('t');
    const noTargetDir = p.has('T');
    const ops = p.operands;
    const copier = gnu ? new GnuCopier(ctx, o) : new BusyboxCopier(ctx, o);

    if (targetDir !== undefined) {
      const t = attempt(() => ctx.fs.stat(targetDir));
      if (gnu && (!t.ok || t.value.kind !== 'dir')) {
        await warn(ctx, 'cp', t.ok ? `target directory ${qa(ctx, targetDir)}: Not a directory` : `target directory ${qa(ctx, targetDir)}: ${errText(t.error)}`);
        return 1;
      }
      if (ops.length === 0) return gnu ? usageError(ctx, 'cp', 'missing file operand') : bbShowUsage(ctx, 'cp');
      let status = 0;
      for (const src of ops) if (!(await copier.copy(src, joinPath(targetDir, lastComponent(src)), true))) status = 1;
      return status;
    }
    if (ops.length < 2) {
      if (!gnu) return bbShowUsage(ctx, 'cp');
      if (ops.length === 0) return usageError(ctx, 'cp', 'missing file operand');
      return usageError(ctx, 'cp', `missing destination file operand after ${qa(ctx, ops[0])}`);
    }
    const target = ops[ops.length - 1];
    const sources = ops.slice(0, -1);
    if (noTargetDir) {
      if (ops.length > 2) return gnu ? usageError(ctx, 'cp', `extra operand ${qa(ctx, ops[2])}`) : bbShowUsage(ctx, 'cp');
      return (await copier.copy(sources[0], target, true)) ? 0 : 1;
    }
    const t = attempt(() => ctx.fs.stat(target));
    const targetIsDir = t.ok && t.value.kind === 'dir';
    if (ops.length === 2 && gnu && !targetIsDir) return (await copier.copy(sources[0], target, true)) ? 0 : 1;
    if (ops.length === 2 && !gnu) {
      // busybox stats both first and stops on errors other than "missing"; it copies straight to
      // the target when neither is a directory, or when -r copies a directory to a new name.
      const s = attempt(() => (o.deref ? ctx.fs.stat(sources[0]) : ctx.fs.lstat(sources[0])));
      if (!s.ok && s.error.code !== 'ENOENT') {
        await warn(ctx, 'cp', `can't stat '${sources[0]}': ${errText(s.error)}`);
        return 1;
      }
      if (!t.ok && t.error.code !== 'ENOENT') {
        await warn(ctx, 'cp', `can't stat '${target}': ${errText(t.error)}`);
        return 1;
      }
      const srcIsDir = s.ok && s.value.kind === 'dir';
      if ((!srcIsDir && !targetIsDir) || (o.recursive && srcIsDir && !t.ok)) {
        return (await copier.copy(sources[0], target, true)) ? 0 : 1;
      }
    }
    if (gnu && !targetIsDir) {
      await warn(ctx, 'cp', `target ${qa(ctx, target)}: ${t.ok ? 'Not a directory' : errText(t.error)}`);
      return 1;
    }
    let status = 0;
    for (const src of sources) {
      if (!(await copier.copy(src, joinPath(target, lastComponent(src)), true))) status = 1;
    }
    return status;
  },
};
