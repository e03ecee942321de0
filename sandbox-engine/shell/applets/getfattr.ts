/**
 * getfattr (Debian's attr 2.5.1): extended attributes of files, as `sudo getfattr -d -m -
 * .../diff/etc/apk` shows overlayfs's `trusted.overlay.opaque="y"`. Recorded from attr 2.5.1:
 *   getfattr -n trusted.overlay.opaque -d /tmp/d  -> stderr "getfattr: Removing leading '/' from
 *        absolute path names" (once, when a path is first printed), stdout "# file: tmp/d\n
 *        trusted.overlay.opaque=\"y\"\n\n"
 *   --only-values            -> the bare value bytes, no header, no newline
 *   getfattr F (no -n/-d)    -> the names matching -m (default ^user\.), without values
 *   -n user.none F           -> "F: user.none: No such attribute", 1 (with -d: printed, status 0)
 *   missing F                -> "getfattr: F: No such file or directory", 1
 *   values: "text" when at least 8 bytes in 9 are printable ASCII (one trailing NUL not counted),
 *        with \000 \012 \015 octal and \" \\; else 0s base64; -e text|hex|base64 forces one
 *   paths and names quote \n \r (names also =) and \ as \ooo; "./" and leading "/" are stripped
 *   usage errors (no path, -e other, unknown option) -> usage on stderr, 2
 * trusted.* is visible to root only (FileSystem.getxattr/listxattr).
 */
import type { Applet, ProcessContext } from '../process.ts';
import { isFsError, strerror } from '../../vfs/errors.ts';
import { utf8 } from '../../util/text.ts';
import { toBase64 } from '../../util/base64.ts';
import { parseArgs } from './lib/parse-options.ts';
import { compileRegex, RegexSyntaxError } from './lib/regex.ts';

const USAGE = 'Usage: %s [-hRLP] [-n name|-d] [-e en] [-m pattern] path...\n';

const HELP = `%s 2.5.1 -- get extended attributes
${USAGE}  -n, --name=name         get the named extended attribute value
  -d, --dump              get all extended attribute values
  -e, --encoding=...      encode values (as 'text', 'hex' or 'base64')
      --match=pattern     only get attributes with names matching pattern
      --only-values       print the bare values only
  -h, --no-dereference    do not dereference symbolic links
      --one-file-system   skip files on different filesystems
      --absolute-names    don't strip leading '/' in pathnames
  -R, --recursive         recurse into subdirectories
  -L, --logical           logical walk, follow symbolic links
  -P  --physical          physical walk, do not follow symbolic links
      --version           print version and exit
      --help              this help text
`;

type Encoding = 'text' | 'hex' | 'base64';

interface Options {
  name?: string;
  dump: boolean;
  encoding?: Encoding;
  match: RegExp;
  onlyValues: boolean;
  noDeref: boolean;
  absolute: boolean;
  recursive: boolean;
  logical: boolean;
  paths: string[];
}

