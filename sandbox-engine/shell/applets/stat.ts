/**
 * stat: file status in the default multi-line form, -t terse, or -c/--format (--printf) directives;
 * -L follows symlinks.
 *
 * GNU 9.1: `Device: 8,1` (major,minor), a ` Birth:` line (`-`: the simulator keeps no birth
 * time), names quoted only when needed in the default form and always with %N under -c, errors
 * `stat: cannot statx 'x': ...`. busybox: `Device: 801h/2049d`, no Birth line,
 * `File: 'lnk' -> 'b'`, `stat: can't stat 'x': ...`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { attempt, bbShowUsage, errText, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { IdNames } from './lib/id-names.ts';
import { fileTypeName, modeString } from './lib/modestring.ts';
import { blocks512 } from './lib/sizes.ts';
import { epochSeconds, isoNanos } from './lib/fs-time.ts';

const GNU_SPEC: OptionSpec = {
  name: 'stat',
  short: 'c:fLt',
  long: [
    { name: 'format', arg: 'required', key: 'c' },
    { name: 'printf', arg: 'required', key: 'printf' },
    { name: 'dereference', arg: 'none', key: 'L' },
    { name: 'file-system', arg: 'none', key: 'f' },
    { name: 'terse', arg: 'none', key: 't' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'stat', short: 'c:fLt' };

const GNU_DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const GNU_DEFAULT_DEV =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const GNU_TERSE = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n';
const BB_DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Dh/%dd\tInode: %-10i  Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n';
const BB_DEFAULT_DEV =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Dh/%dd\tInode: %-10i  Links: %-5h Device type: %t,%T\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n';
const BB_TERSE = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o\n';

const TYPE_BITS: Record<Stat['kind'], number> = { file: 0o100000, dir: 0o040000, symlink: 0o120000, chardev: 0o020000, fifo: 0o010000, socket: 0o140000 };

interface Ctx {
  ctx: ProcessContext;
  gnu: boolean;
  ids: IdNames;
  /** Quote names (GNU): 'shell-escape' in the default form, always under -c. */
  quoteAlways: boolean;
}

