/**
 * Lexer of Go's text/template (text/template/parse/lex.go, Go 1.24), delimiters `{{` `}}`,
 * trim markers `{{- ` / ` -}}`, comments (`{{/*` ... `*` `/}}`). Positions are JavaScript string indices;
 * error messages convert them to Go's byte offsets.
 */

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'comment'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'EOF'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};

export function isKeyword(t: ItemType): boolean {
  return ['block', 'break', 'continue', 'dot', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with'].includes(t);
}

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

/** Go's item.String(), used in "unexpected ..." errors. */
export function itemString(i: Item): string {
  if (i.typ === 'EOF') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  const q = JSON.stringify; // %q of ASCII-only tokens; Go's %q differs only for exotic runes
  if (i.val.length > 10) return q(i.val.slice(0, 10)) + '...';
  return q(i.val);
}

const LEFT = '{{';
const RIGHT = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function isAlphaNumeric(c: string): boolean {
  return c === '_' || /^[\p{L}\p{Nd}]$/u.test(c);
}

function hasLeftTrimMarker(s: string): boolean {
  return s.length >= 2 && s[0] === '-' && isSpace(s[1]);
}

function hasRightTrimMarker(s: string): boolean {
  return s.length >= 2 && isSpace(s[0]) && s[1] === '-';
}

/** Go's %#U: `U+007D '}'`. */
function hashU(c: string): string {
  const cp = c.codePointAt(0) as number;
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? `${hex} '${c}'` : hex;
}

export interface LexOptions {
  breakOK: boolean;
  continueOK: boolean;
}

/** Tokenise the whole input (Go's lexer runs as a goroutine; eager lexing is equivalent). */
export function lex(input: string, opts: LexOptions = { breakOK: true, continueOK: true }): Item[] {
  const items: Item[] = [];
  let start = 0;
  let pos = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;
  let done = false;

  const emit = (typ: ItemType) => {
    items.push({ typ, pos: start, val: input.slice(start, pos), line: startLine });
    start = pos;
    startLine = line;
  };
  /** Go's thisItem: the pending text as an item; the next item starts here. */
  const thisItem = (typ: ItemType): Item => {
    const i: Item = { typ, pos: start, val: input.slice(start, pos), line: startLine };
    start = pos;
    startLine = line;
    return i;
  };
  const ignore = () => {
    line += countNL(input.slice(start, pos));
    start = pos;
    startLine = line;
  };
  const errorf = (msg: string) => {
    items.push({ typ: 'error', pos: start, val: msg, line: startLine });
    done = true;
  };
  const next = (): string => {
    if (pos >= input.length) {
      pos = input.length + 1; // remember we hit EOF so backup() is a no-op, like Go's atEOF
      return '';
    }
    const c = String.fromCodePoint(input.codePointAt(pos) as number);
    pos += c.length;
    if (c === '\n') line++;
    return c;
  };
  const backup = (c: string) => {
    if (c === '') {
      pos = input.length;
      return;
    }
    pos -= c.length;
    if (c === '\n') line--;
  };
  const peek = (): string => (pos >= input.length ? '' : String.fromCodePoint(input.codePointAt(pos) as number));
  const accept = (valid: string): boolean => {
    const c = next();
    if (c !== '' && valid.includes(c)) return true;
    backup(c);
    return false;
  };
  const acceptRun = (valid: string) => {
    for (;;) {
      const c = next();
      if (c === '' || !valid.includes(c)) {
        backup(c);
        return;
      }
    }
  };
  const atRightDelim = (): [boolean, boolean] => {
    const rest = input.slice(pos);
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(RIGHT)) return [true, true];
    if (rest.startsWith(RIGHT)) return [true, false];
    return [false, false];
  };
  const atTerminator = (): boolean => {
    const r = peek();
    if (r === '' || isSpace(r)) return true;
    if ('.,|:)('.includes(r)) return true;
    return input.slice(pos).startsWith(RIGHT);
  };
  const countNL = (s: string) => s.split('\n').length - 1;

  type State = (() => State | null) | null;

  const lexText = (): State => {
    const x = input.indexOf(LEFT, pos);
    if (x >= 0) {
      if (x > pos) {
        pos = x;
        let trim = 0;
        if (hasLeftTrimMarker(input.slice(pos + LEFT.length))) {
          const s = input.slice(start, pos);
          trim = s.length - s.replace(/[ \t\r\n]+$/, '').length;
        }
        pos -= trim;
        line += countNL(input.slice(start, pos));
        const item = thisItem('text');
        pos += trim;
        ignore();
        if (item.val.length > 0) items.push(item);
      }
      return lexLeftDelim;
    }
    pos = input.length;
    if (pos > start) {
      line += countNL(input.slice(start, pos));
      items.push(thisItem('text'));
    }
    items.push({ typ: 'EOF', pos, val: '', line });
    return null;
  };

  const lexLeftDelim = (): State => {
    pos += LEFT.length;
    const trimSpace = hasLeftTrimMarker(input.slice(pos));
    const after = trimSpace ? 2 : 0;
    if (input.slice(pos + after).startsWith(LEFT_COMMENT)) {
      pos += after;
      ignore();
      return lexComment;
    }
    const item = thisItem('leftDelim');
    pos += after;
    ignore();
    parenDepth = 0;
    items.push(item);
    return lexInsideAction;
  };

  const lexComment = (): State => {
    pos += LEFT_COMMENT.length;
    const x = input.indexOf(RIGHT_COMMENT, pos);
    if (x < 0) {
      errorf('unclosed comment');
      return null;
    }
    pos = x + RIGHT_COMMENT.length;
    const [delim, trimSpace] = atRightDelim();
    if (!delim) {
      errorf('comment ends before closing delimiter');
      return null;
    }
    if (trimSpace) pos += 2;
    pos += RIGHT.length;
    if (trimSpace) pos += input.slice(pos).length - input.slice(pos).replace(/^[ \t\r\n]+/, '').length;
    ignore();
    return lexText;
  };

  const lexRightDelim = (): State => {
    const [, trimSpace] = atRightDelim();
    if (trimSpace) {
      pos += 2;
      ignore();
    }
    pos += RIGHT.length;
    const item = thisItem('rightDelim');
    if (trimSpace) {
      pos += input.slice(pos).length - input.slice(pos).replace(/^[ \t\r\n]+/, '').length;
      ignore();
    }
    items.push(item);
    return lexText;
  };

  const lexInsideAction = (): State => {
    const [delim] = atRightDelim();
    if (delim) {
      if (parenDepth === 0) return lexRightDelim;
      errorf('unclosed left paren');
      return null;
    }
    const r = next();
    if (r === '') {
      errorf('unclosed action');
      return null;
    }
    if (isSpace(r)) {
      backup(r);
      return lexSpace;
    }
    switch (r) {
      case '=':
        emit('assign');
        return lexInsideAction;
      case ':':
        if (next() !== '=') {
          errorf('expected :=');
          return null;
        }
        emit('declare');
        return lexInsideAction;
      case '|':
        emit('pipe');
        return lexInsideAction;
      case '"':
        return lexQuote;
      case '`':
        return lexRawQuote;
      case '$':
        return lexVariable;
      case "'":
        return lexChar;
      case '(':
        parenDepth++;
        emit('leftParen');
        return lexInsideAction;
      case ')':
        parenDepth--;
        if (parenDepth < 0) {
          errorf('unexpected right paren');
          return null;
        }
        emit('rightParen');
        return lexInsideAction;
    }
    if (r === '.') {
      const c = pos < input.length ? input[pos] : '';
      if (c === '' || c < '0' || c > '9') return lexField;
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      backup(r);
      return lexNumber;
    }
    if (isAlphaNumeric(r)) {
      backup(r);
      return lexIdentifier;
    }
    const cp = r.codePointAt(0) as number;
    if (cp <= 0x7f && cp >= 0x20 && cp !== 0x7f) {
      emit('char');
      return lexInsideAction;
    }
    errorf(`unrecognized character in action: ${hashU(r)}`);
    return null;
  };

  const lexSpace = (): State => {
    let numSpaces = 0;
    while (isSpace(peek())) {
      next();
      numSpaces++;
    }
    const rest = input.slice(pos - 1);
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(RIGHT)) {
      backup(input[pos - 1]);
      if (numSpaces === 1) return lexInsideAction;
    }
    emit('space');
    return lexInsideAction;
  };

  const lexIdentifier = (): State => {
    for (;;) {
      const r = next();
      if (r !== '' && isAlphaNumeric(r)) continue;
      backup(r);
      const word = input.slice(start, pos);
      if (!atTerminator()) {
        errorf(`bad character ${hashU(r)}`);
        return null;
      }
      const kw = KEYWORDS[word];
      if (kw !== undefined && kw !== 'dot') {
        if ((kw === 'break' && !opts.breakOK) || (kw === 'continue' && !opts.continueOK)) emit('identifier');
        else emit(kw);
      } else if (word[0] === '.') emit('field');
      else if (word === 'true' || word === 'false') emit('bool');
      else emit('identifier');
      return lexInsideAction;
    }
  };

  const lexFieldOrVariable = (typ: 'field' | 'variable'): State => {
    if (atTerminator()) {
      emit(typ === 'variable' ? 'variable' : 'dot');
      return lexInsideAction;
    }
    let r: string;
    for (;;) {
      r = next();
      if (r === '' || !isAlphaNumeric(r)) {
        backup(r);
        break;
      }
    }
    if (!atTerminator()) {
      errorf(`bad character ${hashU(r)}`);
      return null;
    }
    emit(typ);
    return lexInsideAction;
  };
  const lexField = (): State => lexFieldOrVariable('field');
  const lexVariable = (): State => {
    if (atTerminator()) {
      emit('variable');
      return lexInsideAction;
    }
    return lexFieldOrVariable('variable');
  };

  const lexChar = (): State => {
    for (;;) {
      const c = next();
      if (c === '\\') {
        const r = next();
        if (r !== '' && r !== '\n') continue;
        errorf('unterminated character constant');
        return null;
      }
      if (c === '' || c === '\n') {
        errorf('unterminated character constant');
        return null;
      }
      if (c === "'") break;
    }
    emit('charConstant');
    return lexInsideAction;
  };

  const scanNumber = (): boolean => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    const p = peek();
    if (p !== '' && isAlphaNumeric(p)) {
      next();
      return false;
    }
    return true;
  };

  const lexNumber = (): State => {
    if (!scanNumber()) {
      errorf(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
      return null;
    }
    const sign = peek();
    if (sign === '+' || sign === '-') {
      if (!scanNumber() || input[pos - 1] !== 'i') {
        errorf(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        return null;
      }
      emit('complex');
      return lexInsideAction;
    }
    emit('number');
    return lexInsideAction;
  };

  const lexQuote = (): State => {
    for (;;) {
      const c = next();
      if (c === '\\') {
        const r = next();
        if (r !== '' && r !== '\n') continue;
        errorf('unterminated quoted string');
        return null;
      }
      if (c === '' || c === '\n') {
        errorf('unterminated quoted string');
        return null;
      }
      if (c === '"') break;
    }
    emit('string');
    return lexInsideAction;
  };

  const lexRawQuote = (): State => {
    for (;;) {
      const c = next();
      if (c === '') {
        errorf('unterminated raw quoted string');
        return null;
      }
      if (c === '`') break;
    }
    emit('rawString');
    return lexInsideAction;
  };

  let state: State = lexText;
  while (state && !done) state = state();
  if (!done && (items.length === 0 || items[items.length - 1].typ !== 'EOF')) {
    items.push({ typ: 'EOF', pos: input.length, val: '', line });
  }
  return items;
}
