/**
 * xargs: build command lines from stdin and run them through ctx.exec. Splits on blanks and
 * newlines with ' " and \ quoting (or NUL with -0, a delimiter with -d, whole lines with -I/-L);
 * -n limits arguments per command, -I STR replaces STR in the arguments, -r skips an empty input,
 * -t echoes each command on stderr. Exit status as GNU and busybox agree: 123 when a command
 * failed (with any status 1-127), 124 and stop when one exited 255, 125 when one was killed, and
 * 126/127 when it could not be run at all, with execvp's error (`xargs: nosuchcmd: No such file or
 * directory`, `xargs: ./dir: Permission denied`; same text in both). The command is looked up
 * here, as execvp would, because ctx.exec only answers 126/127 and a command may exit 127 itself.
 * Messages recorded from findutils 4.9 xargs and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';
import { lookupExec } from './lib/path-search.ts';

const SPEC: OptionSpec = {
  name: 'xargs',
  // A leading '+': the command's own options must not be taken as xargs options.
  short: '+0a:d:E:e::I:i::L:l::n:prs:txP:',
  long: [
    { name: 'null', arg: 'none', key: '0' },
    { name: 'arg-file', arg: 'required', key: 'a' },
    { name: 'delimiter', arg: 'required', key: 'd' },
    { name: 'eof', arg: 'optional', key: 'e' },
    { name: 'replace', arg: 'optional', key: 'i' },
    { name: 'max-lines', arg: 'optional', key: 'l' },
    { name: 'max-args', arg: 'required', key: 'n' },
    { name: 'interactive', arg: 'none', key: 'p' },
    { name: 'no-run-if-empty', arg: 'none', key: 'r' },
    { name: 'max-chars', arg: 'required', key: 's' },
    { name: 'verbose', arg: 'none', key: 't' },
    { name: 'exit', arg: 'none', key: 'x' },
    { name: 'max-procs', arg: 'required', key: 'P' },
  ],
};
const BB_SPEC: OptionSpec = { ...SPEC, short: '+0a:E:e::I:n:prs:txP:', long: [] };

class QuoteError extends Error {
  /** Words read before the bad quote. */
  readonly words: string[];
  constructor(message: string, words: string[]) {
    super(message);
    this.words = words;
  }
}

/** Split xargs input into arguments, honouring quotes; `eof` ends input at a matching word. */
function splitWords(text: string, eof: string | null, gnu: boolean): { words: string[]; lineEnds: number[] } {
  const words: string[] = [];
  const lineEnds: number[] = [];
  let cur = '';
  let have = false;
  let i = 0;
  const push = (): boolean => {
    if (have) {
      if (eof !== null && cur === eof) return false;
      words.push(cur);
    }
    cur = '';
    have = false;
    return true;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      if (!push()) return { words, lineEnds };
      lineEnds.push(words.length);
      i++;
    } else if (c === ' ' || c === '\t') {
      if (!push()) return { words, lineEnds };
      i++;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        const kind = c === '"' ? 'double' : 'single';
        throw new QuoteError(
          gnu
            ? `unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option`
            : `unmatched ${kind} quote`,
          words,
        );
      }
      cur += text.slice(i + 1, end);
      have = true;
      i = end + 1;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[i + 1];
      have = true;
      i += 2;
    } else {
      cur += c;
      have = true;
      i++;
    }
  }
  if (push()) lineEnds.push(words.length);
  return { words, lineEnds };
}

