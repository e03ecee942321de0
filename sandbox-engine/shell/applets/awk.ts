/**
 * awk: a POSIX awk (lib/awk/: lexer, parser, interp). The gnu flavour imitates mawk, Debian's and
 * Ubuntu's default awk (integers print as integers within 32 bits, `1/0` is inf, messages such as
 * `awk: line 1: syntax error at or near }` and `awk: cannot open F (No such file or directory)`
 * with status 2); the busybox flavour its own awk (`awk: cmd. line:1: Unexpected token`, status 1).
 * `for (k in a)` visits keys in insertion order (mawk uses its hash order).
 */
import type { Applet, OutputStream, ProcessContext } from '../process.ts';
import type { WriteHandle } from '../../vfs/types.ts';
import { busyboxUsage, parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain, LineReader, splitLines } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';
import { AwkSyntaxError, tokenize, unescapeAwk } from './lib/awk/lexer.ts';
import { parseProgram, type Program } from './lib/awk/parser.ts';
import { AwkRuntimeError, Interp, strnum, type AwkIO, type RecordSource } from './lib/awk/interp.ts';

// mawk 1.3.4 has no long options: `--field-separator=:` is "not an option" like any `--x`.
const SPEC: OptionSpec = { name: 'awk', short: 'F:v:f:W:', status: 2, long: [] };
const BB_SPEC: OptionSpec = { ...SPEC, short: 'F:v:f:e:W:', long: [], bbStatus: 1 };

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Collects a child's output for `cmd | getline`. */
class Collect implements OutputStream {
  readonly isTTY = false;
  parts: string[] = [];
  async write(d: string | Uint8Array): Promise<void> {
    this.parts.push(typeof d === 'string' ? d : dec.decode(d));
  }
}

function bytesInput(data: Uint8Array): ProcessContext['stdin'] {
  let done = false;
  return {
    isTTY: false,
    read: async () => {
      if (done || data.length === 0) {
        done = true;
        return null;
      }
      done = true;
      return data;
    },
    readAll: async () => {
      const d = done ? new Uint8Array() : data;
      done = true;
      return d;
    },
  };
}

/** Records from the operands (files and var=value assignments), split by RS. */
class Records implements RecordSource {
  private readonly ctx: ProcessContext;
  private readonly interp: Interp;
  private readonly operands: string[];
  private k = 0;
  private reader: LineReader | null = null;
  private queue: string[] | null = null;
  private name = '';
  private usedStdin = false;
  failed: { name: string; code: string } | null = null;

  constructor(ctx: ProcessContext, interp: Interp, operands: string[]) {
    this.ctx = ctx;
    this.interp = interp;
    this.operands = operands;
  }
  filename(): string {
    return this.name;
  }
  skipFile(): void {
    this.reader = null;
    this.queue = null;
  }
  private rs(): string {
    return this.interp.str(this.interp.getVar('RS'));
  }
  private open(name: string): boolean {
    this.name = name === '-' ? (this.ctx.flavour === 'gnu' ? '-' : '') : name;
    this.interp.setVar('FILENAME', this.name);
    this.interp.setVar('FNR', 0);
    if (name === '-' || name === '/dev/stdin') {
      this.reader = new LineReader(this.ctx.stdin);
      return true;
    }
    try {
      this.reader = new LineReader(this.ctx.fs.readFile(name));
      return true;
    } catch (e) {
      const err = asFsError(e);
      this.failed = { name, code: strerror(err.code) };
      throw new AwkRuntimeError(`\u0000open`);
    }
  }
  async next(): Promise<string | null> {
    for (;;) {
      if (this.queue && this.queue.length) return this.queue.shift()!;
      if (this.reader) {
        const rs = this.rs();
        if (rs === '\n') {
          const l = await this.reader.next('\n');
          if (l !== null) return l.endsWith('\n') ? l.slice(0, -1) : l;
        } else {
          const all = await this.reader.rest();
          this.queue = splitRecords(all, rs, (src) => this.interp.regex(src));
          this.reader = null;
          continue;
        }
        this.reader = null;
        this.queue = null;
      }
      // Next operand: assignments take effect when reached; files open.
      let opened = false;
      while (this.k < this.operands.length && !opened) {
        const op = this.operands[this.k++];
        const m = ASSIGN.exec(op);
        if (m) {
          this.interp.setVar(m[1], strnum(unescapeAwk(m[2])));
          continue;
        }
        if (op === '') continue;
        opened = this.open(op);
      }
      if (!opened) {
        const anyFile = this.operands.some((o) => !ASSIGN.test(o) && o !== '');
        if (anyFile || this.usedStdin) return null;
        this.usedStdin = true;
        this.open('-');
      }
    }
  }
}

