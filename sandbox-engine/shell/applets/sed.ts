/**
 * sed: stream editor (lib/sed/: parse, input, exec). Scripts from -e/-f or the first operand;
 * -n, -E/-r, -s, -z, -i[SUFFIX] (in place, each file on its own). Messages recorded from GNU
 * sed 4.9 (`sed: -e expression #1, char 5: unterminated `s' command`, `sed: can't read F: ...`
 * with status 2) and busybox 1.35 (`sed: unmatched '/'`, `sed: F: No such file or directory`).
 */
import type { Applet, ProcessContext } from '../process.ts';
import { busyboxUsage, parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain } from './lib/text-io.ts';
import { strerror, type FsError } from '../../vfs/errors.ts';
import { parseScript, SedParseError, type Command } from './lib/sed/parse.ts';
import { SedInput } from './lib/sed/input.ts';
import { SedMachine, SedRuntimeError, type SedIO } from './lib/sed/exec.ts';

const GNU_USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const SPEC: OptionSpec = {
  name: 'sed',
  short: 'ne:f:i::l:ErsuzV',
  gnuTrailer: GNU_USAGE,
  long: [
    { name: 'quiet', arg: 'none', key: 'n' },
    { name: 'silent', arg: 'none', key: 'n' },
    { name: 'expression', arg: 'required', key: 'e' },
    { name: 'file', arg: 'required', key: 'f' },
    { name: 'in-place', arg: 'optional', key: 'i' },
    { name: 'line-length', arg: 'required', key: 'l' },
    { name: 'regexp-extended', arg: 'none', key: 'E' },
    { name: 'separate', arg: 'none', key: 's' },
    { name: 'unbuffered', arg: 'none', key: 'u' },
    { name: 'null-data', arg: 'none', key: 'z' },
    { name: 'posix', arg: 'none', key: 'posix' },
    { name: 'debug', arg: 'none', key: 'debug' },
    { name: 'sandbox', arg: 'none', key: 'sandbox' },
    { name: 'follow-symlinks', arg: 'none', key: 'follow-symlinks' },
  ],
};
const BB_SPEC: OptionSpec = {
  ...SPEC,
  short: 'ne:f:i::rEz',
  long: [
    { name: 'quiet', arg: 'none', key: 'n' },
    { name: 'silent', arg: 'none', key: 'n' },
    { name: 'expression', arg: 'required', key: 'e' },
    { name: 'file', arg: 'required', key: 'f' },
    { name: 'in-place', arg: 'optional', key: 'i' },
    { name: 'regexp-extended', arg: 'none', key: 'E' },
  ],
};

const GNU_TEXT: Record<string, (d: string) => string> = {
  'unterminated-s': () => "unterminated `s' command",
  'unterminated-y': () => "unterminated `y' command",
  'unknown-s-option': () => "unknown option to `s'",
  'unknown-command': (d) => `unknown command: \`${d}'`,
  'missing-command': () => 'missing command',
  regex: (d) => d.split('\u0000')[0],
  'unmatched-brace': () => "unmatched `{'",
  'unexpected-brace': (d) => (d === 'addr' ? 'unexpected `,\'' : "unexpected `}'"),
  'y-lengths': () => "strings for `y' command are different lengths",
  'expected-backslash': () => "expected \\ after `a', `c' or `i'",
  'multiple-g': () => "multiple `g' options to `s' command",
  'multiple-p': () => "multiple `p' options to `s' command",
  'unterminated-address': () => 'unterminated address regex',
  'extra-chars': () => 'extra characters after command',
  'invalid-usage-zero': () => 'invalid usage of line address 0',
};

const BB_TEXT: Record<string, (d: string) => string> = {
  'unterminated-s': (d) => `unmatched '${d}'`,
  'unterminated-y': (d) => `unmatched '${d}'`,
  'unknown-s-option': () => 'bad option in substitution expression',
  'unknown-command': (d) => `unsupported command ${d}`,
  'missing-command': () => 'missing command',
  regex: (d) => {
    const [msg, re] = d.split('\u0000');
    return `bad regex '${re}': ${msg}`;
  },
  'unmatched-brace': () => 'unmatched {',
  'unexpected-brace': () => 'unexpected }',
  'y-lengths': () => 'strings for y must be the same length',
  'expected-backslash': () => 'missing command',
  'multiple-g': () => 'bad option in substitution expression',
  'multiple-p': () => 'bad option in substitution expression',
  'unterminated-address': (d) => `unmatched '${d}'`,
  'extra-chars': (d) => `unsupported command ${d}`,
  'invalid-usage-zero': () => 'unsupported command 0',
};

