/**
 * `docker build`, `docker image build`, `docker builder …` and `docker buildx …` as docker CLI 28
 * prints them with the buildx v0.29.1 plugin (the default builder of Engine 28.5): docker forwards
 * them to the plugin (docker/cli v28.5.2 cmd/docker/builder.go), whose cobra commands render
 * through the docker/cli help template it vendors (v28.4.0 cli/cobra.go usageTemplate).
 * Goldens: recorded from a buildx v0.29.1 binary built from source (testdata/record/rec_buildx.py,
 * build_buildx.sh) under docker CLI 28.2.2 and an Engine-28-like /_ping stub.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from './command.ts';
import type { Invocation } from './command.ts';
import { BUILDX_DISPATCH_GOLDENS, BUILDX_HELP_GOLDENS, LEGACY_BUILD_HELP } from './testdata/buildx-goldens.ts';

const ENV = { HOME: '/root' };

// Recorded cases the simulator answers differently on purpose, with the reason printed.
const KNOWN: Record<string, string> = {
  'DOCKER_BUILDKIT=0 build --secret id=x .':
    'the legacy spec keeps buildx-only flags (hidden) so the BuildKit handler still runs: no classic builder is simulated',
  'build --ulimit x .': "no UlimitOpt validator in flags/validators.ts yet (docker run --ulimit has the same gap): docker/cli opts/ulimit.go's text is not produced",
};

function run(argv: string[], env: Record<string, string> = {}, columns?: number) {
  const r = dispatch(argv, { env: { ...ENV, ...env }, columns });
  if (r.kind !== 'done') throw new Error(`expected output, got a run of ${r.invocation.path}`);
  return r;
}

function inv(argv: string[], env: Record<string, string> = {}): Invocation {
  const r = dispatch(argv, { env: { ...ENV, ...env } });
  if (r.kind !== 'run') throw new Error('expected run, got ' + JSON.stringify(r));
  return r.invocation;
}

describe('buildx help, as recorded', () => {
  for (const [key, expected] of Object.entries(BUILDX_HELP_GOLDENS)) {
    it(`docker ${key} --help`, () => {
      const [path, cols] = key.split('@');
      const r = run([...path.split(' '), '--help'], {}, cols ? Number(cols) : undefined);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    });
  }
});

describe('buildx front-end cases, as recorded', () => {
  for (const g of BUILDX_DISPATCH_GOLDENS) {
    const key = [...Object.entries(g.env).map(([k, v]) => `${k}=${v}`), ...g.argv].join(' ');
    if (KNOWN[key]) {
      it.skip(`docker ${key} — ${KNOWN[key]}`, () => {});
      continue;
    }
    it(`docker ${key}`, () => {
      const r = run(g.argv, g.env);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: g.stdout, stderr: g.stderr, status: g.status });
    });
  }
});

describe('the legacy builder help stays reachable', () => {
  for (const [key, expected] of Object.entries(LEGACY_BUILD_HELP)) {
    const [path, cols] = key.split('@');
    // cmd/docker/docker.go setupHelpCommand: `docker help build` finds no plugin named "build",
    // so docker's own (legacy) command answers.
    it(`docker help ${key}`, () => {
      const r = run(['help', ...path.split(' ')], {}, cols ? Number(cols) : undefined);
      expect(r.stdout).toBe(expected);
    });
    // builder.go:100-108: DOCKER_BUILDKIT=0 keeps the legacy command, after the notice on stderr.
    it(`DOCKER_BUILDKIT=0 docker ${key} --help`, () => {
      const r = run([...path.split(' '), '--help'], { DOCKER_BUILDKIT: '0' }, cols ? Number(cols) : undefined);
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe(
        'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
          '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
          '            environment-variable.\n\n',
      );
    });
  }
});

describe('texts quoted from the sources', () => {
  it('docker build with no context: ExactArgs(1) wrapped by buildx main', () => {
    // buildx v0.29.1 commands/build.go:473-475 (Use, Args: cli.ExactArgs(1)); vendored docker/cli
    // cli/required.go:90-97 ("%s: '%s' requires %d %s\n\nUsage:  %s\n\nRun '%s --help' for more
    // information", UseLine = "docker buildx " + Use); cmd/buildx/main.go:118 `ERROR: %v\n`, exit 1.
    const r = run(['build']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "ERROR: docker: 'docker buildx build' requires 1 argument\n\n" +
        'Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\n' +
        "Run 'docker buildx build --help' for more information\n",
    );
    expect(r.status).toBe(1);
  });

  it('an unknown flag: cli.FlagErrorFunc, a StatusError 125 printed as is', () => {
    // vendored docker/cli cli/cobra.go:80-89 FlagErrorFunc; cmd/buildx/main.go:92-102.
    const r = run(['image', 'build', '--squash=x', '--disable-content-trust', '.']);
    expect(r.stderr).toBe(
      'invalid argument "x" for "--squash" flag: strconv.ParseBool: parsing "x": invalid syntax\n\n' +
        'Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\n' +
        "Run 'docker buildx build --help' for more information\n",
    );
    expect(r.status).toBe(125);
    // --disable-content-trust is the legacy builder's: buildx does not define it.
    expect(run(['build', '--disable-content-trust', '.']).stderr.split('\n')[0]).toBe('unknown flag: --disable-content-trust');
  });

  it('the help: Use, Short, the "aliases" annotation, --builder defaulting to the forwarded context', () => {
    const h = run(['build', '--help']).stdout;
    // commands/build.go:473-479
    expect(h.startsWith('Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n\nAliases:\n' +
      '  docker build, docker builder build, docker image build, docker buildx b\n\nOptions:\n')).toBe(true);
    // docker/cli builder.go:139-141 adds BUILDX_BUILDER=<context>; buildx root.go:139 takes it as default.
    expect(h).toContain('      --builder string                Override the configured builder\n' +
      '                                      instance (default "default")\n');
    expect(run(['buildx', 'build', '--help']).stdout).toContain('      --builder string                Override the configured builder instance\n');
    // build.go:536, 565: string defaults are quoted by pflag.
    expect(h).toContain('      --call string                   Set method for evaluating build\n' +
      '                                      ("check", "outline", "targets")\n' +
      '                                      (default "build")\n');
    // build.go:579-620: the legacy flags buildx accepts and ignores are hidden.
    expect(h).not.toContain('--memory');
    expect(h).not.toContain('--rm');
  });

  it('docker builder is buildx: its root help and unknown subcommands', () => {
    // root.go:25 experimentalCommandHint as the "additionalHelp" annotation (root.go:33-38).
    const r = run(['builder']);
    expect(r.stdout.startsWith('Usage:  docker buildx [OPTIONS] COMMAND\n\nExtended build capabilities with BuildKit\n')).toBe(true);
    expect(r.stdout.endsWith('\n\nExperimental commands and flags are hidden. Set BUILDX_EXPERIMENTAL=1 to show them.\n')).toBe(true);
    expect(r.status).toBe(0);
    // root.go:67-72: help, then `ERROR: unknown command: %q`, status 1.
    const u = run(['builder', 'ls2']);
    expect(u.stdout).toBe(r.stdout);
    expect(u.stderr).toBe('ERROR: unknown command: "ls2"\n');
    expect(u.status).toBe(1);
  });

  it('a bad DOCKER_BUILDKIT fails every command (builder.go:55-60)', () => {
    const r = run(['ps'], { DOCKER_BUILDKIT: 'yes' });
    expect(r.stderr).toBe('DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing "yes": invalid syntax\n');
    expect(r.status).toBe(1);
  });
});

describe('invocations handed to the build handlers', () => {
  it('build, image build and builder build run buildx build', () => {
    for (const argv of [['build', '.'], ['image', 'build', '.'], ['builder', 'build', '.'], ['buildx', 'build', '.'], ['buildx', 'b', '.']]) {
      const i = inv(argv);
      expect(i.path).toBe('buildx build');
      expect(i.commandPath).toBe('docker buildx build');
      expect(i.args).toEqual(['.']);
    }
    expect(inv(['builder', 'prune', '-af']).path).toBe('buildx prune');
    expect(inv(['build', '.'], { DOCKER_BUILDKIT: '0' }).path).toBe('image build');
  });

  it('buildx flag types: arrays repeat, the ignored legacy flags parse', () => {
    const i = inv(['build', '-t', 'a:1', '--tag', 'b', '--platform', 'linux/amd64', '--platform=linux/arm64', '--build-arg', 'X=1,2',
      '-m', '1g', '--rm=false', '-q', '--progress', 'plain', '--secret', 'id=s', '--no-cache', '--builder', 'default', '.']);
    expect(i.flags.list('tag')).toEqual(['a:1', 'b']);
    expect(i.flags.list('platform')).toEqual(['linux/amd64', 'linux/arm64']);
    expect(i.flags.list('build-arg')).toEqual(['X=1,2']); // stringArray: no CSV splitting
    expect(i.flags.string('memory')).toBe('1g');
    expect(i.flags.bool('quiet')).toBe(true);
    expect(i.flags.string('progress')).toBe('plain');
    expect(i.flags.list('secret')).toEqual(['id=s']);
    expect(i.flags.bool('no-cache')).toBe(true);
    expect(i.flags.string('network')).toBe('default');
    expect(i.flags.string('builder')).toBe('default');
    expect(inv(['buildx', 'build', '.']).flags.string('builder')).toBe('');
    expect(inv(['build', '.']).flags.string('builder')).toBe('default');
    expect(inv(['build', '--add-host', 'a:1.2.3.4,b:5.6.7.8', '.']).flags.list('add-host')).toEqual(['a:1.2.3.4', 'b:5.6.7.8']);
  });

  it('builder prune: buildx flags, --keep-storage deprecated', () => {
    const r = dispatch(['builder', 'prune', '--keep-storage', '1g', '--verbose', '--filter', 'until=1h'], { env: ENV });
    expect(r.kind).toBe('run');
    if (r.kind !== 'run') return;
    // pflag prints the deprecation through cobra's output: the plugin's stdout (recorded).
    expect(r.stdout).toBe('Flag --keep-storage has been deprecated, keep-storage flag has been changed to reserved-space\n');
    expect(r.invocation.flags.bool('verbose')).toBe(true);
    expect(r.invocation.flags.list('filter')).toEqual(['until=1h']);
  });
});
