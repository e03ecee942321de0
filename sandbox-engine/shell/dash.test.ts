/**
 * The dash dialect beyond the recorded snippets (recorded-dash.test.ts): interactive dash, `sh`
 * typed at the bash prompt, the Debian host's /bin/sh, and dash's arithmetic on its own. Expected
 * texts were recorded from dash 0.5.12 on Debian 12 (interactive ones through a pseudo-terminal).
 */
import { describe, expect, it } from 'vitest';
import { testSession } from './test-host.ts';
import type { InputStream } from './process.ts';
import { utf8 } from '../util/text.ts';
import { createHost } from '../host/host.ts';
import { ROOT } from '../vfs/types.ts';
import { APPLETS } from './applets/index.ts';
import { dashArith, dashVarNumber } from './dash-arith.ts';
import { ExpansionError } from './expand.ts';

function typed(lines: string[]): InputStream {
  const chunks = lines.map((l) => l + '\n');
  return {
    isTTY: true,
    read: async () => {
      const c = chunks.shift();
      return c === undefined ? null : utf8(c);
    },
    readAll: async () => utf8(chunks.splice(0).join('')),
  };
}

describe('interactive dash', () => {
  it('numbers its messages by input line, a syntax error dropping the rest of its line', async () => {
    const t = await testSession({ dialect: 'dash', argv0: 'dash', tty: true });
    const lines = ['echo hi', 'nosuch', 'cd /x', 'if then fi', 'echo $?', 'x=${y?}', 'echo $?', 'echo ${x^^}', 'shift 3', 'echo $?', 'if true', 'then echo x', 'fi', 'nosuch2', '', 'nosuch3', 'echo $-'];
    let all = '';
    for (const l of lines) {
      all += t.session.prompt() + l + '\n';
      all += (await t.run(l)).all;
    }
    // Recorded from `dash` on a terminal (the typed lines echoed by the terminal).
    expect(all).toBe(
      [
        '$ echo hi', 'hi',
        '$ nosuch', 'dash: 2: nosuch: not found',
        '$ cd /x', "dash: 3: cd: can't cd to /x",
        '$ if then fi', 'dash: 4: Syntax error: "then" unexpected',
        '$ echo $?', '2',
        '$ x=${y?}', 'dash: 5: y: parameter not set',
        '$ echo $?', '2',
        '$ echo ${x^^}', 'dash: 7: Bad substitution',
        '$ shift 3', "dash: 8: shift: can't shift that many",
        '$ echo $?', '2',
        '$ if true', '> then echo x', '> fi', 'x',
        '$ nosuch2', 'dash: 13: nosuch2: not found',
        '$ ',
        '$ nosuch3', 'dash: 15: nosuch3: not found',
        '$ echo $-', 'smi',
        '',
      ].join('\n'),
    );
  });

  it('sees an alias only from the next command on', async () => {
    const t = await testSession({ dialect: 'dash', argv0: 'dash', tty: true });
    expect((await t.run("alias x='echo al'; x 1")).all).toBe('dash: 1: x: not found\n');
    expect((await t.run('x 2')).all).toBe('al 2\n');
  });

  it('runs as `sh` typed at the bash prompt, and ends at exit or end of input', async () => {
    const t = await testSession({ stdin: typed(['echo inner $0', 'nosuch', 'exit 4']) });
    const r = await t.run('sh; echo status $?');
    expect(r.all).toBe('$ inner sh\n$ sh: 2: nosuch: not found\n$ status 4\n');
    const d = await testSession({ stdin: typed(['echo a']) });
    // At end of input dash ends the prompt's line and leaves (bash would say `exit`).
    expect((await d.run('sh; echo back $?')).all).toBe('$ a\n$ \nback 0\n');
  });
});

describe('the Debian host', () => {
  it('has /bin/sh -> dash with dash at its real size, and bash for logins', async () => {
    const host = createHost({ seed: 1, flavour: 'gnu' });
    const fs = host.fs(ROOT, '/');
    expect(fs.readlink('/usr/bin/sh')).toBe('dash');
    const st = fs.stat('/bin/sh');
    expect(st.size).toBe(125640);
    expect(st.mode & 0o7777).toBe(0o755);
    expect(fs.readText('/etc/shells')).toContain('/usr/bin/dash\n');
    expect(fs.readText('/etc/passwd')).toContain('student:x:1000:1000:Student,,,:/home/student:/bin/bash\n');
    const t = await testSession({ host: host as never });
    expect((await t.run('sh -c "echo \\$0; [[ 1 ]]"; echo $?')).all).toBe('sh\nsh: 1: [[: not found\n127\n');
  });

  it('keeps sh and ash as busybox ash on the busybox flavour', async () => {
    expect(APPLETS.get('dash')?.name).toBe('dash');
    expect(APPLETS.get('sh')).toBe(APPLETS.get('bash'));
    const t = await testSession({ flavour: 'busybox' });
    expect((await t.script('sh -c "nosuch"', { mode: 'command', name: 'sh' })).all).toBe('sh: nosuch: not found\n');
  });
});

describe('dash arithmetic', () => {
  const env = (vars: Record<string, string> = {}) => ({ get: (n: string) => vars[n], set: (n: string, v: string) => void (vars[n] = v) });
  const err = (expr: string, vars: Record<string, string> = {}): string => {
    try {
      dashArith(expr, env(vars));
    } catch (e) {
      if (e instanceof ExpansionError) return e.detail ?? '';
      throw e;
    }
    return 'no error';
  };

  it('follows C precedence and skips what a condition does not take', () => {
    const vars: Record<string, string> = {};
    expect(dashArith('2 + 3 * 4 - 6 / 2', env(vars))).toBe(11n);
    expect(dashArith('1 + 2 < 4 && 5 | 2', env(vars))).toBe(1n);
    expect(dashArith('0 && (x = 5)', env(vars))).toBe(0n);
    expect(vars.x).toBeUndefined();
    expect(dashArith('x = y += 3', env(vars))).toBe(3n);
    expect(vars).toEqual({ x: '3', y: '3' });
    expect(dashArith('1 ? 2 : 3 ? 4 : 5', env())).toBe(2n);
  });

  it('reads numbers as strtoimax does and variables as plain numbers', () => {
    expect(dashArith('010 + 0x10 + 99999999999999999999', env())).toBe(-9223372036854775785n);
    expect(dashArith('1 << 64', env())).toBe(1n);
    expect(dashArith('x + 1', env({ x: ' 0x10 ' }))).toBe(17n);
    expect(dashVarNumber('')).toBe(0n);
    expect(err('x + 1', { x: '3+4' })).toBe('Illegal number: 3+4');
    expect(err('x', { x: '08' })).toBe('Illegal number: 08');
  });

  it('words its errors with the whole expression', () => {
    expect(err('1 +')).toBe('arithmetic expression: expecting primary: "1 +"');
    expect(err('i++')).toBe('arithmetic expression: expecting primary: "i++"');
    expect(err('2**3')).toBe('arithmetic expression: expecting primary: "2**3"');
    expect(err('a=5, a+1')).toBe('arithmetic expression: expecting EOF: "a=5, a+1"');
    expect(err('(1')).toBe('arithmetic expression: expecting \')\': "(1"');
    expect(err('1 ? 2')).toBe('arithmetic expression: expecting \':\': "1 ? 2"');
    expect(err('1 / 0')).toBe('arithmetic expression: division by zero: "1 / 0"');
    expect(err(' ')).toBe('arithmetic expression: expecting primary: " "');
  });
});
