/**
 * sed's execution cycle: read a line into the pattern space, run the commands whose addresses
 * select it, print it unless -n, flush the queued `a`/`r` text. GNU behaviours kept: `N` on the last
 * line prints the pattern space, `q` prints it first and `Q` does not, empty regex = last regex used.
 */
import type { Addr, Addr2, Command, Replacement } from './parse.ts';
import type { SedInput } from './input.ts';

export interface SedIO {
  write(text: string): Promise<void>;
  /** Text of a file for `r`, or null when unreadable (silently ignored, as sed does). */
  readFile(name: string): string | null;
  /** Append to a `w` file. */
  writeFile(name: string, text: string): Promise<void>;
  tick(): void;
}

export interface SedRunOptions {
  quiet: boolean;
  sep: string;
}

export class SedRuntimeError extends Error {}

export class SedMachine {
  private readonly cmds: Command[];
  private readonly io: SedIO;
  private readonly opts: SedRunOptions;
  private hold = '';
  private lastRegex: RegExp | null = null;
  private readonly globalCache = new Map<RegExp, RegExp>();
  /** Set by `q`/`Q`: stop everything with this exit status. */
  exitCode: number | null = null;

  constructor(cmds: Command[], io: SedIO, opts: SedRunOptions) {
    this.cmds = cmds;
    this.io = io;
    this.opts = opts;
  }

  private test(re: RegExp | null, text: string): boolean {
    const r = re ?? this.lastRegex;
    if (!r) throw new SedRuntimeError('no previous regular expression');
    this.lastRegex = r;
    r.lastIndex = 0;
    return r.test(text);
  }

  private async match1(a: Addr, input: SedInput, ps: string): Promise<boolean> {
    const n = input.lineNo;
    switch (a.kind) {
      case 'line':
        return n === a.n;
      case 'last':
        return input.isLast();
      case 're':
        return this.test(a.re, ps);
      case 'step':
        if (a.step <= 0) return n === a.first;
        return n >= a.first && (n - a.first) % a.step === 0;
      case 'zero':
        return n === 1;
    }
  }

  private async rangeEnds(c: Command, a2: Addr2, input: SedInput, ps: string, sameLine: boolean): Promise<boolean> {
    const n = input.lineNo;
    switch (a2.kind) {
      case 'line':
        return n >= a2.n;
      case 'plus':
        return n >= (c.rangeEnd ?? 0);
      case 'mult':
        return a2.n <= 0 || n % a2.n === 0;
      case 'last':
        return input.isLast();
      case 're':
        return sameLine && c.a1?.kind !== 'zero' ? false : this.test(a2.re, ps);
      default:
        return sameLine ? false : this.match1(a2, input, ps);
    }
  }

  private async selected(c: Command, input: SedInput, ps: string): Promise<boolean> {
    let r: boolean;
    if (!c.a1) r = true;
    else if (!c.a2) r = await this.match1(c.a1, input, ps);
    else if (c.active) {
      r = true;
      if (await this.rangeEnds(c, c.a2, input, ps, false)) c.active = false;
    } else if (await this.match1(c.a1, input, ps)) {
      r = true;
      c.active = true;
      if (c.a2.kind === 'plus') c.rangeEnd = input.lineNo + c.a2.n;
      if (await this.rangeEnds(c, c.a2, input, ps, true)) c.active = false;
    } else r = false;
    return r !== c.neg;
  }

  private substitute(c: Command, ps: string): string | null {
    const base = c.re ?? this.lastRegex;
    if (!base) throw new SedRuntimeError('no previous regular expression');
    this.lastRegex = base;
    let re = this.globalCache.get(base);
    if (!re) {
      re = new RegExp(base.source, base.flags.includes('g') ? base.flags : base.flags + 'g');
      this.globalCache.set(base, re);
    }
    const occ = c.occurrence ?? 1;
    let out = '';
    let pos = 0;
    let count = 0;
    let changed = false;
    let prevEnd = -1;
    re.lastIndex = 0;
    for (;;) {
      this.io.tick();
      const m = re.exec(ps);
      if (!m) break;
      // An empty match right after the previous match does not count (GNU: `s/b*/X/g` on abc = XaXcX).
      if (m[0] === '' && m.index === prevEnd) {
        re.lastIndex = m.index + 1;
        if (m.index >= ps.length) break;
        continue;
      }
      count++;
      const replaceThis = count === occ || (c.global && count > occ);
      if (replaceThis) {
        out += ps.slice(pos, m.index) + expand(c.repl!, m);
        pos = m.index + m[0].length;
        changed = true;
      }
      prevEnd = m.index + m[0].length;
      if (!c.global && count >= occ) break;
      if (m[0] === '') {
        if (m.index >= ps.length) break;
        re.lastIndex = m.index + 1;
      }
    }
    if (!changed) return null;
    return out + ps.slice(pos);
  }

