/**
 * grep: print lines matching patterns. BRE by default, -E for ERE, -F for fixed strings; the
 * regexes go through lib/regex.ts. Exit status 0 (a line selected), 1 (none), 2 (an error).
 * Messages and formats recorded from GNU grep 3.8 and busybox 1.35:
 * - stdin is named `(standard input)`; `-r` without operands searches `.` and prints names
 *   without the `./` prefix (GNU; busybox reads stdin);
 * - a matching file with NUL bytes prints `grep: F: binary file matches` on stderr (GNU);
 * - GNU: `grep: d: Is a directory` (status 2) for a directory operand without -r; busybox is silent;
 * - regex errors: GNU glibc texts (`Unmatched ( or \(`), busybox `bad regex 'PAT'`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { busyboxUsage, parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain, LineReader } from './lib/text-io.ts';
import { RegexSyntaxError, translateRegex } from './lib/regex.ts';
import { strerror } from '../../vfs/errors.ts';

const GNU_USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

const SPEC: OptionSpec = {
  name: 'grep',
  short: 'EFGe:f:iyvwxclLoqsbnhHrRm:A:B:C:azZU',
  status: 2,
  bbStatus: 2,
  gnuTrailer: GNU_USAGE,
  long: [
    { name: 'extended-regexp', arg: 'none', key: 'E' },
    { name: 'fixed-strings', arg: 'none', key: 'F' },
    { name: 'basic-regexp', arg: 'none', key: 'G' },
    { name: 'regexp', arg: 'required', key: 'e' },
    { name: 'file', arg: 'required', key: 'f' },
    { name: 'ignore-case', arg: 'none', key: 'i' },
    { name: 'no-ignore-case', arg: 'none', key: 'no-ignore-case' },
    { name: 'invert-match', arg: 'none', key: 'v' },
    { name: 'word-regexp', arg: 'none', key: 'w' },
    { name: 'line-regexp', arg: 'none', key: 'x' },
    { name: 'count', arg: 'none', key: 'c' },
    { name: 'files-with-matches', arg: 'none', key: 'l' },
    { name: 'files-without-match', arg: 'none', key: 'L' },
    { name: 'only-matching', arg: 'none', key: 'o' },
    { name: 'quiet', arg: 'none', key: 'q' },
    { name: 'silent', arg: 'none', key: 'q' },
    { name: 'no-messages', arg: 'none', key: 's' },
    { name: 'byte-offset', arg: 'none', key: 'b' },
    { name: 'line-number', arg: 'none', key: 'n' },
    { name: 'with-filename', arg: 'none', key: 'H' },
    { name: 'no-filename', arg: 'none', key: 'h' },
    { name: 'recursive', arg: 'none', key: 'r' },
    { name: 'dereference-recursive', arg: 'none', key: 'R' },
    { name: 'max-count', arg: 'required', key: 'm' },
    { name: 'after-context', arg: 'required', key: 'A' },
    { name: 'before-context', arg: 'required', key: 'B' },
    { name: 'context', arg: 'required', key: 'C' },
    { name: 'text', arg: 'none', key: 'a' },
    { name: 'color', arg: 'optional', key: 'color' },
    { name: 'colour', arg: 'optional', key: 'color' },
    { name: 'include', arg: 'required', key: 'include' },
    { name: 'exclude', arg: 'required', key: 'exclude' },
    { name: 'exclude-dir', arg: 'required', key: 'exclude-dir' },
    { name: 'label', arg: 'required', key: 'label' },
    { name: 'null-data', arg: 'none', key: 'z' },
    { name: 'null', arg: 'none', key: 'Z' },
  ],
};

const BB_SHORT = 'HhnlLoqvsrRiwFExzcm:A:B:C:e:f:';

interface Settings {
  prog: string;
  matchers: RegExp[];
  /** -v */
  invert: boolean;
  count: boolean;
  listMatching: boolean;
  listMissing: boolean;
  only: boolean;
  quiet: boolean;
  noMessages: boolean;
  byteOffset: boolean;
  lineNumbers: boolean;
  withName: boolean;
  maxCount: number;
  after: number;
  before: number;
  text: boolean;
  label: string;
  sep: string;
  nullAfterName: boolean;
  recursive: 'no' | 'r' | 'R';
  include: RegExp[];
  exclude: RegExp[];
  excludeDir: RegExp[];
}

