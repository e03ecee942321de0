import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from './instruction-types.ts';
import { parseDockerfile } from './instructions.ts';
import { parseMount } from './run-mount.ts';
import { parseCaseFile } from './testdata/cases.ts';

const cases = parseCaseFile(readFileSync(new URL('./testdata/instruction-cases.txt', import.meta.url), 'utf8'));

describe('instruction cases (expected errors from BuildKit v0.25.2)', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of cases) {
    it(c.name, () => {
      const out = parseDockerfile(c.dockerfile);
      if (c.ok) {
        if (!out.ok) throw new Error(`unexpected error: ${out.error.message}`);
        return;
      }
      expect(c.error).toBeDefined();
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.error.message).toBe(c.error!.message);
      expect(out.error.startLine).toBe(c.error!.line);
    });
  }
});

function commands(src: string): Command[] {
  const out = parseDockerfile(src);
  if (!out.ok) throw new Error(out.error.message);
  return out.stages.flatMap((s) => s.commands);
}

describe('typed instructions', () => {
  it('builds stages, meta ARGs and typed commands', () => {
    const src = [
      'ARG BASE=alpine',
      '# build the binary',
      'FROM --platform=linux/amd64 $BASE AS Build',
      'RUN --mount=type=cache,target=/root/.cache --network=none make',
      'COPY --from=build --chown=1:1 --chmod=644 --link a /b',
      'ENV A=1 B=2',
      'EXPOSE 443 80',
      'HEALTHCHECK --interval=5s --retries=3 CMD true',
      'CMD ["run"]',
      'ENTRYPOINT tini --',
      '',
    ].join('\n');
    const out = parseDockerfile(src);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.metaArgs).toHaveLength(1);
    expect(out.metaArgs[0].args).toEqual([{ key: 'BASE', value: 'alpine', comment: '' }]);
    const [stage] = out.stages;
    expect(stage).toMatchObject({ name: 'build', baseName: '$BASE', platform: 'linux/amd64', origCmd: 'FROM', startLine: 3 });
    const [run, copy, env, expose, health, cmd, entrypoint] = stage.commands;
    expect(run).toMatchObject({ kind: 'run', cmdLine: ['make'], prependShell: true, network: 'none', mounts: ['type=cache,target=/root/.cache'] });
    expect(copy).toMatchObject({ kind: 'copy', from: 'build', chown: '1:1', chmod: '644', link: true, sourcesAndDest: { destPath: '/b', sourcePaths: ['a'] } });
    expect(env).toMatchObject({ kind: 'env', env: [{ key: 'A', value: '1', noDelim: false }, { key: 'B', value: '2', noDelim: false }] });
    expect(expose).toMatchObject({ kind: 'expose', ports: ['443', '80'] });
    expect(health).toMatchObject({ kind: 'healthcheck', health: { test: ['CMD-SHELL', 'true'], interval: 5_000_000_000n, retries: 3 } });
    expect(cmd).toMatchObject({ kind: 'cmd', cmdLine: ['run'], prependShell: false });
    expect(entrypoint).toMatchObject({ kind: 'entrypoint', cmdLine: ['tini --'], prependShell: true, code: 'ENTRYPOINT tini --' });
  });

  it('takes stage and ARG descriptions from the comment above', () => {
    const out = parseDockerfile('# VERSION the version to build\nARG VERSION=1\n# base the base stage\nFROM a AS base\n');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.metaArgs[0].args[0].comment).toBe('the version to build');
    expect(out.stages[0].comment).toBe('the base stage');
  });

  it('turns heredocs into inline files and shell files', () => {
    const [copy, run] = commands('FROM a\nCOPY <<-EOF /etc/x\n\tone\n\ttwo\nEOF\nRUN <<EOF\necho hi\nEOF\n');
    expect(copy).toMatchObject({ kind: 'copy', sourcesAndDest: { destPath: '/etc/x', sourcePaths: [], sourceContents: [{ path: 'EOF', data: 'one\ntwo\n', expand: true }] } });
    expect(run).toMatchObject({ kind: 'run', cmdLine: ['<<EOF'], files: [{ name: 'EOF', data: 'echo hi\n', chomp: false }] });
  });

  it('keeps ONBUILD triggers as text, heredocs appended', () => {
    const [ob] = commands('FROM a\nONBUILD RUN <<EOF\nx\nEOF\n');
    expect(ob).toMatchObject({ kind: 'onbuild', expression: 'RUN <<EOF\nx\nEOF' });
  });

  it('parses HEALTHCHECK NONE and exec-form CMD', () => {
    const [none, exec] = commands('FROM a\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["/bin/check", "-q"]\n');
    expect(none).toMatchObject({ health: { test: ['NONE'] } });
    expect(exec).toMatchObject({ health: { test: ['CMD', '/bin/check', '-q'] } });
  });

  it('keeps ADD options that were not given as null', () => {
    const [a, b] = commands('FROM a\nADD x /y\nADD --keep-git-dir=false --unpack --exclude=a --exclude=b x /y\n');
    expect(a).toMatchObject({ kind: 'add', keepGitDir: null, unpack: null, excludePatterns: [] });
    expect(b).toMatchObject({ kind: 'add', keepGitDir: false, unpack: true, excludePatterns: ['a', 'b'] });
  });

  it('enables COPY --parents and RUN --security only with labs', () => {
    const out = parseDockerfile('FROM a\nCOPY --parents a/b /c/\nRUN --security=insecure x\n', { labs: true });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.stages[0].commands[0]).toMatchObject({ kind: 'copy', parents: true });
    expect(out.stages[0].commands[1]).toMatchObject({ kind: 'run', security: 'insecure' });
    const bad = parseDockerfile('FROM a\nRUN --security=unsafe x\n', { labs: true });
    expect(!bad.ok && bad.error.message).toBe('dockerfile parse error on line 2: security "unsafe" is not valid');
  });

  it('reports parser errors without the instruction prefix', () => {
    const out = parseDockerfile('FROM a\nRUN <<EOF\n');
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.error.kind, out.error.message, out.error.startLine]).toEqual(['unterminated-heredoc', 'unterminated heredoc', 2]);
  });

  it('gives typed kinds', () => {
    const kind = (src: string) => {
      const out = parseDockerfile(src);
      return out.ok ? 'ok' : out.error.kind;
    };
    expect(kind('FROM a\nRUNN x\n')).toBe('unknown-instruction');
    expect(kind('FROM a\nCOPY --x a b\n')).toBe('flag');
    expect(kind('RUN x\n')).toBe('no-stage');
    expect(kind('')).toBe('empty');
    expect(kind('# c\n')).toBe('no-instructions');
    expect(kind('ARG x\n')).toBe('no-stages');
    expect(kind('FROM a\n__proto__ x\n')).toBe('unknown-instruction');
  });
});

