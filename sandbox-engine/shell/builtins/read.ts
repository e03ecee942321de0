/**
 * read [-r] [-p prompt] [-s] [-n N] [-d delim] [-t secs] [-a] name...: read one line from stdin,
 * split on IFS into the names (the last takes the rest); without -r a backslash escapes the next
 * character and joins continued lines. Status 1 at end of file.
 */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { isValidName } from '../parser.ts';
import { fromUtf8 } from '../../util/text.ts';
import { readLine } from '../line-input.ts';
import { ReadonlyError } from '../vars.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const ash = isAlmquist(b.dialect);
  const args = b.argv.slice(1);
  let raw = false;
  let prompt: string | undefined;
  let max = -1;
  let delim = 10;
  let array: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const takeArg = (): string | undefined => {
        const rest = a.slice(j + 1);
        j = a.length;
        if (rest !== '') return rest;
        return args[++i];
      };
      if (c === 'r') raw = true;
      else if (b.dialect === 'dash' && c !== 'p') return b.fail(`Illegal option -${c}`, 2);
      else if (b.dialect === 'dash' && a.slice(j + 1) === '' && args[i + 1] === undefined) return b.fail('No arg for -p option', 2);
      else if (c === 's' || c === 'e') continue;
      else if (c === 'p') prompt = takeArg();
      else if (c === 'n' || c === 'N') max = Number(takeArg() ?? '0');
      else if (c === 'd') delim = (takeArg() ?? '').charCodeAt(0) || 0;
      else if (c === 't' || c === 'u') takeArg();
      else if (c === 'a' && !ash) array = takeArg();
      else {
        if (ash) return b.fail(`-${c}: invalid option`, 1);
        await b.error(`-${c}: invalid option`);
        await b.stderr.write('read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n');
        return 2;
      }
    }
  }
  let names = args.slice(i);
  if (array !== undefined) names = [array];
  if (b.dialect === 'dash') return dashRead(b, names, raw, prompt);
  for (const n of names) {
    if (!isValidName(n)) {
      if (ash) await b.stderr.write(`${b.interp.messages.prefix(b.interp.loc(sh))}read: '${n}': bad variable name\n`);
      else await b.error(`\`${n}': not a valid identifier`);
      return 1;
    }
  }
  if (names.length === 0) names = ['REPLY'];
  if (prompt !== undefined && b.stdin.isTTY) await b.stderr.write(prompt);
  const { line, eof } = await readLine(b.stdin, delim, max, raw);
  let text = fromUtf8(line);
  const ifs = sh.vars.get('IFS') ?? ' \t\n';
  const set = (n: string, v: string) => {
    try {
      sh.vars.set(n, v);
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
    }
  };
  if (names.length === 1 && names[0] === 'REPLY' && args.slice(i).length === 0) {
    set('REPLY', raw ? text : unescape(text));
    return eof && line.length === 0 ? 1 : eof ? 1 : 0;
  }
  if (array !== undefined) {
    try {
      sh.vars.setArray(array, splitRead(text, ifs, Number.MAX_SAFE_INTEGER, raw));
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
    }
    return eof ? 1 : 0;
  }
  // Split into fields; backslashes (without -r) protect the next character from splitting.
  const fields = splitRead(text, ifs, names.length, raw);
  names.forEach((n, k) => set(n, fields[k] ?? ''));
  text = '';
  return eof ? 1 : 0;
}

/**
 * dash's read: names are required (`arg count`), the line is read first and a bad name fails
 * when it is assigned (`read: 1x: bad variable name`, status 2), as dash does.
 */
async function dashRead(b: BuiltinContext, names: string[], raw: boolean, prompt: string | undefined): Promise<number> {
  const { sh } = b;
  if (prompt !== undefined && b.stdin.isTTY) await b.stderr.write(prompt);
  if (names.length === 0) return b.fail('arg count', 2);
  const { line, eof } = await readLine(b.stdin, 10, -1, raw);
  const fields = splitRead(fromUtf8(line), sh.vars.get('IFS') ?? ' \t\n', names.length, raw);
  for (let k = 0; k < names.length; k++) {
    if (!isValidName(names[k])) return b.fail(`${names[k]}: bad variable name`, 2);
    try {
      sh.vars.set(names[k], fields[k] ?? '');
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      return b.fail(`${names[k]}: is read only`, 2);
    }
  }
  return eof ? 1 : 0;
}

function unescape(s: string): string {
  return s.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
}

function splitRead(text: string, ifs: string, n: number, raw: boolean): string[] {
  const isWs = (c: string) => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
  const isDelim = (c: string) => ifs.includes(c);
  const fields: string[] = [];
  let i = 0;
  const len = text.length;
  while (i < len && isWs(text[i])) i++;
  while (i < len) {
    if (fields.length === n - 1) {
      // The last name takes the rest, minus trailing IFS whitespace.
      let rest = '';
      let tail = '';
      for (; i < len; i++) {
        const c = text[i];
        if (!raw && c === '\\' && i + 1 < len) {
          rest += tail + text[++i];
          tail = '';
          continue;
        }
        if (isWs(c)) tail += c;
        else {
          rest += tail + c;
          tail = '';
        }
      }
      fields.push(rest);
      break;
    }
    let f = '';
    while (i < len && !isDelim(text[i])) {
      if (!raw && text[i] === '\\' && i + 1 < len) i++;
      f += text[i++];
    }
    fields.push(f);
    while (i < len && isWs(text[i])) i++;
    if (i < len && isDelim(text[i]) && !isWs(text[i])) {
      i++;
      while (i < len && isWs(text[i])) i++;
    }
  }
  return fields;
}

export const read: Builtin = { name: 'read', run };