/** Glob (fnmatch without FNM_PATHNAME) to RegExp, for --include/--exclude. */
function globRegex(glob: string): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) src += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        src += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else src += c.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'u');
}

class Searcher {
  status = 1;
  error = false;
  /** Set when -q found a line: stop reading anything. */
  done = false;
  private readonly ctx: ProcessContext;
  private readonly s: Settings;
  constructor(ctx: ProcessContext, s: Settings) {
    this.ctx = ctx;
    this.s = s;
  }

  /** Does the line match any pattern (ignoring -v)? */
  private matches(line: string): boolean {
    for (const re of this.s.matchers) {
      re.lastIndex = 0;
      if (re.test(line)) return true;
    }
    return false;
  }

  /** Non-overlapping matches for -o, leftmost first, longest on ties. */
  private parts(line: string): { index: number; text: string }[] {
    const out: { index: number; text: string }[] = [];
    let pos = 0;
    while (pos <= line.length) {
      let best: { index: number; text: string } | null = null;
      for (const re of this.s.matchers) {
        re.lastIndex = pos;
        const m = re.exec(line);
        if (!m) continue;
        if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length)) best = { index: m.index, text: m[0] };
      }
      if (!best) break;
      if (best.text === '') pos = best.index + 1;
      else {
        out.push(best);
        pos = best.index + best.text.length;
      }
    }
    return out;
  }

  async search(reader: LineReader, name: string, bytes: Uint8Array | null): Promise<void> {
    const { ctx, s } = this;
    const lineSep = s.sep;
    const binary = ctx.flavour === 'gnu' && !s.text && bytes !== null && bytes.includes(0);
    let binaryMatched = false;
    let selected = 0;
    let lineNo = 0;
    let offset = 0;
    const enc = new TextEncoder();
    const before: { no: number; off: number; text: string }[] = [];
    let afterLeft = 0;
    let lastPrinted = 0;
    const printing = !s.count && !s.listMatching && !s.listMissing && !s.quiet;
    const prefix = (no: number, off: number, mark: string): string => {
      let p = '';
      if (s.withName) p += name + (s.nullAfterName ? '\0' : mark);
      if (s.lineNumbers) p += no + mark;
      if (s.byteOffset) p += off + mark;
      return p;
    };
    const emit = async (no: number, off: number, text: string, mark: string): Promise<void> => {
      if ((s.after > 0 || s.before > 0) && lastPrinted > 0 && no > lastPrinted + 1) await ctx.stdout.write('--\n');
      await ctx.stdout.write(prefix(no, off, mark) + text + lineSep);
      lastPrinted = no;
    };
    for (;;) {
      if (selected >= s.maxCount) break;
      const raw = await reader.next(lineSep);
      if (raw === null) break;
      ctx.tick();
      lineNo++;
      const text = raw.endsWith(lineSep) ? raw.slice(0, -1) : raw;
      const off = offset;
      offset += s.byteOffset ? enc.encode(raw).length : 0;
      const hit = this.matches(text) !== s.invert;
      if (!hit) {
        if (printing && !binary) {
          if (afterLeft > 0) {
            afterLeft--;
            await emit(lineNo, off, text, '-');
          } else if (s.before > 0) {
            before.push({ no: lineNo, off, text });
            if (before.length > s.before) before.shift();
          }
        }
        continue;
      }
      selected++;
      if (s.quiet) {
        this.done = true;
        break;
      }
      if (!printing) {
        if (s.listMatching) break;
        continue;
      }
      if (binary || (!s.text && text.includes('\ufffd') && ctx.flavour === 'gnu')) {
        binaryMatched = true;
        if (binary) continue;
        continue;
      }
      for (const b of before) await emit(b.no, b.off, b.text, '-');
      before.length = 0;
      afterLeft = s.after;
      if (s.only) {
        if (s.invert) continue;
        for (const p of this.parts(text)) {
          const pOff = off + (s.byteOffset ? enc.encode(text.slice(0, p.index)).length : 0);
          await ctx.stdout.write(prefix(lineNo, pOff, ':') + p.text + lineSep);
        }
      } else await emit(lineNo, off, text, ':');
    }
    if (selected > 0) this.status = 0;
    if (s.count) await ctx.stdout.write((s.withName ? name + (s.nullAfterName ? '\0' : ':') : '') + selected + '\n');
    if (s.listMatching && selected > 0) await ctx.stdout.write(name + (s.nullAfterName ? '\0' : '\n'));
    if (s.listMissing && selected === 0) await ctx.stdout.write(name + (s.nullAfterName ? '\0' : '\n'));
    if (binaryMatched && ctx.flavour === 'gnu') await ctx.stderr.write(`${ctx.messagePrefix}${s.prog}: ${name}: binary file matches\n`);
  }

  async fail(name: string, why: string): Promise<void> {
    this.error = true;
    if (!this.s.noMessages) await complain(this.ctx, this.s.prog, `${name}: ${why}`);
  }

  /** One operand: a file, stdin, or with -r a directory to walk. */
  async operand(path: string, shown: string, top: boolean): Promise<void> {
    if (this.done) return;
    const { ctx, s } = this;
    if (path === '-' && top) {
      await this.search(new LineReader(ctx.stdin), s.label, null);
      return;
    }
    let kind: string;
    try {
      const st = top || s.recursive === 'R' ? ctx.fs.stat(path) : ctx.fs.lstat(path);
      kind = st.kind;
    } catch (e) {
      const err = asFsError(e);
      await this.fail(shown, strerror(err.code));
      return;
    }
    if (kind === 'symlink') {
      // Met while recursing: GNU -r skips symlinks; busybox -r follows those to files only.
      if (ctx.flavour === 'gnu') return;
      try {
        if (ctx.fs.stat(path).kind !== 'file') return;
        kind = 'file';
      } catch {
        return;
      }
    }
    if (kind === 'dir') {
      if (s.recursive === 'no') {
        if (ctx.flavour === 'gnu') await this.fail(shown, 'Is a directory');
        return;
      }
      const base = shown.slice(shown.lastIndexOf('/') + 1);
      if (!top && s.excludeDir.some((re) => re.test(base))) return;
      let names: string[];
      try {
        names = ctx.fs.readdir(path);
      } catch (e) {
        await this.fail(shown, strerror(asFsError(e).code));
        return;
      }
      for (const n of names) {
        await ctx.yield();
        const childPath = path.endsWith('/') ? path + n : `${path}/${n}`;
        const childShown = shown === '' ? n : shown.endsWith('/') ? shown + n : `${shown}/${n}`;
        await this.operand(childPath, childShown, false);
        if (this.done) return;
      }
      return;
    }
    if (!top && (kind === 'fifo' || kind === 'chardev')) return;
    const base = shown.slice(shown.lastIndexOf('/') + 1);
    if (s.include.length && !s.include.some((re) => re.test(base))) return;
    if (s.exclude.some((re) => re.test(base))) return;
    let bytes: Uint8Array;
    try {
      bytes = ctx.fs.readFile(path);
    } catch (e) {
      await this.fail(shown, strerror(asFsError(e).code));
      return;
    }
    await this.search(new LineReader(bytes), shown, bytes);
  }
}

