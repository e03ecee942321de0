#!/usr/bin/env python3
"""Record what docker CLI 28 prints through the buildx plugin (`docker build`, `docker builder ...`,
`docker buildx ...`): help texts and front-end errors. Writes help-buildx.json next to this file.

Needs the buildx v0.29.1 plugin built from source (build_buildx.sh) in $BUILDX_CONFIG/cli-plugins
(default /tmp/bxconf: a config directory of its own, so the other recordings keep running without
buildx), and fake.py answering /_ping as Engine 28 (FAKE_SOCK, default /tmp/bxfake/docker.sock):

    FAKE_SOCK=/tmp/bxfake/docker.sock python3 fake.py &
    python3 rec_buildx.py

The client is /usr/local/bin/docker (28.2.2): its builder forwarding (cmd/docker/builder.go) is the
same as v28.5.2's; everything the plugin prints comes from buildx's own vendored docker/cli
(v28.4.0+incompatible: cli/cobra.go templates, cli/required.go) and cobra v1.10.1 / pflag v1.0.10.

Keys: "help"  `docker <path> --help`, stdin not a terminal (80 columns), or a pty of the width after `@`;
      "wide"  the same at width 3000 (unwrapped, parsed by gen_specs.py);
      "dispatch"  [argv, extra env, stdout, stderr, status] of front-end cases.
"""
import fcntl, json, os, pty, re, struct, subprocess, termios
HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.environ.get('BUILDX_CONFIG', '/tmp/bxconf')
HOST = 'unix://' + os.environ.get('FAKE_SOCK', '/tmp/bxfake/docker.sock')


def run(args, cols=None, extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(('DOCKER_', 'BUILDX_', 'BUILDKIT_'))}
    env.update(HOME='/root', DOCKER_CONFIG=CONF, DOCKER_HOST=HOST)
    env.update(extra or {})
    stdin, m, s = subprocess.DEVNULL, None, None
    if cols:
        m, s = pty.openpty()
        fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', 50, cols, 0, 0))
        stdin = s
    p = subprocess.run(['docker'] + args, stdin=stdin, capture_output=True, env=env, timeout=30)
    if m:
        os.close(m)
        os.close(s)
    return [p.stdout.decode(), p.stderr.decode(), p.returncode]


def subcommands(text):
    out, section = [], False
    for line in text.split('\n'):
        if line.endswith('Commands:'):
            section = True
        elif section and re.match(r'^  [a-z]', line):
            out.append(line.split()[0].rstrip('*'))
        elif line == '':
            continue
        else:
            section = False
    return out


def walk(path, help_, wide):
    key = ' '.join(path)
    help_[key] = run(path + ['--help'])
    wide[key] = run(path + ['--help'], cols=3000)
    if 'Commands:' in help_[key][0] and len(path) < 4:
        for sc in subcommands(help_[key][0]):
            walk(path + [sc], help_, wide)


help_, wide = {}, {}
walk(['buildx'], help_, wide)
# Forwarded by the CLI (docker/cli v28.5.2 cmd/docker/builder.go forwardBuilder).
for p in (['build'], ['image', 'build'], ['builder', 'build'], ['builder'], ['builder', 'prune'], ['buildx', 'b'],
          ['builder', 'ls']):
    help_[' '.join(p)] = run(p + ['--help'])
    wide[' '.join(p)] = run(p + ['--help'], cols=3000)
for cols in (40, 60, 100, 120, 200):
    for p in (['build'], ['builder'], ['builder', 'prune']):
        help_['%s@%d' % (' '.join(p), cols)] = run(p + ['--help'], cols=cols)
# With the plugin installed, `docker --help` lists it (for the record; not used by the specs).
help_['docker'] = run(['--help'])

