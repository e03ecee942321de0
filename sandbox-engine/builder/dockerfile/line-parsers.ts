/**
 * Per-instruction argument parsers, after BuildKit's parser/line_parsers.go. They turn the text
 * after the instruction name and flags into the node list; quotes and escapes are kept as written
 * (the builder expands words later), except in the JSON form which is decoded.
 */
import { goQuote } from '../../cli/go/quote.ts';
import { goTrimLeft, isGoSpace, newNode, type Node } from './ast.ts';
import { DockerfileSyntaxError } from './errors.ts';

export interface LineParse {
  next: Node | null;
  attributes: Record<string, boolean>;
}

/** The instruction text, with the state the parsers need. */
export interface LineContext {
  escapeToken: string;
  /** Parses a nested instruction (ONBUILD's trigger). */
  parseSub(line: string): Node;
}

/** Go's `regexp.MustCompile("[\t\v\f\r ]+")`. */
export const RE_WHITESPACE = /[\t\v\f\r ]+/;

const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

const none = (next: Node | null = null): LineParse => ({ next, attributes: {} });

function chain(values: readonly string[]): Node | null {
  let head: Node | null = null;
  for (let i = values.length - 1; i >= 0; i--) head = newNode(values[i], head);
  return head;
}

/** Go's `regexp.Split(s, n)` for RE_WHITESPACE (n = -1 or 2). */
const RE_WHITESPACE_G = new RegExp(RE_WHITESPACE.source, 'g');

export function splitWhitespace(s: string, n = -1): string[] {
  const re = RE_WHITESPACE_G;
  re.lastIndex = 0;
  const out: string[] = [];
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (n > 0 && out.length === n - 1) break;
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  // Go drops nothing here: a leading match gives an empty first element, as in Go.
  return out;
}

/** Space-separated words keeping quotes and escapes (BuildKit's parseWords). */
export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let buf = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = pos < chars.length ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isGoSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || buf.length > 0) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (pos + 1 === chars.length) continue; // an escape at the very end is dropped
        // Unquoted, the escape and the next character are both kept, even a quote.
        buf += ch;
        pos++;
        ch = chars[pos];
      }
      buf += ch;
      continue;
    }
    // phase === 'quote'
    if (ch === quote) phase = 'word';
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      buf += ch;
      ch = chars[pos];
    }
    buf += ch;
  }
  return words;
}

function keyValue(key: string, value: string, sep: string): Node {
  return newNode(key, newNode(value, newNode(sep)));
}

/** ENV and LABEL: legacy `KEY value` or `k=v k2=v2` (BuildKit's parseNameVal). */
function parseNameVal(rest: string, key: string, ctx: LineContext): LineParse {
  const words = parseWords(rest, ctx.escapeToken);
  if (words.length === 0) return none();
  if (!words[0].includes('=')) {
    const parts = splitWhitespace(rest, 2);
    if (parts.length < 2) throw new DockerfileSyntaxError('syntax', `${key} must have two arguments`);
    return none(keyValue(parts[0], parts[1], ''));
  }
  const nodes: Node[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      throw new DockerfileSyntaxError('syntax', `Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    }
    nodes.push(keyValue(word.slice(0, eq), word.slice(eq + 1), '='));
  }
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next!.next!.next = nodes[i + 1];
  return none(nodes[0]);
}

function parseWhitespaceDelimited(rest: string): LineParse {
  if (rest === '') return none();
  return none(chain(splitWhitespace(rest)));
}

function parseString(rest: string): LineParse {
  return none(rest === '' ? null : newNode(rest));
}

/**
 * Go's json.Unmarshal into []any: null when the text is not a JSON array (the caller falls back to
 * the shell form); a JSON array of non-strings is an error. A lone surrogate escape decodes to
 * U+FFFD in Go; a number beyond float64 (`1e999`) makes Go's decoding fail.
 */
function parseJSON(rest: string): LineParse | null {
  const text = goTrimLeft(rest);
  if (!text.startsWith('[')) return null;
  let doc: unknown;
  let overflow = false;
  try {
    doc = JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) overflow = true;
      return v;
    });
  } catch {
    return null;
  }
  // Go fails to decode a number beyond float64 anywhere in the array, so the line is shell form.
  if (overflow || !Array.isArray(doc)) return null;
  const values: string[] = [];
  for (const v of doc as unknown[]) {
    if (typeof v !== 'string') throw new DockerfileSyntaxError('syntax', NOT_STRING_ARRAY);
    values.push(v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
  }
  return { next: chain(values), attributes: { json: true } };
}

/** CMD, RUN, ENTRYPOINT, SHELL: JSON array, else the whole rest as one shell-form string. */
export function parseMaybeJSON(rest: string): LineParse {
  if (rest === '') return none();
  return parseJSON(rest) ?? none(newNode(rest));
}

/** COPY, ADD, VOLUME: JSON array, else whitespace-separated words. */
function parseMaybeJSONToList(rest: string): LineParse {
  return parseJSON(rest) ?? parseWhitespaceDelimited(rest);
}

/** ARG: words (names or name=value), quotes kept. */
function parseNameOrNameVal(rest: string, ctx: LineContext): LineParse {
  return none(chain(parseWords(rest, ctx.escapeToken)));
}

/** HEALTHCHECK: a type word (CMD, NONE, …) then a maybe-JSON command. */
function parseHealthConfig(rest: string): LineParse {
  // Go scans bytes here, so only ASCII spaces count (a U+00A0 is two bytes, neither a space).
  let sep = 0;
  while (sep < rest.length && !isAsciiSpace(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isAsciiSpace(rest[next])) next++;
  if (sep === 0) return none();
  const cmd = parseMaybeJSON(rest.slice(next));
  return { next: newNode(rest.slice(0, sep), cmd.next), attributes: cmd.attributes };
}

function parseSubCommand(rest: string, ctx: LineContext): LineParse {
  if (rest === '') return none();
  const holder = newNode();
  holder.children = [ctx.parseSub(rest)];
  return none(holder);
}

function isAsciiSpace(ch: string): boolean {
  return ch === ' ' || (ch >= '\t' && ch <= '\r');
}

type LineParser = (rest: string, ctx: LineContext) => LineParse;

/** BuildKit's dispatch table; unknown instructions keep no arguments (parseIgnore). */
const LINE_PARSER_TABLE: Record<string, LineParser> = {
  add: parseMaybeJSONToList,
  arg: parseNameOrNameVal,
  cmd: parseMaybeJSON,
  copy: parseMaybeJSONToList,
  entrypoint: parseMaybeJSON,
  env: (rest, ctx) => parseNameVal(rest, 'ENV', ctx),
  expose: parseWhitespaceDelimited,
  from: parseWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: (rest, ctx) => parseNameVal(rest, 'LABEL', ctx),
  maintainer: parseString,
  onbuild: parseSubCommand,
  run: parseMaybeJSON,
  shell: parseMaybeJSON,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJSONToList,
  workdir: parseString,
};

/** A Map, so that an instruction named `constructor` or `__proto__` finds nothing. */
export const LINE_PARSERS: ReadonlyMap<string, LineParser> = new Map(Object.entries(LINE_PARSER_TABLE));

/** parseIgnore: the instruction is kept, its arguments are not. */
export const IGNORE: LineParser = () => none(newNode());