export const applet: Applet = {
  name: 'xargs',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'xargs');
    const gnu = ctx.flavour === 'gnu';
    const spec = gnu ? SPEC : BB_SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    let nul = false;
    let delim: string | null = null;
    let argFile: string | null = null;
    let eof: string | null = null;
    let replace: string | null = null;
    let maxArgs = Infinity;
    let maxLines = Infinity;
    let noEmpty = false;
    let verbose = false;
    const badNumber = async (v: string, opt: string): Promise<number> => {
      if (gnu) await ctx.stderr.write(`${ctx.messagePrefix}${prog}: invalid number "${v}" for -${opt} option\nTry '${prog} --help' for more information.\n`);
      else await complain(ctx, prog, `invalid number '${v}'`);
      return 1;
    };
    for (const o of r.opts) {
      const v = o.value;
      switch (o.key) {
        case '0':
          nul = true;
          break;
        case 'd':
          delim = (v ?? '').replace(/^\\n$/, '\n').replace(/^\\t$/, '\t').replace(/^\\0$/, '\0');
          break;
        case 'a':
          argFile = v ?? '';
          break;
        case 'E':
        case 'e':
          eof = v ?? null;
          break;
        case 'I':
        case 'i':
          replace = v ?? '{}';
          maxLines = 1;
          break;
        case 'L':
        case 'l': {
          const val = v ?? '1';
          if (!/^\d+$/.test(val) || Number(val) === 0) return badNumber(val, o.key);
          maxLines = Number(val);
          break;
        }
        case 'n':
          if (!/^\d+$/.test(v ?? '') || Number(v) === 0) return badNumber(v ?? '', 'n');
          maxArgs = Number(v);
          break;
        case 'r':
          noEmpty = true;
          break;
        case 't':
        case 'p':
          verbose = true;
          break;
        default:
          break;
      }
    }
    const command = r.operands.length ? r.operands : ['echo'];

    let text: string;
    try {
      const bytes = argFile !== null ? ctx.fs.readFile(argFile) : await ctx.stdin.readAll();
      text = new TextDecoder().decode(bytes);
    } catch (e) {
      await complain(ctx, prog, `${argFile}: ${strerror(asFsError(e).code)}`);
      return 1;
    }

    // Group arguments into command lines.
    let groups: string[][] = [];
    let quoteError: string | null = null;
    if (replace !== null) {
      groups = text
        .split(nul ? '\0' : delim ?? '\n')
        .map((l) => (nul || delim !== null ? l : l.replace(/^[ \t]+/, '')))
        .filter((l) => l !== '')
        .map((l) => [l]);
    } else if (nul || delim !== null) {
      const parts = text.split(nul ? '\0' : delim!);
      if (parts[parts.length - 1] === '') parts.pop();
      for (let i = 0; i < parts.length; i += maxArgs === Infinity ? parts.length : maxArgs) groups.push(parts.slice(i, i + (maxArgs === Infinity ? parts.length : maxArgs)));
    } else {
      let words: string[];
      let lineEnds: number[];
      try {
        ({ words, lineEnds } = splitWords(text, eof, gnu));
      } catch (e) {
        if (!(e instanceof QuoteError)) throw e;
        quoteError = e.message;
        // GNU runs what it read before the bad quote; busybox runs nothing.
        words = e.words;
        lineEnds = [words.length];
        if (!gnu) {
          await complain(ctx, prog, quoteError);
          return 1;
        }
      }
      if (maxLines !== Infinity) {
        let start = 0;
        let li = 0;
        while (start < words.length) {
          let end = start;
          let count = 0;
          while (li < lineEnds.length && count < maxLines) {
            if (lineEnds[li] > end) {
              end = lineEnds[li];
              count++;
            }
            li++;
          }
          if (end === start) end = words.length;
          groups.push(words.slice(start, end));
          start = end;
        }
      } else {
        const step = maxArgs === Infinity ? Math.max(words.length, 1) : maxArgs;
        for (let i = 0; i < words.length; i += step) groups.push(words.slice(i, i + step));
      }
    }
    if (groups.length === 0 && !noEmpty && quoteError === null) groups.push([]);

    let status = 0;
    for (const g of groups) {
      ctx.tick();
      const argv =
        replace !== null ? command.map((a) => a.split(replace!).join(g[0])) : [...command, ...g];
      if (verbose) await ctx.stderr.write(argv.join(' ') + '\n');
      const found = lookupExec(ctx.fs, argv[0], ctx.env.PATH);
      if (!found.ok) {
        await complain(ctx, prog, `${argv[0]}: ${strerror(found.code)}`);
        return found.code === 'ENOENT' ? 127 : 126;
      }
      const rc = await ctx.exec(argv);
      if (rc === 255) {
        await complain(ctx, prog, `${argv[0]}: exited with status 255; aborting`);
        return 124;
      }
      if (rc > 128) return 125;
      if (rc !== 0) status = 123;
    }
    if (quoteError !== null) {
      await complain(ctx, prog, quoteError);
      return 1;
    }
    return status;
  },
};