/** attr's quote(): the listed characters and backslash as \ooo. */
function quote(s: string, chars: string): string {
  let out = '';
  for (const c of s) {
    if (c === '\\' || chars.includes(c)) out += `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return out;
}

const printable = (b: number) => b >= 0x20 && b <= 0x7e;

/** attr's encode(): the value as text, hex or base64 (chosen as getfattr does when not given). */
function encode(v: Uint8Array, forced: Encoding | undefined): Uint8Array {
  let enc = forced;
  if (enc === undefined) {
    const n = v.length > 0 && v[v.length - 1] === 0 ? v.length - 1 : v.length;
    let nonpr = 0;
    for (let i = 0; i < n; i++) if (!printable(v[i])) nonpr++;
    enc = n >= nonpr * 8 ? 'text' : 'base64';
  }
  if (enc === 'hex') return utf8(`0x${[...v].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
  if (enc === 'base64') return utf8(`0s${toBase64(v)}`);
  const out: number[] = [0x22];
  for (let i = 0; i < v.length; i++) {
    const b = v[i];
    if (b === 0 && i === v.length - 1) break;
    if (b === 0 || b === 10 || b === 13) out.push(0x5c, 0x30 + (b >> 6), 0x30 + ((b >> 3) & 7), 0x30 + (b & 7));
    else if (b === 0x5c || b === 0x22) out.push(0x5c, b);
    else out.push(b);
  }
  out.push(0x22);
  return Uint8Array.from(out);
}

class Printer {
  private warned = false;
  private readonly ctx: ProcessContext;
  private readonly o: Options;
  private readonly prog: string;
  constructor(ctx: ProcessContext, o: Options, prog: string) {
    this.ctx = ctx;
    this.o = o;
    this.prog = prog;
  }

  /** The path as printed: leading "/" (with a warning, once) or "./" removed unless --absolute-names. */
  async shown(path: string): Promise<string> {
    if (this.o.absolute) return path;
    let p = path;
    if (p.startsWith('/')) {
      if (!this.warned) {
        this.warned = true;
        await this.ctx.stderr.write(`${this.prog}: Removing leading '/' from absolute path names\n`);
      }
      p = p.replace(/^\/+/, '');
    } else if (p.startsWith('./')) p = p.replace(/^\.\/+/, '');
    return p === '' ? '.' : p;
  }

  /** print_attribute: header once per file, then `name=value` (or the bare value, or the name). */
  async attribute(path: string, name: string, value: Uint8Array | null, header: { printed: boolean }): Promise<void> {
    const shown = await this.shown(path);
    const out = this.ctx.stdout;
    if (!header.printed && !this.o.onlyValues) {
      await out.write(`# file: ${quote(shown, '\n\r')}\n`);
      header.printed = true;
    }
    if (this.o.onlyValues) {
      if (value) await out.write(value);
    } else if (value) {
      const enc = encode(value, this.o.encoding);
      const line = new Uint8Array([...utf8(`${quote(name, '=\n\r')}=`), ...enc, 10]);
      await out.write(line);
    } else await out.write(`${quote(name, '=\n\r')}\n`);
  }
}

function parse(ctx: ProcessContext): Options | { status: number; text: string; stdout?: boolean } {
  const prog = (ctx.argv[0] ?? 'getfattr').replace(/^.*\//, '') || 'getfattr';
  const usage = USAGE.replace('%s', prog) + `Try \`${prog} --help' for more information.\n`;
  const r = parseArgs(
    ctx.argv.slice(1),
    {
      name: 'getfattr',
      short: 'n:de:m:hRLP',
      long: [
        { name: 'name', arg: 'required', key: 'n' },
        { name: 'dump', arg: 'none', key: 'd' },
        { name: 'encoding', arg: 'required', key: 'e' },
        { name: 'match', arg: 'required', key: 'm' },
        { name: 'only-values', arg: 'none', key: 'only-values' },
        { name: 'no-dereference', arg: 'none', key: 'h' },
        { name: 'absolute-names', arg: 'none', key: 'absolute-names' },
        { name: 'one-file-system', arg: 'none', key: 'one-file-system' },
        { name: 'recursive', arg: 'none', key: 'R' },
        { name: 'logical', arg: 'none', key: 'L' },
        { name: 'physical', arg: 'none', key: 'P' },
        { name: 'version', arg: 'none', key: 'version' },
        { name: 'help', arg: 'none', key: 'help' },
      ],
    },
    'gnu',
  );
  if (!r.ok) return { status: 2, text: `${prog}: ${r.message}\n${usage}` };
  const o: Options = { dump: false, match: /^user\./, onlyValues: false, noDeref: false, absolute: false, recursive: false, logical: false, paths: r.operands };
  let pattern: string | undefined;
  for (const opt of r.opts) {
    switch (opt.key) {
      case 'n':
        o.name = opt.value;
        break;
      case 'd':
        o.dump = true;
        break;
      case 'e':
        if (opt.value !== 'text' && opt.value !== 'hex' && opt.value !== 'base64') return { status: 2, text: usage };
        o.encoding = opt.value;
        break;
      case 'm':
        pattern = opt.value === '-' ? '' : opt.value;
        break;
      case 'only-values':
        o.onlyValues = true;
        break;
      case 'h':
        o.noDeref = true;
        break;
      case 'absolute-names':
        o.absolute = true;
        break;
      case 'R':
        o.recursive = true;
        break;
      case 'L':
        o.logical = true;
        break;
      case 'P':
        o.logical = false;
        break;
      case 'version':
        return { status: 0, text: `${prog} 2.5.1\n`, stdout: true };
      case 'help':
        return { status: 0, text: HELP.replaceAll('%s', prog), stdout: true };
      default:
        break; // --one-file-system: one file system is all there is to walk here
    }
  }
  if (pattern !== undefined) {
    try {
      o.match = compileRegex(pattern, { extended: true });
    } catch (e) {
      if (!(e instanceof RegexSyntaxError)) throw e;
      return { status: 1, text: `${prog}: invalid regular expression "${pattern}"\n` };
    }
  }
  if (r.operands.length === 0) return { status: 2, text: usage };
  return o;
}

export const applet: Applet = {
  name: 'getfattr',
  async run(ctx) {
    const parsed = parse(ctx);
    if ('status' in parsed) {
      await (parsed.stdout ? ctx.stdout : ctx.stderr).write(parsed.text);
      return parsed.status;
    }
    const o = parsed;
    const prog = (ctx.argv[0] ?? 'getfattr').replace(/^.*\//, '') || 'getfattr';
    const pr = new Printer(ctx, o, prog);
    let status = 0;

    const doFile = async (path: string, follow: boolean): Promise<void> => {
      const header = { printed: false };
      const fail = async (name: string, e: unknown, counts: boolean) => {
        if (!isFsError(e)) throw e;
        await ctx.stderr.write(`${quote(path, '\n\r')}: ${quote(name, '=\n\r')}: ${strerror(e.code)}\n`);
        if (counts) status = 1;
      };
      if (o.name !== undefined) {
        let v: Uint8Array | null;
        try {
          v = ctx.fs.getxattr(path, o.name, follow);
        } catch (e) {
          await fail(o.name, e, true);
          return;
        }
        if (v === null) {
          await ctx.stderr.write(`${quote(path, '\n\r')}: ${quote(o.name, '=\n\r')}: No such attribute\n`);
          status = 1;
          return;
        }
        await pr.attribute(path, o.name, v, header);
      } else {
        for (const name of ctx.fs.listxattr(path, follow)) {
          if (!o.match.test(name)) continue;
          if (!o.dump) {
            await pr.attribute(path, name, null, header);
            continue;
          }
          try {
            const v = ctx.fs.getxattr(path, name, follow);
            if (v !== null) await pr.attribute(path, name, v, header);
          } catch (e) {
            await fail(name, e, false);
          }
        }
      }
      if (header.printed) await ctx.stdout.write('\n');
    };

    const walk = async (path: string, top: boolean): Promise<void> => {
      // Attributes are read through a symlink unless -h; the walk goes into a linked directory
      // only when it was named on the command line or with -L.
      const follow = !o.noDeref;
      let kind: string;
      try {
        kind = (follow && (top || o.logical) ? ctx.fs.stat(path) : ctx.fs.lstat(path)).kind;
        if (follow && !top && kind === 'symlink') ctx.fs.stat(path);
      } catch (e) {
        if (!isFsError(e)) throw e;
        await ctx.stderr.write(`${prog}: ${quote(path, '\n\r')}: ${strerror(e.code)}\n`);
        status = 1;
        return;
      }
      await doFile(path, follow);
      if (!o.recursive || kind !== 'dir') return;
      let names: string[];
      try {
        names = ctx.fs.readdir(path);
      } catch (e) {
        if (!isFsError(e)) throw e;
        await ctx.stderr.write(`${prog}: ${quote(path, '\n\r')}: ${strerror(e.code)}\n`);
        status = 1;
        return;
      }
      for (const n of names) {
        ctx.tick();
        await walk(path.endsWith('/') ? `${path}${n}` : `${path}/${n}`, false);
      }
    };

    for (const p of o.paths) await walk(p, true);
    return status;
  },
};
