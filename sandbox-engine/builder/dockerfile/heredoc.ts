/**
 * Heredoc detection on RUN/COPY/ADD lines, after BuildKit's parser.go (heredocFromMatch,
 * heredocsFromLine). A word `[N]<<[-]WORD` opens a heredoc; quoting any part of WORD turns
 * expansion of the body off.
 */
import type { Heredoc } from './ast.ts';
import { DockerfileSyntaxError } from './errors.ts';
import { emptyEnv, Lex, LexError } from './shell-lex.ts';

const RE_HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/s;

function countQuotes(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === "'" || ch === '"') n++;
  return n;
}

function lexWords(lex: Lex, text: string): string[] {
  try {
    return lex.processWords(text, emptyEnv);
  } catch (e) {
    if (e instanceof LexError) throw new DockerfileSyntaxError('syntax', e.message);
    throw e;
  }
}

/** BuildKit's ParseHeredoc: the heredoc a single word opens, or null. Throws on lexer errors. */
export function parseHeredoc(src: string): Heredoc | null {
  const m = RE_HEREDOC.exec(src);
  if (m === null) return null;
  const rest = m[3];
  if (rest.length === 0) return null;
  const lex = new Lex('\\');
  lex.skipUnsetEnv = true;
  const words = lexWords(lex, rest);
  if (words.length !== 1) return null;
  lex.rawQuotes = true;
  const raw = lexWords(lex, rest);
  if (raw.length !== words.length) {
    throw new DockerfileSyntaxError('syntax', `internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  return {
    name: words[0],
    fileDescriptor: m[1] === '' ? 0 : Number(m[1]),
    expand: countQuotes(words[0]) === countQuotes(raw[0]),
    chomp: m[2] === '-',
    content: '',
  };
}

/** ParseHeredoc that swallows errors (BuildKit's MustParseHeredoc). */
export function mustParseHeredoc(src: string): Heredoc | null {
  try {
    return parseHeredoc(src);
  } catch {
    return null;
  }
}

/** All heredocs opened on an instruction line, in order. */
export function heredocsFromLine(line: string): Heredoc[] {
  const lex = new Lex('\\');
  lex.rawQuotes = true;
  lex.rawEscapes = true;
  lex.skipUnsetEnv = true;
  let words: string[];
  try {
    words = lex.processWords(line, emptyEnv);
  } catch {
    words = []; // BuildKit ignores this error: the line then opens no heredoc
  }
  const docs: Heredoc[] = [];
  for (const word of words) {
    const doc = parseHeredoc(word);
    if (doc !== null) docs.push(doc);
  }
  return docs;
}

/** `<<-`: strip leading tabs from every line (BuildKit's ChompHeredocContent). */
export function chompHeredocContent(src: string): string {
  // Go's (?m)^ starts a line only after \n; JavaScript's m flag would also split at \r.
  return src.replace(/(^|\n)\t+/g, '$1');
}
