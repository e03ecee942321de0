#!/usr/bin/env python3
"""Record `docker <path> --help` for every command of docker CLI 28.2.2 (client-side only).

Writes, next to this file:
  help-all.json  no daemon reachable: every flag that is not MarkHidden is listed (feature gates
                 cannot be evaluated), at width 80 ("nodaemon") and 3000 ("wide", unwrapped).
  help-28.json   through fake.py (a stub answering /_ping like Engine 28 on Linux: API 1.51, not
                 experimental, Swarm inactive): what a student sees, at width 80 ("help") and, for
                 a few commands, at other terminal widths (keys "run@120" ...).
The width is that of the terminal on stdin (docker/cli wrappedFlagUsages), so a pty of the wanted
size is put on stdin. Start fake.py first:  python3 fake.py &   (socket /tmp/fake/docker.sock)
"""
import fcntl, json, os, pty, re, struct, subprocess, termios
HERE = os.path.dirname(os.path.abspath(__file__))
FAKE = 'unix:///tmp/fake/docker.sock'


def run(args, cols=None, host=None):
    env = dict(os.environ, HOME='/root')
    env.pop('DOCKER_HOST', None)
    if host:
        env['DOCKER_HOST'] = host
    stdin, m, s = subprocess.DEVNULL, None, None
    if cols:
        m, s = pty.openpty()
        fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', 50, cols, 0, 0))
        stdin = s
    p = subprocess.run(['docker'] + args, stdin=stdin, capture_output=True, env=env)
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
            out.append(line.split()[0])
        elif line == '':
            continue
        else:
            section = False
    return out


def walk(path, store, host, keys):
    key = ' '.join(path) or 'docker'
    entry = {k: run(path + ['--help'], cols=c, host=host) for k, c in keys.items()}
    store[key] = entry
    first = next(iter(entry.values()))[0]
    # Groups nest two levels deep at most (`docker trust key generate`).
    if len(path) < 3 and (len(path) < 2 or 'Commands:' in first):
        for sc in subcommands(first):
            if sc != 'help':
                walk(path + [sc], store, host, keys)


all_ = {}
walk([], all_, None, {'nodaemon': None, 'wide': 3000})
json.dump(all_, open(os.path.join(HERE, 'help-all.json'), 'w'), indent=1)
e28 = {}
walk([], e28, FAKE, {'help': None, 'wide': 3000})
for cols in (40, 60, 100, 120, 200):
    for p in (['run'], ['ps'], ['volume', 'create'], ['build'], []):
        e28['%s@%d' % (' '.join(p) or 'docker', cols)] = {'help': run(p + ['--help'], cols=cols, host=FAKE)}
json.dump(e28, open(os.path.join(HERE, 'help-28.json'), 'w'), indent=1)
print(len(all_), len(e28))