function splitRecords(text: string, rs: string, regex: (src: string) => RegExp): string[] {
  if (rs === '') {
    const t = text.replace(/^\n+/, '').replace(/\n+$/, '');
    return t === '' ? [] : t.split(/\n\n+/);
  }
  let parts: string[];
  if (rs.length === 1) parts = text.split(rs);
  else parts = text.split(regex(rs));
  if (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** mawk's own wording of getopt's complaints (recorded from mawk 1.3.4 20200120). */
function mawkOptionError(message: string): string {
  const missing = /^option requires an argument -- '(.)'$/.exec(message);
  if (missing) return `option -${missing[1]} lacks argument`;
  const bad = /^invalid option -- '(.)'$/.exec(message) ?? /^unrecognized option '-(.*)'$/.exec(message);
  return `not an option: -${bad ? bad[1] : message}`;
}

export const applet: Applet = {
  name: 'awk',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'awk');
    const gnu = ctx.flavour === 'gnu';
    const spec = gnu ? SPEC : BB_SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) {
      if (gnu) {
        await ctx.stderr.write(`${prog}: ${mawkOptionError(r.message)}\n`);
        return 2;
      }
      return usageError(ctx, spec, r.message);
    }
    const operands = [...r.operands];
    let source: string | null = null;
    const assigns: [string, string][] = [];
    let fs: string | null = null;
    for (const o of r.opts) {
      if (o.key === 'F') fs = o.value ?? '';
      else if (o.key === 'v') {
        const m = ASSIGN.exec(o.value ?? '');
        if (!m) {
          await complain(ctx, prog, gnu ? `improper assignment: -v ${o.value}` : `bad -v argument '${o.value}'`);
          return gnu ? 2 : 1;
        }
        assigns.push([m[1], m[2]]);
      } else if (o.key === 'f') {
        try {
          source = (source ?? '') + ctx.fs.readText(o.value ?? '') + '\n';
        } catch (e) {
          await complain(ctx, prog, gnu ? `couldn't open file ${o.value}` : `can't open '${o.value}': ${strerror(asFsError(e).code)}`);
          return 2;
        }
      } else if (o.key === 'e') source = (source ?? '') + (o.value ?? '') + '\n';
    }
    if (source === null) {
      if (!operands.length) {
        if (gnu) await ctx.stderr.write(`usage: ${prog} [-F value] [-v var=value] [--] 'program text' [file ...]\nusage: ${prog} [-F value] [-v var=value] [-f program-file] [--] [file ...]\n`);
        else await ctx.stderr.write(busyboxUsage('awk'));
        return gnu ? 2 : 1;
      }
      source = operands.shift()!;
    }

    let program: Program;
    try {
      program = parseProgram(tokenize(source));
    } catch (e) {
      if (!(e instanceof AwkSyntaxError)) throw e;
      if (!gnu) await complain(ctx, prog, `cmd. line:${e.line}: ${e.message === 'runaway string constant' ? 'Unexpected end of string' : 'Unexpected token'}`);
      else if (e.message === 'missing }') await complain(ctx, prog, `line ${e.line + (source.endsWith('\n') ? 0 : 1)}: missing } near end of file`);
      else if (e.message === 'extra }') {
        await complain(ctx, prog, `line ${e.line}: extra '}'`);
        await complain(ctx, prog, `line ${e.line}: syntax error at or near end of line`);
      }
      else if (e.message.startsWith('runaway')) await complain(ctx, prog, `line ${e.line}: ${e.message} ${e.near} ...`);
      else await complain(ctx, prog, `line ${e.line}: syntax error at or near ${e.near}`);
      return gnu ? 2 : 1;
    }

    // Output files and pipes.
    const files = new Map<string, WriteHandle>();
    const pipes = new Map<string, string[]>();
    const readers = new Map<string, LineReader>();
    const cmdOutputs = new Map<string, string[]>();
    const runCmd = async (cmd: string, input: string | null, out: OutputStream): Promise<number> =>
      ctx.exec(['sh', '-c', cmd], { stdin: input === null ? ctx.stdin : bytesInput(enc.encode(input)), stdout: out });
    const io: AwkIO = {
      write: async (text, red) => {
        if (!red || red.target === '/dev/stdout' || red.target === '-') {
          await ctx.stdout.write(text);
          return;
        }
        if (red.target === '/dev/stderr') {
          await ctx.stderr.write(text);
          return;
        }
        if (red.kind === '|') {
          const buf = pipes.get(red.target) ?? [];
          buf.push(text);
          pipes.set(red.target, buf);
          return;
        }
        let h = files.get(red.target);
        if (!h) {
          try {
            h = ctx.fs.openWrite(red.target, { append: red.kind === '>>' });
          } catch (e) {
            const why = strerror(asFsError(e).code);
            throw new AwkRuntimeError(gnu ? `\u0000cannot open "${red.target}" for output (${why})` : `\u0000can't open '${red.target}': ${why}`);
          }
          files.set(red.target, h);
        }
        h.write(enc.encode(text));
      },
      close: async (name) => {
        const h = files.get(name);
        if (h) {
          h.close();
          files.delete(name);
          return 0;
        }
        const p = pipes.get(name);
        if (p) {
          pipes.delete(name);
          return runCmd(name, p.join(''), ctx.stdout);
        }
        if (readers.delete(name) || cmdOutputs.delete(name)) return 0;
        return -1;
      },
      readLine: async (file) => {
        let rd = readers.get(file);
        if (!rd) {
          try {
            rd = file === '-' || file === '/dev/stdin' ? new LineReader(ctx.stdin) : new LineReader(ctx.fs.readFile(file));
          } catch {
            return undefined;
          }
          readers.set(file, rd);
        }
        const l = await rd.next('\n');
        return l === null ? null : l.endsWith('\n') ? l.slice(0, -1) : l;
      },
      cmdLine: async (cmd) => {
        let lines = cmdOutputs.get(cmd);
        if (!lines) {
          const c = new Collect();
          await runCmd(cmd, null, c);
          lines = splitLines(c.parts.join('')).map((l) => (l.endsWith('\n') ? l.slice(0, -1) : l));
          cmdOutputs.set(cmd, lines);
        }
        return lines.length ? lines.shift()! : null;
      },
      system: async (cmd) => runCmd(cmd, null, ctx.stdout),
      tick: () => ctx.tick(),
    };

    const interp = new Interp(program, io, {
      flavour: ctx.flavour,
      intLimit: gnu ? 2147483647 : 2 ** 63,
      seed: 0,
    });
    interp.setArray('ENVIRON', Object.entries(ctx.env).map(([k, v]) => [k, strnum(v)]));
    const argv = [gnu ? 'awk' : 'awk', ...operands];
    interp.setArray('ARGV', argv.map((a, i) => [String(i), strnum(a)]));
    interp.setVar('ARGC', argv.length);
    if (fs !== null) interp.setVar('FS', fs === 't' && gnu ? '\t' : unescapeAwk(fs));
    for (const [k, v] of assigns) interp.setVar(k, strnum(unescapeAwk(v)));

    const records = new Records(ctx, interp, operands);
    let status: number;
    try {
      status = await interp.run(records, () => false);
    } catch (e) {
      if (!(e instanceof AwkRuntimeError)) throw e;
      if (records.failed) {
        const f = records.failed;
        await complain(ctx, prog, gnu ? `cannot open ${f.name} (${f.code})` : `${f.name}: ${f.code}`);
      } else if (e.message.startsWith('\u0000')) await complain(ctx, prog, e.message.slice(1));
      else if (gnu) {
        const nr = interp.str(interp.getVar('NR'));
        const fnr = interp.str(interp.getVar('FNR'));
        await ctx.stderr.write(`${prog}: run time error: ${e.message}\n\tFILENAME="${interp.str(interp.getVar('FILENAME'))}" FNR=${fnr} NR=${nr}\n`);
      } else await complain(ctx, prog, `cmd. line:1: ${e.message}`);
      status = gnu ? 2 : 1;
    }
    for (const h of files.values()) h.close();
    for (const [cmd, parts] of pipes) await runCmd(cmd, parts.join(''), ctx.stdout);
    return status;
  },
};
