import { describe, expect, it } from 'vitest';
import { envsFromList, Lex, LexError } from './shell-lex.ts';

/**
 * [word, error, result, words]: expected values were produced by BuildKit v0.25.2's shell.Lex
 * (ProcessWord / ProcessWords, escape `\\`) with the ENV below. Words written for this project.
 */
const ENV = ['NAME=world', 'EMPTY=', 'PATHV=/usr/local/bin:/usr/bin', 'FILE=archive.tar.gz', 'SPACED=a  b'];
const ROWS: [string, string | null, string | null, string[] | null][] = [
  ["hello $NAME", null, "hello world", ["hello", "world"]],
  ["${NAME}s", null, "worlds", ["worlds"]],
  ["$NAMEs", null, "", null],
  ["${UNSET:-fallback}", null, "fallback", ["fallback"]],
  ["${EMPTY:-fallback}", null, "fallback", ["fallback"]],
  ["${EMPTY-fallback}", null, "", null],
  ["${NAME:+set}", null, "set", ["set"]],
  ["${EMPTY:+set}", null, "", null],
  ["${EMPTY+set}", null, "set", ["set"]],
  ["${UNSET+set}", null, "", null],
  ["${FILE%.*}", null, "archive.tar", ["archive.tar"]],
  ["${FILE%%.*}", null, "archive", ["archive"]],
  ["${FILE#*.}", null, "tar.gz", ["tar.gz"]],
  ["${FILE##*.}", null, "gz", ["gz"]],
  ["${PATHV/bin/BIN}", null, "/usr/local/BIN:/usr/bin", ["/usr/local/BIN:/usr/bin"]],
  ["${PATHV//bin/BIN}", null, "/usr/local/BIN:/usr/BIN", ["/usr/local/BIN:/usr/BIN"]],
  ["${FILE/#arch/ARCH}", null, "archive.tar.gz", ["archive.tar.gz"]],
  ["'$NAME' \"$NAME\"", null, "$NAME world", ["$NAME", "world"]],
  ["\\$NAME", null, "$NAME", ["$NAME"]],
  ["\"a\\\"b\" 'c\\d'", null, "a\"b c\\d", ["a\"b", "c\\d"]],
  ["$SPACED", null, "a  b", ["a", "b"]],
  ["\"$SPACED\"", null, "a  b", ["a  b"]],
  ["x${SPACED}y", null, "xa  by", ["xa", "by"]],
  ["${UNSET:?must be set}", "failed to process \"${UNSET:?must be set}\": UNSET: must be set", null, null],
  ["${EMPTY:?}", "failed to process \"${EMPTY:?}\": EMPTY: is not allowed to be empty", null, null],
  ["${UNSET?}", "failed to process \"${UNSET?}\": UNSET: is not allowed to be unset", null, null],
  ["${NAME:=x}", "failed to process \"${NAME:=x}\": unsupported modifier (:=) in substitution", null, null],
  ["${", "failed to process \"${\": syntax error: missing '}'", null, null],
  ["${NAME", "failed to process \"${NAME\": unsupported modifier (�) in substitution", null, null],
  ["${}", "failed to process \"${}\": syntax error: bad substitution", null, null],
  ["${:x}", "failed to process \"${:x}\": syntax error: bad substitution", null, null],
  ["'unterminated", "failed to process \"'unterminated\": unexpected end of statement while looking for matching single-quote", null, null],
  ["\"unterminated", "failed to process \"\\\"unterminated\": unexpected end of statement while looking for matching double-quote", null, null],
  ["${NAME%%x", "failed to process \"${NAME%%x\": syntax error: missing '}'", null, null],
  ["$1 $@ $$", null, "  ", null],
  ["a\\ b c", null, "a b c", ["a b", "c"]],
  ["trailing\\", null, "trailing", ["trailing"]],
  ["${NAME:#x}", "failed to process \"${NAME:#x}\": unsupported modifier (:#) in substitution", null, null],
  ["${FILE%\\.gz}", "failed to process \"${FILE%\\\\.gz}\": invalid pattern (zg\\.) in substitution: invalid escape '\\.'", null, null],
  ["${FILE#\\x}", "failed to process \"${FILE#\\\\x}\": invalid pattern (\\x) in substitution: invalid escape '\\x'", null, null],
  ["é$NAME", null, "éworld", ["éworld"]],
  ["<<EOF x", null, "<<EOF x", ["<<EOF", "x"]],
  ["a << b", null, "a << b", ["a", "<< b"]],
  ["${PATHV//\\//|}", null, "|usr|local|bin:|usr|bin", ["|usr|local|bin:|usr|bin"]],
];

describe('Dockerfile word expansion (BuildKit shell/lex.go)', () => {
  const env = envsFromList(ENV);
  for (const [word, error, result, words] of ROWS) {
    it(JSON.stringify(word), () => {
      const lex = new Lex('\\');
      if (error !== null) {
        expect(() => lex.processWord(word, env)).toThrow(LexError);
        expect(() => lex.processWord(word, env)).toThrow(error);
        return;
      }
      expect(lex.processWord(word, env)).toBe(result);
      expect(lex.processWords(word, env)).toEqual(words ?? []);
    });
  }

  it('keeps unset variables with skipUnsetEnv (used for heredoc words)', () => {
    const lex = new Lex('\\');
    lex.skipUnsetEnv = true;
    expect(lex.processWord('$A ${B} ${C:-d} ${NAME}', envsFromList(['NAME=n']))).toBe('$A ${B} ${C:-d} n');
  });

  it('uses the backtick as escape when asked', () => {
    const lex = new Lex('`');
    expect(lex.processWord('`$NAME \\x', envsFromList(['NAME=n']))).toBe('$NAME \\x');
  });

  it('reports matched and unmatched names', () => {
    const r = new Lex().process('$NAME $NOPE ${EMPTY:-x}', envsFromList(ENV));
    expect([...r.matched].sort()).toEqual(['EMPTY', 'NAME']);
    expect([...r.unmatched]).toEqual(['NOPE']);
  });

  it('mirrors BuildKit losing text before ${x:-w} when splitting words', () => {
    // BuildKit shares one words buffer with the nested ${...} scan, so `a` is dropped.
    expect(new Lex().processWords('a${UNSET:-b c}', envsFromList([]))).toEqual(['b', 'c']);
  });

  it('turns runaway nesting into a LexError instead of a stack overflow', () => {
    const deep = '${x:-'.repeat(20000) + 'v' + '}'.repeat(20000);
    expect(() => new Lex().processWord(deep, envsFromList([]))).toThrow(LexError);
    expect(new Lex().processWord('${x:-'.repeat(200) + 'v' + '}'.repeat(200), envsFromList([]))).toBe('v');
  });
});
