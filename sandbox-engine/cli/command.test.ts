import { describe, expect, it } from 'vitest';
import { dispatch, runDocker } from './command.ts';
import type { Invocation } from './command.ts';
import { DISPATCH_GOLDENS } from './testdata/dispatch-goldens.ts';

const ENV = { HOME: '/root' };
// The engine registers the real --mount parser; this stand-in proves the hook reaches pflag's
// `invalid argument` wrapping (text recorded: `docker run --mount type=bind img`).
const VALIDATORS = {
  MountOpt: (v: string) => {
    if (!v.includes('target=') && !v.includes('dst=') && !v.includes('destination=')) throw new Error('target is required');
    return v;
  },
};

// Recorded cases decided by a command's own logic or by the legacy builder (not by the front end).
const SKIP: Record<string, string> = {
  'run -i -t --rm img sh -c x --foo': "the TTY check ('the input device is not a TTY') is the run command's logic",
  'build --squash .': 'recorded without buildx (legacy-builder banner); the buildx front end is checked in buildx-help.test.ts',
  'builder prune x': 'recorded without buildx (legacy-builder banner); the buildx front end is checked in buildx-help.test.ts',
};

function inv(argv: string[]): Invocation {
  const r = dispatch(argv, { env: ENV, validators: VALIDATORS });
  if (r.kind !== 'run') throw new Error('expected run, got ' + JSON.stringify(r));
  return r.invocation;
}

describe('dispatch reproduces docker CLI 28.2.2 front-end output', () => {
  for (const g of DISPATCH_GOLDENS) {
    const key = g.argv.join(' ');
    if (SKIP[key]) {
      it.skip(`docker ${key} — ${SKIP[key]}`, () => {});
      continue;
    }
    it(`docker ${key}`, () => {
      const r = dispatch(g.argv, { env: ENV, validators: VALIDATORS, version: { version: '28.2.2', gitCommit: 'e6534b4' } });
      expect(r.kind).toBe(g.kind);
      expect(r.stdout).toBe(g.stdout);
      if (r.kind === 'done' && g.kind === 'done') {
        expect(r.stderr).toBe(g.stderr);
        expect(r.status).toBe(g.status);
      }
    });
  }
});

describe('invocations handed to the engine', () => {
  it('resolves top-level shorthands and aliases to the spec path', () => {
    expect(inv(['ps', '-a']).path).toBe('container ls');
    expect(inv(['container', 'list']).path).toBe('container ls');
    expect(inv(['container', 'ps', '-q']).commandPath).toBe('docker container ls'); // cobra names by Use
    expect(inv(['rmi', 'x']).path).toBe('image rm');
    expect(inv(['image', 'rmi', 'x']).path).toBe('image rm');
    expect(inv(['remove', 'x']).path).toBe('container rm');
    expect(inv(['images']).path).toBe('image ls');
    expect(inv(['builder', 'build', '.']).path).toBe('buildx build'); // forwarded to buildx (builder-forward.ts)
    expect(inv(['inspect', 'x']).path).toBe('inspect');
    expect(inv(['volume', 'create']).path).toBe('volume create');
  });

  it('run: flags before the image, the command and its flags after it', () => {
    const i = inv(['run', '-dit', '--rm', '--name=web', '-v', 'data:/data', '-e', 'A=1', 'alpine', 'sh', '-c', 'ls -l', '-it']);
    expect(i.path).toBe('container run');
    expect(i.useLine).toBe('docker run [OPTIONS] IMAGE [COMMAND] [ARG...]');
    expect(i.args).toEqual(['alpine', 'sh', '-c', 'ls -l', '-it']);
    expect(i.flags.bool('detach')).toBe(true);
    expect(i.flags.bool('interactive')).toBe(true);
    expect(i.flags.bool('tty')).toBe(true);
    expect(i.flags.bool('rm')).toBe(true);
    expect(i.flags.string('name')).toBe('web');
    expect(i.flags.list('volume')).toEqual(['data:/data']);
    expect(i.flags.list('env')).toEqual(['A=1']);
    expect(i.flags.changed('publish')).toBe(false);
    expect(i.flags.number('memory-swappiness')).toBe(-1);
  });

  it('defaults from the specs', () => {
    expect(inv(['ps']).flags.number('last')).toBe(-1);
    expect(inv(['volume', 'create']).flags.string('driver')).toBe('local');
    expect(inv(['stop', 'c']).flags.number('timeout')).toBe(0);
    expect(inv(['stop', 'c']).flags.changed('timeout')).toBe(false);
    expect(inv(['logs', 'c']).flags.string('tail')).toBe('all');
  });

  it('global flags are parsed before the command', () => {
    const i = inv(['-D', '--log-level', 'warn', 'ps']);
    expect(i.globals.bool('debug')).toBe(true);
    expect(i.globals.string('log-level')).toBe('warn');
  });

  it('client environment feeds -e NAME and the config-dir defaults in help', () => {
    const r = dispatch(['run', '-e', 'TERM', 'img'], { env: { HOME: '/home/student', TERM: 'xterm' } });
    expect(r.kind === 'run' && r.invocation.flags.list('env')).toEqual(['TERM=xterm']);
    const h = dispatch(['--help'], { env: { HOME: '/home/student' } });
    expect(h.kind === 'done' && h.stdout).toContain('--config string      Location of client config files (default\n                           "/home/student/.docker")');
  });

  it('runDocker calls the handler attached to the spec path', async () => {
    const out: string[] = [];
    const io = { stdout: async (s: string) => void out.push('1:' + s), stderr: async (s: string) => void out.push('2:' + s) };
    const status = await runDocker(['stop', '--time', '3', 'web'], {
      'container stop': async (i, o) => {
        await o.stdout(i.args.join(',') + '\n');
        return 0;
      },
    }, io);
    expect(status).toBe(0);
    expect(out).toEqual(['1:Flag --time has been deprecated, use --timeout instead\n', '1:web\n']);
    expect(await runDocker(['network', 'ls'], {}, io)).toBe(1);
    expect(out[out.length - 1]).toBe("2:docker: 'docker network ls' is not available in this simulation\n");
  });
});
