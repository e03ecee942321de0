import os, pty, subprocess, sys, fcntl, termios, struct, json, re
OUT = '/tmp/rec/help'
os.makedirs(OUT, exist_ok=True)
def run(args, cols=None, daemon=False):
    env = dict(os.environ)
    env.pop('DOCKER_HOST', None)
    if daemon: env['DOCKER_HOST'] = 'unix:///tmp/refdocker/docker.sock'
    env['HOME'] = '/root'
    stdin = subprocess.DEVNULL
    m = s = None
    if cols:
        m, s = pty.openpty()
        fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', 50, cols, 0, 0))
        stdin = s
    p = subprocess.run(['docker'] + args, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if m: os.close(m); os.close(s)
    return p.stdout.decode(), p.stderr.decode(), p.returncode
def subcmds(text):
    out = []
    sec = None
    for line in text.split('\n'):
        if line.endswith('Commands:'): sec = line; continue
        if line == '' : continue
        if sec and line.startswith('  '):
            name = line.split()[0]
            out.append(name)
        else:
            sec = None
    return out
seen = {}
def walk(path):
    key = ' '.join(path) or 'docker'
    o, e, c = run(path + ['--help'], daemon=True)
    o2, e2, c2 = run(path + ['--help'])
    wide, ew, cw = run(path + ['--help'], cols=3000)
    seen[key] = dict(daemon=[o, e, c], nodaemon=[o2, e2, c2], wide=[wide, ew, cw])
    for sc in subcmds(o2):
        if sc in ('help',): continue
        if len(path) == 0 or True:
            if key != 'docker' and len(path) >= 2: continue
            walk(path + [sc])
walk([])
json.dump(seen, open('/tmp/rec/help.json', 'w'), indent=1)
print(len(seen))