function applyWidth(spec: string, val: string): string {
  const m = /^([-0#+ ']*)(\d*)(?:\.(\d+))?$/.exec(spec);
  if (!m) return val;
  let v = val;
  if (m[3] !== undefined) v = v.slice(0, Number(m[3]));
  const width = m[2] ? Number(m[2]) : 0;
  if (v.length >= width) return v;
  if (m[1].includes('-')) return v.padEnd(width);
  if (m[1].includes('0') && /^\d+$/.test(v)) return v.padStart(width, '0');
  return v.padStart(width);
}

function quoted(c: Ctx, name: string): string {
  if (!c.gnu) return name;
  return quoteName(name, c.quoteAlways ? 'shell-escape-always' : 'shell-escape', isUtf8Locale(c.ctx.env));
}

function directive(c: Ctx, k: string, mod: string, name: string, st: Stat): string {
  const major = (d: number): number => d >> 8;
  const minor = (d: number): number => d & 0xff;
  switch (k) {
    case 'n':
      return name;
    case 'N': {
      if (st.kind !== 'symlink') return quoted(c, name);
      const t = attempt(() => c.ctx.fs.readlink(name));
      const target = t.ok ? t.value : '';
      return c.gnu ? `${quoted(c, name)} -> ${quoted(c, target)}` : `'${name}' -> '${target}'`;
    }
    case 'a':
      return (st.mode & 0o7777).toString(8);
    case 'A':
      return modeString(st);
    case 'f':
      return (TYPE_BITS[st.kind] | (st.mode & 0o7777)).toString(16);
    case 'F':
      return fileTypeName(st);
    case 's':
      return String(st.size);
    case 'b':
      return String(blocks512(st));
    case 'B':
      return '512';
    case 'o':
      return '4096';
    case 'i':
      return String(st.ino);
    case 'h':
      return String(st.nlink);
    case 'u':
      return String(st.uid);
    case 'g':
      return String(st.gid);
    case 'U':
      return c.ids.userName(st.uid) ?? 'UNKNOWN';
    case 'G':
      return c.ids.groupName(st.gid) ?? 'UNKNOWN';
    case 'd':
      if (mod === 'H') return String(major(st.dev));
      if (mod === 'L') return String(minor(st.dev));
      return String(st.dev);
    case 'D':
      return st.dev.toString(16);
    case 'r':
      if (mod === 'H') return String(major(st.rdev));
      if (mod === 'L') return String(minor(st.rdev));
      return String(st.rdev);
    case 't':
      return major(st.rdev).toString(16);
    case 'T':
      return minor(st.rdev).toString(16);
    case 'm':
      return '/';
    case 'x':
      return isoNanos(st.atime);
    case 'y':
      return isoNanos(st.mtime);
    case 'z':
      return isoNanos(st.ctime);
    case 'X':
      return String(epochSeconds(st.atime));
    case 'Y':
      return String(epochSeconds(st.mtime));
    case 'Z':
      return String(epochSeconds(st.ctime));
    case 'w':
      return c.gnu ? '-' : 'w';
    case 'W':
      return c.gnu ? '0' : 'W';
    default:
      return c.gnu ? `?` : k;
  }
}

function render(c: Ctx, format: string, name: string, st: Stat, escapes: boolean): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (escapes && ch === '\\' && i + 1 < format.length) {
      const e = format[++i];
      const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', r: '\r', '0': '\0', '"': '"' };
      out += map[e] ?? '\\' + e;
      continue;
    }
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const m = /^([-0#+ ']*\d*(?:\.\d+)?)([HL]?)(.)?/.exec(format.slice(i + 1));
    if (!m || m[3] === undefined) {
      out += '%';
      continue;
    }
    i += m[0].length;
    if (m[3] === '%') {
      out += '%';
      continue;
    }
    // GNU: %H/%L only modify d and r.
    if (m[2] && !'dr'.includes(m[3])) {
      out += '?';
      continue;
    }
    out += applyWidth(m[1], directive(c, m[3], m[2], name, st));
  }
  return out;
}

export const applet: Applet = {
  name: 'stat',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) return gnu ? usageError(ctx, 'stat', 'missing operand') : bbShowUsage(ctx, 'stat');
    const custom = p.value('c');
    const printfFmt = gnu ? p.value('printf') : undefined;
    const c: Ctx = { ctx, gnu, ids: new IdNames(ctx.fs), quoteAlways: custom !== undefined || printfFmt !== undefined };
    let status = 0;
    for (const name of p.operands) {
      ctx.tick();
      if (p.has('f')) {
        // File-system status: one plausible ext4 root file system.
        const s = attempt(() => ctx.fs.stat(name));
        if (!s.ok) {
          if (gnu) await warn(ctx, 'stat', `cannot read file system information for ${qa(ctx, name)}: ${errText(s.error)}`);
          else await warn(ctx, 'stat', `can't read file system information for '${name}': ${errText(s.error)}`);
          status = 1;
          continue;
        }
        const fsName = gnu ? quoted({ ...c, quoteAlways: false }, name) : name;
        await ctx.stdout.write(
          `  File: "${fsName}"\n    ID: 3c1d7e0f2a5b9d41 Namelen: 255     Type: ext2/ext3\n` +
            (gnu ? 'Block size: 4096       Fundamental block size: 4096\n' : 'Block size: 4096      \n') +
            'Blocks: Total: 7574050    Free: 5663918    Available: 5271410\nInodes: Total: 1933312    Free: 1846217\n',
        );
        continue;
      }
      const r = attempt(() => (p.has('L') ? ctx.fs.stat(name) : ctx.fs.lstat(name)));
      if (!r.ok) {
        if (gnu) await warn(ctx, 'stat', `cannot statx ${qa(ctx, name)}: ${errText(r.error)}`);
        else await warn(ctx, 'stat', `can't stat '${name}': ${errText(r.error)}`);
        status = 1;
        continue;
      }
      const st = r.value;
      let format: string;
      let escapes = false;
      if (printfFmt !== undefined) {
        format = printfFmt;
        escapes = true;
      } else if (custom !== undefined) format = custom + '\n';
      else if (p.has('t')) format = gnu ? GNU_TERSE : BB_TERSE;
      else if (st.kind === 'chardev') format = gnu ? GNU_DEFAULT_DEV : BB_DEFAULT_DEV;
      else format = gnu ? GNU_DEFAULT : BB_DEFAULT;
      await ctx.stdout.write(render(c, format, name, st, escapes));
    }
    return status;
  },
};