export const applet: Applet = {
  name: 'sed',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'sed');
    const gnu = ctx.flavour === 'gnu';
    const spec = gnu ? SPEC : BB_SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    // Script pieces with where each starts, for GNU's "-e expression #N, char M".
    const pieces: { text: string; origin: string }[] = [];
    let quiet = false;
    let extended = false;
    let separate = false;
    let inPlace: string | null = null;
    let sep = '\n';
    let exprNo = 0;
    for (const o of r.opts) {
      switch (o.key) {
        case 'n':
          quiet = true;
          break;
        case 'e':
          pieces.push({ text: o.value ?? '', origin: `-e expression #${++exprNo}` });
          break;
        case 'f': {
          try {
            let t = o.value === '-' ? new TextDecoder().decode(await ctx.stdin.readAll()) : ctx.fs.readText(o.value ?? '');
            if (t.endsWith('\n')) t = t.slice(0, -1);
            pieces.push({ text: t, origin: `file ${o.value}` });
          } catch (e) {
            await complain(ctx, prog, gnu ? `couldn't open file ${o.value}: ${strerror(asFsError(e).code)}` : `${o.value}: ${strerror(asFsError(e).code)}`);
            return 1;
          }
          break;
        }
        case 'i':
          inPlace = o.value ?? '';
          separate = true;
          break;
        case 'E':
        case 'r':
          extended = true;
          break;
        case 's':
          separate = true;
          break;
        case 'z':
          sep = '\0';
          break;
        default:
          break;
      }
    }
    const operands = [...r.operands];
    if (pieces.length === 0) {
      if (operands.length === 0) {
        if (gnu) await ctx.stderr.write(GNU_USAGE);
        else await ctx.stderr.write(busyboxUsage('sed'));
        return 1;
      }
      pieces.push({ text: operands.shift()!, origin: '-e expression #1' });
    }
    const script = pieces.map((p) => p.text).join('\n');
    if (/^#n\r?(\n|$)/.test(script) && pieces[0].text.startsWith('#n')) quiet = true;

    let cmds: Command[];
    try {
      cmds = parseScript(script, { extended, gnu });
    } catch (e) {
      if (!(e instanceof SedParseError)) throw e;
      if (gnu) {
        if (e.kind === 'no-label') {
          // GNU finds this only after compiling, and exits through panic() with status 4.
          await complain(ctx, prog, `can't find label for jump to \`${e.detail}'`);
          return 4;
        }
        else {
          // Map the offset back to the piece it fell in.
          let off = e.pos;
          let where = pieces[0];
          for (const p of pieces) {
            where = p;
            if (off <= p.text.length) break;
            off -= p.text.length + 1;
          }
          const char = e.kind === 'unmatched-brace' ? 0 : off;
          await complain(ctx, prog, `${where.origin}, char ${char}: ${GNU_TEXT[e.kind](e.detail)}`);
        }
      } else if (e.kind === 'no-label') await complain(ctx, prog, `can't find label for jump to '${e.detail}'`);
      else await complain(ctx, prog, BB_TEXT[e.kind](e.detail));
      return 1;
    }

    const files = operands.length ? operands : ['-'];
    let status = 0;
    const wfiles = new Map<string, string[]>();
    for (const c of cmds) {
      const w = c.name === 'w' ? c.text : c.name === 's' ? c.wfile : undefined;
      if (w && w !== '/dev/stdout' && w !== '/dev/stderr') wfiles.set(w, []);
    }
    let outBuf: string[] | null = null;
    const io: SedIO = {
      write: async (t) => {
        if (outBuf) outBuf.push(t);
        else await ctx.stdout.write(t);
      },
      readFile: (name) => {
        try {
          return name === '/dev/stdin' ? null : ctx.fs.readText(name);
        } catch {
          return null;
        }
      },
      writeFile: async (name, t) => {
        if (name === '/dev/stdout') await io.write(t);
        else if (name === '/dev/stderr') await ctx.stderr.write(t);
        else wfiles.get(name)?.push(t);
      },
      tick: () => ctx.tick(),
    };
    const onError = async (name: string, e: FsError): Promise<void> => {
      status = 2;
      if (!gnu) {
        status = 1;
        await complain(ctx, prog, `${name}: ${strerror(e.code)}`);
      } else if (e.code === 'EISDIR') await complain(ctx, prog, inPlace !== null ? `couldn't edit ${name}: not a regular file` : `read error on ${name}: ${strerror(e.code)}`);
      else await complain(ctx, prog, `can't read ${name}: ${strerror(e.code)}`);
    };
    const machine = new SedMachine(cmds, io, { quiet, sep });
    try {
      if (separate) {
        for (const f of files) {
          if (inPlace !== null && f !== '-') {
            let original: string;
            try {
              original = ctx.fs.readText(f);
            } catch (e) {
              await onError(f, asFsError(e));
              continue;
            }
            outBuf = [];
            const input = new SedInput(ctx, [f], sep, onError);
            await machine.run(input);
            try {
              if (inPlace !== '') {
                const backup = inPlace.includes('*') ? inPlace.replace(/\*/g, f.slice(f.lastIndexOf('/') + 1)) : f + inPlace;
                ctx.fs.writeFile(backup, original);
              }
              ctx.fs.writeFile(f, outBuf.join(''));
            } catch (e) {
              await complain(ctx, prog, `couldn't open file ${f}: ${strerror(asFsError(e).code)}`);
              status = 4;
            }
            outBuf = null;
          } else await machine.run(new SedInput(ctx, [f], sep, onError));
          if (machine.exitCode !== null) break;
          for (const c of cmds) c.active = false;
        }
      } else await machine.run(new SedInput(ctx, files, sep, onError));
    } catch (e) {
      if (!(e instanceof SedRuntimeError)) throw e;
      await complain(ctx, prog, e.message);
      return gnu ? 4 : 1;
    }
    for (const [name, parts] of wfiles) {
      try {
        ctx.fs.writeFile(name, parts.join(''));
      } catch (e) {
        await complain(ctx, prog, `couldn't open file ${name}: ${strerror(asFsError(e).code)}`);
        status = 4;
      }
    }
    return machine.exitCode !== null && machine.exitCode !== 0 ? machine.exitCode : status;
  },
};