CASES = [
    (['build'], {}), (['build', 'a', 'b'], {}), (['image', 'build'], {}), (['builder', 'build'], {}),
    (['buildx', 'build'], {}), (['buildx', 'b'], {}), (['build', '--bogus', '.'], {}), (['build', '-Z', '.'], {}),
    (['build', '--tag'], {}), (['build', '-t'], {}), (['image', 'build', '--foo'], {}),
    (['build', '--disable-content-trust', '.'], {}), (['build', '--memory'], {}), (['build', '--shm-size', 'x', '.'], {}),
    (['build', '--ulimit', 'x', '.'], {}), (['build', '--rm=maybe', '.'], {}), (['build', '--cpu-shares', 'x', '.'], {}),
    (['build', '-h'], {}), (['build', '--help', 'extra'], {}), (['build', '--builder', 'foo', '--help'], {}),
    (['build', '-t', 'x', '--builder', 'foo', '--help'], {}), (['build', '--help'], {'BUILDX_BUILDER': 'mine'}),
    (['buildx', 'build', '--help'], {'BUILDX_BUILDER': 'mine'}), (['build', '--help'], {'DOCKER_CONTEXT': 'default'}),
    (['--log-level', 'warn', 'build', '--foo'], {}),
    (['builder', 'prune', 'extra'], {}), (['builder', 'prune', '--bogus'], {}), (['buildx', 'prune', 'x'], {}),
    (['builder', 'prune', '--filter'], {}), (['builder', 'prune', '--keep-storage', '1', '-h'], {}),
    (['builder', 'prune', '-h'], {}), (['buildx', 'prune', '--all', '--help'], {}),
    (['builder', 'prune', '--max-used-space', 'x'], {}), (['builder', 'prune', '--force=maybe'], {}),
    (['buildx'], {}), (['builder'], {}), (['buildx', 'bogus'], {}), (['builder', 'bogus'], {}),
    (['buildx', 'help'], {}), (['buildx', '--bogus'], {}), (['builder', '--bogus'], {}), (['builder', 'ls', '--bogus'], {}),
    (['buildx', 'bogus', '--foo'], {}), (['buildx', '-D'], {}), (['buildx', '--builder'], {}),
    (['help', 'build'], {}), (['help', 'builder'], {}), (['help', 'builder', 'prune'], {}), (['help', 'buildx'], {}),
    (['help', 'image', 'build'], {}),
    (['build', '--help'], {'DOCKER_BUILDKIT': '0'}), (['builder', 'prune', '--help'], {'DOCKER_BUILDKIT': '0'}),
    (['build'], {'DOCKER_BUILDKIT': '0'}), (['build', '--help'], {'DOCKER_BUILDKIT': '1'}),
    (['build', '--help'], {'DOCKER_BUILDKIT': 'x'}), (['ps', '--help'], {'DOCKER_BUILDKIT': 'x'}),
    (['build', '--squash', '--help'], {}), (['image', '--help'], {}), (['image', 'build', '-q'], {}),
    (['--help'], {'DOCKER_BUILDKIT': 'x'}), ([], {'DOCKER_BUILDKIT': 'x'}), (['-v'], {'DOCKER_BUILDKIT': 'x'}),
    (['--log-level', 'foo', 'ps'], {'DOCKER_BUILDKIT': 'x'}), (['build', '--bogus'], {'DOCKER_BUILDKIT': '0'}),
    (['build', '--secret', 'id=x', '.'], {'DOCKER_BUILDKIT': '0'}), (['build', '--help'], {'DOCKER_BUILDKIT': 'false'}),
    (['bake', '--help'], {}), (['bake', '--foo'], {}), (['image', '--debug', 'build', '--help'], {}),
    (['buildx', 'build', '--help'], {'BUILDX_BUILDER': ''}), (['-c', 'default', 'build', '--help'], {}),
    (['-H', 'unix:///tmp/x.sock', 'build', '--help'], {}), (['build', '--builder=x', '--help'], {}),
    (['build', '.', '--builder', 'x', '--help'], {}), (['build', '--', '--builder', 'x', '--help'], {}),
]
dispatch = [[argv, env] + run(argv, extra=env) for argv, env in CASES]

json.dump({'help': help_, 'wide': wide, 'dispatch': dispatch}, open(os.path.join(HERE, 'help-buildx.json'), 'w'), indent=1)
print(len(help_), 'help texts,', len(dispatch), 'cases')
