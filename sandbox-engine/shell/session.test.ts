/**
 * The interactive session end to end on a simulated host. Expected texts were recorded from
 * `bash -i` (bash 5.2) and `busybox sh -i` (1.35) on Debian 12.
 */
import { describe, expect, it } from 'vitest';
import { testSession } from './test-host.ts';
import { createSession } from './session.ts';
import { utf8 } from '../util/text.ts';
import type { InputStream } from './process.ts';

/** A terminal that types the given lines, then reaches end of input. */
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

describe('interactive session (bash)', () => {
  it('keeps variables, functions and cwd between lines', async () => {
    const t = await testSession();
    await t.run('x=42', 'greet() { echo "hi $1"; }', 'cd /etc');
    const r = await t.run('echo $x; greet you; pwd');
    expect(r.out).toBe('42\nhi you\n/etc\n');
    expect(t.session.cwd).toBe('/etc');
  });

  it('shows PS1 with ~ and PS2 while a construct is open', async () => {
    const t = await testSession();
    expect(t.session.prompt()).toBe('student@docker-host:~$ ');
    await t.run('cd /tmp');
    expect(t.session.prompt()).toBe('student@docker-host:/tmp$ ');
    const root = await testSession({ user: 'root' });
    expect(root.session.prompt()).toBe('root@docker-host:~# ');
    await root.run('cd /');
    expect(root.session.prompt()).toBe('root@docker-host:/# ');
    expect((await t.run('if true; then')).result).toEqual({ kind: 'continue' });
    expect(t.session.prompt()).toBe('> ');
    const r = await t.run('echo inside', 'fi');
    expect(r.out).toBe('inside\n');
    expect(t.session.prompt()).toBe('student@docker-host:/tmp$ ');
  });

  it.each([
    ['echo "abc', 'def"', 'abc\ndef\n'],
    ["echo 'abc", "def'", 'abc\ndef\n'],
    ['echo a |', 'cat', 'a\n'],
    ['true &&', 'echo yes', 'yes\n'],
    ['false ||', 'echo no', 'no\n'],
    ['echo a \\', 'b', 'a b\n'],
    ['for i in 1 2', 'do echo $i; done', '1\n2\n'],
    ['case x in', 'x) echo matched;; esac', 'matched\n'],
    ['{ echo a', '}', 'a\n'],
    ['( echo sub', ')', 'sub\n'],
    ['echo $(printf x;', 'printf y)', 'xy\n'],
    ['f() {', 'echo body; }; f', 'body\n'],
  ])('continues %j with %j', async (a, b, out) => {
    const t = await testSession();
    expect((await t.run(a)).result).toEqual({ kind: 'continue' });
    const r = await t.run(b);
    expect(r.result.kind).toBe('done');
    expect(r.out).toBe(out);
  });

  it('collects here-documents across lines', async () => {
    const t = await testSession();
    expect((await t.run('cat <<EOF')).result.kind).toBe('continue');
    expect((await t.run('hello $USER')).result.kind).toBe('continue');
    const r = await t.run('EOF');
    expect(r.out).toBe('hello student\n');
  });

  it('drops a partial command on Ctrl-C at the continuation prompt', async () => {
    const t = await testSession();
    await t.run('if true; then');
    t.session.interrupt();
    expect(t.session.prompt()).toBe('student@docker-host:~$ ');
    expect((await t.run('echo fresh')).out).toBe('fresh\n');
  });

  it('words errors as interactive bash does', async () => {
    const t = await testSession();
    const all = [];
    for (const l of ['foo', 'cd /nonexistent', '[ 1 -eq a ]', 'if then', 'echo $((1/0)); echo same line', 'echo ${x:?}', 'echo ${a b}', '/etc', 'echo > /etc/x']) {
      all.push((await t.run(l)).err);
    }
    expect(all).toEqual([
      'bash: foo: command not found\n',
      'bash: cd: /nonexistent: No such file or directory\n',
      'bash: [: a: integer expression expected\n',
      "bash: syntax error near unexpected token `then'\n",
      'bash: 1/0: division by 0 (error token is "0")\n',
      'bash: x: parameter null or not set\n',
      'bash: ${a b}: bad substitution\n',
      'bash: /etc: Is a directory\n',
      'bash: /etc/x: Permission denied\n',
    ]);
    expect(t.session.lastStatus).toBe(1);
  });

  it('keeps a history, one entry per complete command', async () => {
    const t = await testSession();
    await t.run('echo one', 'for i in 1', 'do echo $i', 'done', '', 'history');
    expect(t.session.history).toEqual(['echo one', 'for i in 1; do echo $i; done', 'history']);
    expect((await t.run('history')).out).toBe('    1  echo one\n    2  for i in 1; do echo $i; done\n    3  history\n    4  history\n');
    expect(t.session.entries[0]).toMatchObject({ text: 'echo one', lines: ['echo one'], status: 0 });
  });

  it('cd: HOME, -, OLDPWD, PWD', async () => {
    const t = await testSession();
    const r = await t.run('cd /usr/bin; cd ..; pwd; cd -; echo $OLDPWD; cd; pwd; echo $PWD');
    expect(r.out).toBe('/usr\n/usr/bin\n/usr\n/home/student\n/home/student\n');
    expect((await t.run('cd /root')).err).toBe('bash: cd: /root: Permission denied\n');
    expect((await t.run('cd /etc/passwd')).err).toBe('bash: cd: /etc/passwd: Not a directory\n');
    expect((await t.run('cd a b')).err).toBe('bash: cd: too many arguments\n');
  });

  it('has a login environment', async () => {
    const t = await testSession();
    const r = await t.run('echo $HOME $USER $LOGNAME $SHELL $0; echo $PATH');
    expect(r.out).toBe('/home/student student student /bin/bash bash\n/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\n');
    const root = await testSession({ user: 'root' });
    expect((await root.run('echo $PATH')).out).toBe('/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
  });

  it('ends with exit, running the EXIT trap', async () => {
    const t = await testSession();
    const r = await t.run("trap 'echo bye' EXIT", 'exit 3');
    expect(r.result).toEqual({ kind: 'exit', status: 3 });
    expect(r.all).toBe('exit\nbye\n');
    expect(t.session.exited).toBe(true);
    expect((await t.run('echo more')).result).toEqual({ kind: 'exit', status: 3 });
  });

  it('subshells do not leak state back', async () => {
    const t = await testSession();
    const r = await t.run('x=1; (x=2; cd /; echo $x $PWD); echo $x $PWD');
    expect(r.out).toBe('2 /\n1 /home/student\n');
  });

  it('runs executables from PATH and scripts with and without #!', async () => {
    const t = await testSession();
    await t.run("printf 'echo script $1 $0\\nfoo\\n' > s.sh", "printf '#!/bin/sh\\necho shebang $#\\n' > t.sh", 'chmod +x t.sh');
    expect((await t.run('./s.sh')).err).toBe('bash: ./s.sh: Permission denied\n');
    expect(t.session.lastStatus).toBe(126);
    const r = await t.run('chmod +x s.sh; ./s.sh a');
    expect(r.all).toBe('script a ./s.sh\n./s.sh: line 2: foo: command not found\n');
    expect((await t.run('./t.sh a b')).out).toBe('shebang 2\n');
    expect((await t.run('./nope')).err).toBe('bash: ./nope: No such file or directory\n');
    expect(t.session.lastStatus).toBe(127);
    await t.run("printf '#!/nonexistent/interp\\necho x\\n' > u.sh; chmod +x u.sh");
    expect((await t.run('./u.sh')).err).toBe('bash: ./u.sh: cannot execute: required file not found\n');
  });

  it('reports background jobs as interactive bash does', async () => {
    const t = await testSession();
    const r = await t.run('true & echo next');
    expect(r.all).toMatch(/^\[1\] \d+\nnext\n\[1\]\+  Done                    true\n$/);
  });

  it('expands aliases in the interactive shell only', async () => {
    const t = await testSession();
    await t.run("alias hi='echo hello'", "alias ls='ls -d'");
    expect((await t.run('hi there')).out).toBe('hello there\n');
    expect((await t.run('ls /tmp')).out).toBe('/tmp\n');
    expect((await t.run('alias')).out).toBe("alias hi='echo hello'\nalias ls='ls -d'\n");
    expect((await t.run("bash -c 'hi'")).err).toBe('bash: line 1: hi: command not found\n');
  });

  it('reads from the terminal', async () => {
    const t = await testSession({ stdin: typed(['alice', 'x y z']) });
    const r = await t.run('read name; read a rest; echo "$name|$a|$rest"');
    expect(r.out).toBe('alice|x|y z\n');
  });

  it('runs a nested interactive bash on a terminal, sharing the budget', async () => {
    const t = await testSession({ stdin: typed(['echo inner $0', 'x=5; echo $x', 'exit 4', 'echo outer']) });
    const r = await t.run('bash; echo status $?');
    expect(r.all).toBe('student@docker-host:~$ inner bash\nstudent@docker-host:~$ 5\nstudent@docker-host:~$ exit\nstatus 4\n');
    const d = await testSession({ stdin: typed(['echo hi']) });
    expect((await d.run('bash')).all).toBe('student@docker-host:~$ hi\nstudent@docker-host:~$ exit\n');
  });

  it('supports bash-only syntax: [[ ]], (( )), for ((;;)), brace expansion, $(<file)', async () => {
    const t = await testSession();
    const r = await t.run('[[ abc == a* && -d /tmp ]] && echo yes; ((x = 2 + 3)); echo $x; for ((i=0; i<2; i++)); do echo i$i; done; echo f{1..3}; echo $(</etc/hostname)');
    expect(r.out).toBe('yes\n5\ni0\ni1\nf1 f2 f3\ndocker-host\n');
  });

  it('never rejects on strange input and stays usable', async () => {
    const t = await testSession();
    for (const line of ['\u0000\u0001\u00ff', ')', ';;', '|', '&&', '$(((', '`', "'", '"', '\\', '${', 'x'.repeat(2_000_000), '('.repeat(10000)]) {
      await t.run(line);
      t.session.interrupt();
    }
    expect((await t.run('echo ok')).out).toBe('ok\n');
    const big = await t.run('y'.repeat(2_000_000));
    expect(big.err).toBe('dockersim: input too long (2000000 bytes, limit 1048576): not run\n');
  });
});

describe('limits and interrupts', () => {
  it('stops a runaway loop with a message and stays usable', async () => {
    const t = await testSession({ limits: { maxSteps: 20000 } });
    const r = await t.run('while true; do :; done');
    expect(r.err).toBe('dockersim: step limit exceeded (20000 steps): command stopped\n');
    expect(r.result).toEqual({ kind: 'done', status: 124 });
    expect((await t.run('echo ok')).out).toBe('ok\n');
  });

  it('stops runaway recursion at the nesting limit', async () => {
    const t = await testSession();
    const r = await t.run('f() { f; }; f; echo not reached');
    expect(r.err).toBe('bash: f: maximum function nesting level exceeded (1000)\n');
    expect(r.out).toBe('');
    expect(r.result).toEqual({ kind: 'done', status: 1 });
    expect((await t.run('f() { echo fine; }; f')).out).toBe('fine\n');
  });

  it('stops output floods', async () => {
    const t = await testSession({ limits: { maxOutputBytes: 1000 } });
    const r = await t.run('yes');
    expect(r.err).toBe('dockersim: output limit exceeded (1000 bytes per command line): command stopped\n');
    expect(r.out.length).toBeLessThanOrEqual(1000);
    expect((await t.run('echo ok')).out).toBe('ok\n');
  });

  it('gives writes to files their own, larger budget', async () => {
    const t = await testSession({ limits: { maxOutputBytes: 1000, maxFileBytes: 50_000 } });
    const flood = await t.run('yes > /tmp/y');
    expect(flood.err).toBe('dockersim: file output limit exceeded (50000 bytes per command line): command stopped\n');
    const ok = await t.run('yes | head -c 5000 > /tmp/ok; wc -c < /tmp/ok');
    expect(ok.out).toBe('5000\n');
  });

  it('interrupts at the next step, records the step, and replays it', async () => {
    let turns = 0;
    let session: ReturnType<typeof createSession> | undefined;
    const t = await testSession({
      yieldControl: async () => {
        turns++;
        if (turns === 3) session!.interrupt();
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    session = t.session;
    const r = await t.run('i=0; while true; do i=$((i+1)); done');
    expect(r.result).toEqual({ kind: 'done', status: 130 });
    const step = t.session.entries[0].interruptedAtStep;
    expect(step).toBeGreaterThan(0);
    expect((await t.run('echo $((i > 0))')).out).toBe('1\n');

    const replay = await testSession();
    replay.session.scheduleInterrupt(step!);
    const rr = await replay.run('i=0; while true; do i=$((i+1)); done');
    expect(rr.result).toEqual({ kind: 'done', status: 130 });
    expect(replay.session.entries[0].interruptedAtStep).toBe(step);
    const a = await t.run('echo $i');
    const b = await replay.run('echo $i');
    expect(b.out).toBe(a.out);
  });

  it('interrupts a command waiting for terminal input', async () => {
    const never = { isTTY: true, read: () => new Promise<Uint8Array | null>(() => {}), readAll: () => new Promise<Uint8Array>(() => {}) };
    const t = await testSession({ stdin: never });
    const p = t.run('cat');
    await new Promise((r) => setTimeout(r, 5));
    t.session.interrupt();
    const r = await p;
    expect(r.result).toEqual({ kind: 'done', status: 130 });
  });

  it('runs 10,000 loop iterations quickly', async () => {
    const t = await testSession();
    await t.run('i=0; while [ $i -lt 1000 ]; do i=$((i+1)); done');
    const t0 = performance.now();
    const r = await t.run('i=0; while [ $i -lt 10000 ]; do i=$((i+1)); done; echo $i');
    const ms = performance.now() - t0;
    expect(r.out).toBe('10000\n');
    expect(ms).toBeLessThan(250);
  });
});

describe('pipelines', () => {
  it('runs stages concurrently and ends writers silently on a closed pipe', async () => {
    const t = await testSession();
    const r = await t.run('yes | head -3; echo ${PIPESTATUS[@]}');
    expect(r.all).toBe('y\ny\ny\n141 0\n');
  });

  it('takes the status of the last stage, negated by !, pipefail optional', async () => {
    const t = await testSession();
    expect((await t.run('false | true; echo $?')).out).toBe('0\n');
    expect((await t.run('true | false; echo $?')).out).toBe('1\n');
    expect((await t.run('! true | false; echo $?')).out).toBe('0\n');
    expect((await t.run('set -o pipefail; false | true; echo $?')).out).toBe('1\n');
  });

  it('moves more than a pipe buffer through a pipe', async () => {
    const t = await testSession();
    const r = await t.run('yes abcdefgh | head -c 300000 | wc -c');
    expect(r.out.trim()).toBe('300000');
  });
});

describe('busybox ash session', () => {
  it('prompts and words errors as busybox sh -i does', async () => {
    const t = await testSession({ flavour: 'busybox', user: 'root' });
    expect(t.session.prompt()).toBe('~ # ');
    await t.run('cd /');
    expect(t.session.prompt()).toBe('/ # ');
    const errs = [];
    for (const l of ['foo', 'cd /x', '[ 1 -eq a ]', 'echo ${x:?}', 'if then', 'echo $((1/0))', 'fi', 'echo a;;']) errs.push((await t.run(l)).err);
    expect(errs).toEqual([
      'sh: foo: not found\n',
      "sh: cd: can't cd to /x: No such file or directory\n",
      'sh: a: bad number\n',
      'sh: x: parameter not set or null\n',
      'sh: syntax error: unexpected "then"\n',
      'sh: divide by zero\n',
      'sh: syntax error: unexpected "fi"\n',
      'sh: syntax error: unexpected ";;"\n',
    ]);
    expect((await t.run('echo $0; echo $PATH')).out).toBe('sh\n/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
  });
});

describe('bash arrays', () => {
  it('behaves as bash 5.2 (recorded)', async () => {
    const t = await testSession();
    const script =
      'arr=(one two three); echo ${arr[1]} ${#arr[@]} ${#arr[1]} ${!arr[@]} ${arr[-1]} $arr; arr[5]=six; echo ${!arr[@]} "${arr[*]}"; declare -p arr; unset arr[1]; echo ${arr[@]}; a=(x y); a+=(z); echo "${a[@]:1}" ${a[@]/y/Y} ${a[@]^^}; b=( "p q" r ); for i in "${b[@]}"; do echo "[$i]"; done; c=(); echo ${#c[@]}; echo ${undefarr[@]}x; set | grep ^a=; x=str; echo ${x[0]} ${x[@]} ${#x[@]}; x[1]=two; echo ${x[@]}; read -a r <<< "1 2 3"; echo ${r[2]}; n=1; echo ${arr[n+1]} ${arr[$n]}';
    const r = await t.script(script, { mode: 'command', name: 'bash' });
    expect(r.all).toBe(
      'two 3 3 0 1 2 three one\n0 1 2 5 one two three six\ndeclare -a arr=([0]="one" [1]="two" [2]="three" [5]="six")\none three six\ny z x Y z X Y Z\n[p q]\n[r]\n0\nx\na=([0]="x" [1]="y" [2]="z")\nstr str 1\nstr two\n3\nthree\n',
    );
  });

  it('is not part of busybox ash', async () => {
    const t = await testSession({ flavour: 'busybox', user: 'student' });
    const r = await t.script('a=(1 2)', { mode: 'command', name: 'sh' });
    expect(r.all).toBe('sh: syntax error: unexpected "("\n');
    expect(r.status).toBe(2);
  });
});
