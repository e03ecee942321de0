import { describe, expect, it } from 'vitest';
import { applyChanges, processWord } from './commit-changes.ts';
import { emptyContainerConfig, type ContainerConfig } from '../image/types.ts';
import { isDaemonError } from '../errdefs/errors.ts';

const base = (): ContainerConfig => ({ ...emptyContainerConfig(), Env: ['PATH=/bin', 'HOME=/root'], Cmd: ['sh'], Image: 'alpine', Labels: {} });

describe('--change dispatch (moby builder/dockerfile, legacy dispatchers)', () => {
  it('no changes: the config itself', () => {
    const c = base();
    expect(applyChanges(c, [])).toBe(c);
  });

  it('ENV expands with the env from before the instruction; a key is replaced in place', () => {
    const c = applyChanges(base(), ['ENV HOME=/home/x A=$HOME', 'ENV B ${A:-none}-${Z:-dflt}']);
    expect(c.Env).toEqual(['PATH=/bin', 'HOME=/home/x', 'A=/root', 'B=/root-dflt']);
  });

  it('quotes and escapes as the shell lexer has them', () => {
    expect(processWord(`"a b"'$X'\\$Y`, ['X=1', 'Y=2'])).toBe('a b$X$Y');
    expect(processWord('${X:+set}${Q:+set}', ['X=1'])).toBe('set');
  });

  it('CMD shell form gets the shell; ENTRYPOINT clears a Cmd not set by these changes', () => {
    expect(applyChanges(base(), ['CMD echo "hi"']).Cmd).toEqual(['/bin/sh', '-c', 'echo "hi"']);
    const c = applyChanges(base(), ['ENTRYPOINT ["top"]']);
    expect([c.Entrypoint, c.Cmd]).toEqual([['top'], null]);
    const d = applyChanges(base(), ['CMD ["-b"]', 'entrypoint ["top"]']);
    expect([d.Entrypoint, d.Cmd]).toEqual([['top'], ['-b']]);
  });

  it('EXPOSE ranges, WORKDIR relative to the current one, HEALTHCHECK NONE, STOPSIGNAL', () => {
    const c = applyChanges({ ...base(), WorkingDir: '/srv' }, ['EXPOSE 8000-8002/udp', 'WORKDIR ../app', 'HEALTHCHECK NONE', 'STOPSIGNAL SIGINT']);
    expect(Object.keys(c.ExposedPorts ?? {})).toEqual(['8000/udp', '8001/udp', '8002/udp']);
    expect(c.WorkingDir).toBe('/app');
    expect(c.Healthcheck).toEqual({ Test: ['NONE'] });
    expect(c.StopSignal).toBe('SIGINT');
  });

  it('continuation lines and comments', () => {
    expect(applyChanges(base(), ['LABEL a=1 \\\n  b=2', '# a comment']).Labels).toEqual({ a: '1', b: '2' });
  });

  it('every instruction is checked before any is applied', () => {
    try {
      applyChanges(base(), ['ENV A=1', 'COPY x /']);
      expect.unreachable();
    } catch (e) {
      expect(isDaemonError(e, 'InvalidParameter')).toBe(true);
      expect((e as Error).message).toBe('COPY is not a valid change command');
    }
  });
});