export const applet: Applet = {
  name: 'grep',
  async run(ctx) {
    const prog = progName(ctx, 'grep');
    const spec = ctx.flavour === 'busybox' ? { ...SPEC, short: BB_SHORT, long: [{ name: 'color', arg: 'optional' as const, key: 'color' }] } : SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    const operands = [...r.operands];
    const patterns: string[] = [];
    let patternGiven = false;
    let mode: 'G' | 'E' | 'F' = 'G';
    const flags = new Set<string>();
    let maxCount = Infinity;
    let after = 0;
    let before = 0;
    let label = '(standard input)';
    const include: RegExp[] = [];
    const exclude: RegExp[] = [];
    const excludeDir: RegExp[] = [];
    const count = async (v: string | undefined, what: string): Promise<number | null> => {
      if (v !== undefined && /^\d+$/.test(v)) return Number(v);
      if (ctx.flavour === 'gnu') await complain(ctx, prog, what === 'max count' ? 'invalid max count' : `${v}: invalid ${what} argument`);
      else await complain(ctx, prog, `invalid number '${v ?? ''}'`);
      return null;
    };
    for (const o of r.opts) {
      switch (o.key) {
        case 'E':
        case 'F':
        case 'G':
          mode = o.key;
          break;
        case 'e':
          patterns.push(...(o.value ?? '').split('\n'));
          patternGiven = true;
          break;
        case 'f': {
          try {
            const t = o.value === '-' ? new TextDecoder().decode(await ctx.stdin.readAll()) : ctx.fs.readText(o.value ?? '');
            const lines = t.split('\n');
            if (lines[lines.length - 1] === '') lines.pop();
            patterns.push(...lines);
            patternGiven = true;
          } catch (e) {
            await complain(ctx, prog, `${o.value}: ${strerror(asFsError(e).code)}`);
            return 2;
          }
          break;
        }
        case 'y':
          flags.add('i');
          break;
        case 'no-ignore-case':
          flags.delete('i');
          break;
        case 'm': {
          const n = await count(o.value, 'max count');
          if (n === null) return 2;
          maxCount = n;
          break;
        }
        case 'A':
        case 'B':
        case 'C': {
          const n = await count(o.value, 'context length');
          if (n === null) return 2;
          if (o.key !== 'B') after = n;
          if (o.key !== 'A') before = n;
          break;
        }
        case 'label':
          label = o.value ?? '';
          break;
        case 'include':
          include.push(globRegex(o.value ?? ''));
          break;
        case 'exclude':
          exclude.push(globRegex(o.value ?? ''));
          break;
        case 'exclude-dir':
          excludeDir.push(globRegex(o.value ?? ''));
          break;
        case 'color':
          break;
        default:
          flags.add(o.key);
      }
    }
    if (!patternGiven) {
      if (operands.length === 0) {
        if (ctx.flavour === 'gnu') await ctx.stderr.write(GNU_USAGE);
        else await ctx.stderr.write(busyboxUsage('grep'));
        return 2;
      }
      patterns.push(...operands.shift()!.split('\n'));
    }

    // Compile every pattern on its own so back-references keep their numbers.
    const icase = flags.has('i');
    const matchers: RegExp[] = [];
    for (const p of patterns) {
      let src: string;
      if (mode === 'F') src = p.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
      else {
        try {
          const t = translateRegex(p, { extended: mode === 'E' });
          if (ctx.flavour === 'gnu') for (const w of t.warnings) await complain(ctx, prog, `warning: ${w}`);
          src = t.source;
        } catch (e) {
          if (!(e instanceof RegexSyntaxError)) throw e;
          await complain(ctx, prog, ctx.flavour === 'gnu' ? e.message : `bad regex '${p}'`);
          return 2;
        }
      }
      if (flags.has('x')) src = `^(?:${src})$`;
      else if (flags.has('w')) src = `(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])`;
      try {
        matchers.push(new RegExp(src, 'gu' + (icase ? 'i' : '')));
      } catch {
        await complain(ctx, prog, ctx.flavour === 'gnu' ? 'Invalid regular expression' : `bad regex '${p}'`);
        return 2;
      }
    }

    const recursive = flags.has('R') ? 'R' : flags.has('r') ? 'r' : 'no';
    const implicitDot = recursive !== 'no' && operands.length === 0 && ctx.flavour === 'gnu';
    const files = operands.length ? operands : implicitDot ? ['.'] : ['-'];
    const multi = files.length > 1 || recursive !== 'no';
    const settings: Settings = {
      prog,
      matchers,
      invert: flags.has('v'),
      count: flags.has('c'),
      listMatching: flags.has('l'),
      listMissing: flags.has('L'),
      only: flags.has('o'),
      quiet: flags.has('q'),
      noMessages: flags.has('s'),
      byteOffset: flags.has('b'),
      lineNumbers: flags.has('n'),
      withName: flags.has('h') ? false : flags.has('H') ? true : multi && !(files.length === 1 && files[0] === '-'),
      maxCount,
      after,
      before,
      text: flags.has('a'),
      label,
      sep: flags.has('z') ? '\0' : '\n',
      nullAfterName: flags.has('Z'),
      recursive,
      include,
      exclude,
      excludeDir,
    };
    // -h wins over -H only when given later; GNU takes the last of the two.
    for (const o of r.opts) {
      if (o.key === 'h') settings.withName = false;
      if (o.key === 'H') settings.withName = true;
    }
    const searcher = new Searcher(ctx, settings);
    for (const f of files) {
      const shown = implicitDot ? '' : f === '-' ? label : f;
      await searcher.operand(f, shown, true);
      if (searcher.done) break;
    }
    if (searcher.done) return 0;
    if (searcher.error && !(settings.quiet && searcher.status === 0)) return 2;
    return searcher.status;
  },
};