  /** Run the whole input; returns when input ends or `q`/`Q` ran. */
  async run(input: SedInput): Promise<void> {
    const { quiet, sep } = this.opts;
    const labels = new Map<string, number>();
    this.cmds.forEach((c, k) => c.name === ':' && labels.set(c.label!, k));
    let append: string[] = [];
    const flushAppend = async (): Promise<void> => {
      for (const a of append) await this.io.write(a);
      append = [];
    };
    let ps = '';
    let nl = true;
    let reuse = false;
    for (;;) {
      if (!reuse) {
        const line = await input.next();
        if (line === null) return;
        ps = line.text;
        nl = line.nl;
      }
      reuse = false;
      let tflag = false;
      let autoprint = !quiet;
      let pc = 0;
      cycle: while (pc < this.cmds.length) {
        this.io.tick();
        const c = this.cmds[pc];
        if (c.name === '}' || c.name === ':') {
          pc++;
          continue;
        }
        if (!(await this.selected(c, input, ps))) {
          pc = c.name === '{' ? c.end! + 1 : pc + 1;
          continue;
        }
        pc++;
        switch (c.name) {
          case '{':
            break;
          case 's': {
            const r = this.substitute(c, ps);
            if (r !== null) {
              ps = r;
              tflag = true;
              for (let k = 0; k < (c.print ?? 0); k++) await this.io.write(ps + sep);
              if (c.wfile) await this.io.writeFile(c.wfile, ps + sep);
            }
            break;
          }
          case 'y':
            ps = [...ps].map((ch) => c.ymap!.get(ch) ?? ch).join('');
            break;
          case 'p':
            await this.io.write(ps + sep);
            break;
          case 'P': {
            const k = ps.indexOf('\n');
            await this.io.write((k < 0 ? ps : ps.slice(0, k)) + sep);
            break;
          }
          case 'd':
            autoprint = false;
            break cycle;
          case 'D': {
            const k = ps.indexOf('\n');
            if (k < 0) {
              autoprint = false;
              break cycle;
            }
            ps = ps.slice(k + 1);
            await flushAppend();
            reuse = true;
            autoprint = false;
            break cycle;
          }
          case 'n':
            if (await input.isLast()) {
              // GNU: no next line, so sed ends (after the usual autoprint).
              if (!quiet) await this.io.write(ps + (nl ? sep : ''));
              await flushAppend();
              this.exitCode = 0;
              return;
            }
            if (!quiet) await this.io.write(ps + sep);
            await flushAppend();
            {
              const l = (await input.next())!;
              ps = l.text;
              nl = l.nl;
            }
            break;
          case 'N':
            if (await input.isLast()) {
              if (!quiet) await this.io.write(ps + (nl ? sep : ''));
              await flushAppend();
              this.exitCode = 0;
              return;
            }
            await flushAppend();
            {
              const l = (await input.next())!;
              ps += '\n' + l.text;
              nl = l.nl;
            }
            break;
          case 'g':
            ps = this.hold;
            break;
          case 'G':
            ps += '\n' + this.hold;
            break;
          case 'h':
            this.hold = ps;
            break;
          case 'H':
            this.hold += '\n' + ps;
            break;
          case 'x':
            [ps, this.hold] = [this.hold, ps];
            break;
          case 'z':
            ps = '';
            break;
          case '=':
            await this.io.write(`${input.lineNo}\n`);
            break;
          case 'F':
            await this.io.write(`${input.current}\n`);
            break;
          case 'l':
            await this.io.write(listing(ps, c.exitCode ?? 70));
            break;
          case 'a':
            append.push(c.text! + '\n');
            break;
          case 'i':
            await this.io.write(c.text! + '\n');
            break;
          case 'c':
            // In a range the text replaces the whole range: printed once, at its end.
            if (c.neg || !c.a2 || !c.active) await this.io.write(c.text! + '\n');
            autoprint = false;
            break cycle;
          case 'r': {
            const t = this.io.readFile(c.text!);
            if (t !== null) append.push(t);
            break;
          }
          case 'w':
            await this.io.writeFile(c.text!, ps + sep);
            break;
          case 'b':
            pc = c.label ? labels.get(c.label)! : this.cmds.length;
            break;
          case 't':
            if (tflag) {
              tflag = false;
              pc = c.label ? labels.get(c.label)! : this.cmds.length;
            }
            break;
          case 'T':
            if (!tflag) pc = c.label ? labels.get(c.label)! : this.cmds.length;
            else tflag = false;
            break;
          case 'q':
            if (!quiet) await this.io.write(ps + (nl ? sep : ''));
            await flushAppend();
            this.exitCode = c.exitCode ?? 0;
            return;
          case 'Q':
            this.exitCode = c.exitCode ?? 0;
            return;
          default:
            break;
        }
      }
      if (autoprint) await this.io.write(ps + (nl ? sep : ''));
      await flushAppend();
    }
  }
}

function expand(r: Replacement, m: RegExpExecArray): string {
  let out = '';
  let mode: 'L' | 'U' | null = null;
  let once: 'l' | 'u' | null = null;
  const add = (s: string): void => {
    for (const ch of s) {
      let c = mode === 'U' ? ch.toUpperCase() : mode === 'L' ? ch.toLowerCase() : ch;
      if (once) {
        c = once === 'u' ? c.toUpperCase() : c.toLowerCase();
        once = null;
      }
      out += c;
    }
  };
  for (const p of r.parts) {
    if (typeof p === 'string') add(p);
    else if (typeof p === 'number') add(m[p] ?? '');
    else if (p.case === 'E') mode = null;
    else if (p.case === 'L' || p.case === 'U') mode = p.case;
    else once = p.case;
  }
  return out;
}

/** The `l` command: C escapes, octal for other bytes, lines folded at width-1 with `\`. */
function listing(ps: string, width: number): string {
  const named: Record<string, string> = { '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  let out = '';
  let col = 0;
  const enc = new TextEncoder();
  for (const ch of ps) {
    let piece: string;
    if (named[ch]) piece = named[ch];
    else if (ch >= ' ' && ch <= '~') piece = ch;
    else piece = [...enc.encode(ch)].map((b) => '\\' + b.toString(8).padStart(3, '0')).join('');
    if (width > 1 && col + piece.length > width - 1) {
      out += '\\\n';
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return out + '$\n';
}
