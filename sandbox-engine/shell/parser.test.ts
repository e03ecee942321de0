import { describe, expect, it } from 'vitest';
import { Parser } from './parser.ts';
import { Incomplete, ShellSyntaxError } from './syntax-error.ts';
import type { Command, Script, SimpleCommand } from './ast.ts';

function parse(src: string, flavour: 'gnu' | 'busybox' = 'gnu'): Script {
  return new Parser(src, { flavour }).parseAll();
}

function first(src: string, flavour: 'gnu' | 'busybox' = 'gnu'): Command {
  return parse(src, flavour).items[0].cmd;
}

function incomplete(src: string): Incomplete['open'] {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof Incomplete) return e.open;
    throw e;
  }
  throw new Error(`parsed: ${src}`);
}

function syntax(src: string, flavour: 'gnu' | 'busybox' = 'gnu'): ShellSyntaxError {
  try {
    parse(src, flavour);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed: ${src}`);
}

describe('parser', () => {
  it('splits words into quoted and unquoted parts', () => {
    const c = first(`echo a"b $c"'d'\\e`) as SimpleCommand;
    expect(c.words[1].parts).toEqual([
      { type: 'lit', text: 'a' },
      { type: 'dq', parts: [{ type: 'lit', text: 'b ' }, { type: 'param', name: 'c', op: '', short: true }] },
      { type: 'quoted', text: 'd' },
      { type: 'quoted', text: 'e' },
    ]);
  });

  it('recognises assignments only before the command name', () => {
    const c = first('A=1 B=x$y cmd C=2') as SimpleCommand;
    expect(c.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(c.words.map((w) => w.raw)).toEqual(['cmd', 'C=2']);
  });

  it('parses lists, pipelines and and-or chains', () => {
    const s = parse('a | b && c || d; e &');
    expect(s.items).toHaveLength(2);
    expect(s.items[1].background).toBe(true);
    const ao = s.items[0].cmd;
    expect(ao.type).toBe('andor');
    if (ao.type === 'andor') {
      expect(ao.first.type).toBe('pipeline');
      expect(ao.rest.map((r) => r.op)).toEqual(['&&', '||']);
    }
  });

  it('parses compound commands', () => {
    expect(first('if a; then b; elif c; then d; else e; fi').type).toBe('if');
    expect(first('for x in 1 2; do :; done').type).toBe('for');
    expect(first('for x; do :; done')).toMatchObject({ type: 'for', items: undefined });
    expect(first('while a; do b; done').type).toBe('while');
    expect(first('until a; do b; done').type).toBe('until');
    expect(first('case $x in a|b) x;; (c) y;& *) z;; esac')).toMatchObject({ type: 'case' });
    expect(first('f() { echo; }')).toMatchObject({ type: 'funcdef', name: 'f' });
    expect(first('function g { echo; }')).toMatchObject({ type: 'funcdef', name: 'g' });
    expect(first('( a; b ) > out')).toMatchObject({ type: 'subshell', redirs: [{ op: '>' }] });
  });

  it('finds the real end of $(...) even with case patterns inside', () => {
    const c = first('echo $(case x in x) echo y;; esac) z') as SimpleCommand;
    expect(c.words).toHaveLength(3);
    expect(c.words[1].hasCmdSub).toBe(true);
  });

  it('reads here-document bodies after the line', () => {
    const c = first('cat <<EOF; echo after\nhello $USER\nEOF\n') as SimpleCommand;
    expect(c.redirs[0].heredoc?.quoted).toBe(false);
    expect(c.redirs[0].heredoc?.body[0]).toEqual({ type: 'lit', text: 'hello ' });
    const q = first("cat <<'EOF'\n$x\nEOF\n") as SimpleCommand;
    expect(q.redirs[0].heredoc).toEqual({ body: [{ type: 'quoted', text: '$x\n' }], quoted: true, hasCmdSub: false });
    const t = first('cat <<-EOF\n\t\tindented\n\tEOF\n') as SimpleCommand;
    expect(t.redirs[0].heredoc?.body).toEqual([{ type: 'lit', text: 'indented\n' }]);
  });

  it('reports what is left open', () => {
    expect(incomplete('echo "abc')).toMatchObject({ kind: 'quote', quote: '"' });
    expect(incomplete("echo 'abc")).toMatchObject({ kind: 'quote', quote: "'" });
    expect(incomplete('if true; then')).toMatchObject({ kind: 'eof', expecting: 'fi' });
    expect(incomplete('while true')).toMatchObject({ kind: 'eof', expecting: 'do' });
    expect(incomplete('echo a |')).toMatchObject({ kind: 'eof' });
    expect(incomplete('echo a &&\n')).toMatchObject({ kind: 'eof' });
    expect(incomplete('echo $(ls')).toMatchObject({ kind: 'paren' });
    expect(incomplete('echo ${x')).toMatchObject({ kind: 'brace' });
    expect(incomplete('echo $((1+')).toMatchObject({ kind: 'arith' });
    expect(incomplete('cat <<EOF\nabc\n')).toMatchObject({ kind: 'heredoc', delimiter: 'EOF' });
    expect(incomplete('echo a \\\n')).toMatchObject({ kind: 'eof' });
    expect(incomplete('{ echo')).toMatchObject({ kind: 'eof', expecting: '}' });
    expect(incomplete('(')).toMatchObject({ kind: 'eof', expecting: ')' });
  });

  it('reports unexpected tokens as bash names them', () => {
    expect(syntax('echo a;;').problem).toMatchObject({ kind: 'token', token: ';;' });
    expect(syntax('fi').problem).toMatchObject({ kind: 'token', token: 'fi' });
    expect(syntax('if then').problem).toMatchObject({ kind: 'token', token: 'then' });
    expect(syntax('( )').problem).toMatchObject({ kind: 'token', token: ')' });
    expect(syntax('{ }').problem).toMatchObject({ kind: 'token', token: '}' });
    expect(syntax('echo >\n').problem).toMatchObject({ kind: 'token', token: 'newline' });
    expect(syntax('x\ny\necho a;;').line).toBe(3);
    expect(syntax('x\ny\necho a;;').sourceLine).toBe('echo a;;');
  });

  it('follows busybox ash where it differs', () => {
    expect(syntax('for 1 in a; do :; done', 'busybox').problem).toEqual({ kind: 'badfor' });
    expect(syntax('case a in a) echo;& esac', 'busybox').problem).toMatchObject({ kind: 'token', token: '&' });
    expect(syntax('cat <<< x', 'busybox').problem).toMatchObject({ kind: 'token', redirection: true });
    expect(syntax('echo ${x^^}', 'busybox').problem).toEqual({ kind: 'badsubst' });
    // bash reports a bad substitution only when the word is expanded
    expect(first('echo ${a b}')).toMatchObject({ type: 'simple' });
  });

  it('caps nesting instead of overflowing the stack', () => {
    const deep = '( '.repeat(5000) + 'echo' + ' )'.repeat(5000);
    expect(syntax(deep).problem).toMatchObject({ kind: 'toodeep' });
    const subs = '$('.repeat(3000) + 'echo' + ')'.repeat(3000);
    expect(syntax(`echo ${subs}`).problem).toMatchObject({ kind: 'toodeep' });
    const ariths = 'echo ' + '$(('.repeat(2000) + '1' + '))'.repeat(2000);
    expect(() => parse(ariths)).toThrow(ShellSyntaxError);
  });

  it('parses bash conditionals and arithmetic commands', () => {
    expect(first('[[ -f x && $a == b* || ! ( c < d ) ]]')).toMatchObject({ type: 'cond', expr: { k: 'or' } });
    expect(first('[[ $x =~ ^(a|b)$ ]]')).toMatchObject({ type: 'cond', expr: { k: 'binary', op: '=~', right: { raw: '^(a|b)$' } } });
    expect(syntax('[[ a b ]]').problem).toEqual({ kind: 'cond', text: 'conditional binary operator expected' });
    expect(syntax('[[ a = ]]').problem).toEqual({ kind: 'cond', text: "unexpected argument `]]' to conditional binary operator" });
    expect(first('(( x = 1 + 2 ))')).toMatchObject({ type: 'arith', text: ' x = 1 + 2 ' });
    expect(first('( (echo) )')).toMatchObject({ type: 'subshell' });
    expect(first('for ((i=0; i<3; i++)); do :; done')).toMatchObject({ type: 'cfor' });
    expect(first('time ls | wc')).toMatchObject({ type: 'pipeline', timed: true });
    // busybox ash has none of these: `[[` is a command, `((` two subshells
    expect(first('[[ a ]]', 'busybox')).toMatchObject({ type: 'simple' });
    expect(first('((echo))', 'busybox')).toMatchObject({ type: 'subshell' });
  });

  it('parses one complete command at a time', () => {
    const p = new Parser('echo a\nfi\necho b\n');
    expect(p.parseNext()?.items).toHaveLength(1);
    expect(() => p.parseNext()).toThrow(ShellSyntaxError);
  });
});