describe('RUN --mount values with an expander (the builder pass)', () => {
  const id = (w: string) => w;
  it('applies defaults per type', () => {
    expect(parseMount('type=cache,target=/c', id)).toMatchObject({ type: 'cache', readOnly: false, target: '/c' });
    expect(parseMount('target=/src', id)).toMatchObject({ type: 'bind', readOnly: true });
    expect(parseMount('type=secret,id=tok,required', id)).toMatchObject({ type: 'secret', cacheId: 'tok', required: true, readOnly: true });
    expect(parseMount('type=tmpfs,target=/t,size=64m', id)).toMatchObject({ sizeLimit: 64 * 2 ** 20 });
    expect(parseMount('type=cache,target=/c,mode=0700,uid=1000,sharing=locked', id)).toMatchObject({ mode: 0o700, uid: 1000, cacheSharing: 'locked' });
  });
  it('rejects what BuildKit rejects', () => {
    const err = (v: string) => {
      try {
        parseMount(v, id);
        return 'ok';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(err('type=volume')).toBe('unsupported mount type "volume"');
    expect(err('type=cahce')).toBe('unsupported mount type "cahce" (did you mean cache?)');
    expect(err('type=bind,mode=0700')).toBe('mode not allowed for "bind" type mounts');
    expect(err('type=secret,from=x')).toBe('secret mount should not have a from');
    expect(err('type=secret')).toBe('invalid secret mount. one of source, target required');
    expect(err('type=secret,src=a,id=b')).toBe("both source and id can't be set");
    expect(err('type=bind,sharing=shared')).toBe('invalid cache sharing set for bind mount');
    expect(err('type=bind,required')).toBe("unexpected key 'required' for mount type 'bind'");
    expect(err('target=/x,tagret=/y')).toBe("unexpected key 'tagret' in 'tagret=/y' (did you mean target?)");
    expect(err('type=cache,uid=x')).toBe('invalid value x for uid');
    expect(err('bogus')).toBe("invalid field 'bogus' must be a key=value pair");
  });
});

describe('instruction robustness', () => {
  it('never throws on arbitrary Dockerfiles', () => {
    const pieces = ['FROM a', 'FROM', ' AS ', 'x', 'RUN', 'COPY', 'ADD', 'ENV', 'LABEL', 'ARG', 'HEALTHCHECK', 'ONBUILD', 'SHELL',
      'EXPOSE', 'VOLUME', 'CMD', ' ', '\n', '\\\n', '"', '[', ']', '[""]', '<<EOF', 'EOF', '--from=', '--mount=', '--network=',
      '--interval=', '--retries=', '--device=', 'type=secret', ',', '=', '$', 'NONE', 'constructor'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join('')), (src) => {
        const out = parseDockerfile(src);
        if (!out.ok) expect(out.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });
});
