import { describe, expect, it } from 'vitest';
import { ArithError, evaluate } from './arith.ts';

function env(init: Record<string, string> = {}) {
  const vars = new Map(Object.entries(init));
  return { vars, get: (n: string) => vars.get(n), set: (n: string, v: string) => void vars.set(n, v) };
}

function err(expr: string, vars: Record<string, string> = {}): ArithError {
  try {
    evaluate(expr, env(vars));
  } catch (e) {
    if (e instanceof ArithError) return e;
    throw e;
  }
  throw new Error(`no error for ${expr}`);
}

describe('arithmetic', () => {
  // Values recorded from bash 5.2 (`echo $((...))`).
  it.each([
    ['1+2*3', '7'],
    ['10/3', '3'],
    ['-7/2', '-3'],
    ['-7%2', '-1'],
    ['7 % -3', '1'],
    ['2**10', '1024'],
    ['1 ? 2 : 3', '2'],
    ['1 > 2 ? 5 : 7', '7'],
    ['!0', '1'],
    ['~5', '-6'],
    ['5^3', '6'],
    ['7&3|8', '11'],
    ['1 == 1 != 0', '1'],
    ['3 <= 2', '0'],
    ['-5 >> 1', '-3'],
    ['1 << 63', '-9223372036854775808'],
    ['1 << 70', '64'],
    ['2**63', '-9223372036854775808'],
    ['2**62*4', '0'],
    ['9223372036854775807+1', '-9223372036854775808'],
    ['-9223372036854775808 / -1', '-9223372036854775808'],
    ['99999999999999999999', '7766279631452241919'],
    ['0x1F + 010 + 2#101', '44'],
    ['64#@', '62'],
    ['36#z', '35'],
    ['0x', '0'],
    ['', '0'],
    ['  ', '0'],
    ['++5', '5'],
    ['0 && 1/0', '0'],
    ['1 || 1/0', '1'],
  ])('%s = %s', (expr, want) => {
    expect(evaluate(expr, env()).toString()).toBe(want);
  });

  it('reads variables as expressions and assigns', () => {
    const e = env({ a: '3+4', x: 'y', y: 'z', z: '3', s: ' 3 ' });
    expect(evaluate('a*2', e)).toBe(14n);
    expect(evaluate('x+1', e)).toBe(4n);
    expect(evaluate('s*2', e)).toBe(6n);
    expect(evaluate('unset_var', e)).toBe(0n);
    expect(evaluate('n=5, n*2', e)).toBe(10n);
    expect(e.vars.get('n')).toBe('5');
    expect(evaluate('n++', e)).toBe(5n);
    expect(evaluate('++n', e)).toBe(7n);
    expect(evaluate('n-=1, m*=2', e)).toBe(0n);
    expect(e.vars.get('n')).toBe('6');
    expect(e.vars.get('m')).toBe('0');
  });

  // Messages recorded from bash 5.2: `bash: line 1: <text>`.
  it.each([
    ['1/0', '1/0: division by 0 (error token is "0")'],
    [' 1 / (2-2) ', '1 / (2-2) : division by 0 (error token is "(2-2) ")'],
    ['1+', '1+: syntax error: operand expected (error token is "+")'],
    ['1 & ', '1 & : syntax error: operand expected (error token is "& ")'],
    ['1 2', '1 2: syntax error in expression (error token is "2")'],
    [' 1 @ 2 ', '1 @ 2 : syntax error: invalid arithmetic operator (error token is "@ 2 ")'],
    ['1 = 3', '1 = 3: attempted assignment to non-variable (error token is "= 3")'],
    ['1?2', '1?2: `:\' expected for conditional expression (error token is "2")'],
    ['08', '08: value too great for base (error token is "08")'],
    ['1a', '1a: value too great for base (error token is "1a")'],
    ['2#12', '2#12: value too great for base (error token is "2#12")'],
    ['65#1', '65#1: invalid arithmetic base (error token is "65#1")'],
  ])('error for %s', (expr, text) => {
    expect(err(expr).gnuText()).toBe(text);
  });

  it('detects self-referencing variables', () => {
    expect(err('x+1', { x: 'x' }).gnuText()).toBe('x: expression recursion level exceeded (error token is "x")');
  });

  it('words errors as busybox does', () => {
    expect(err('1/0').busyboxText()).toBe('divide by zero');
    expect(err('1+').busyboxText()).toBe('arithmetic syntax error');
    expect(err('1?2').busyboxText()).toBe('malformed ?: operator');
  });

  it('does not overflow the stack on deep parentheses', () => {
    expect(() => evaluate('('.repeat(100000) + '1' + ')'.repeat(100000), env())).toThrow(ArithError);
    expect(() => evaluate('-'.repeat(100000) + '1', env())).toThrow(ArithError);
  });
});
