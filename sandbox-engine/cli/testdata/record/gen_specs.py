#!/usr/bin/env python3
"""Generate cli/command/**/*.spec.ts and cli/testdata/help-goldens.ts from recorded help texts.

Inputs (made by rec.py, see README.md next to this file):
  help-all.json   `docker <path> --help` of docker CLI 28.2.2 with no daemon: every flag that is not
                  MarkHidden, at width 80 ("help") and 3000 ("wide", unwrapped, used for parsing).
  help-28.json    the same through fake.py, a stub daemon answering /_ping like Engine 28 on Linux
                  (API 1.51, not experimental, Swarm inactive): what a student sees ("help").

  help-buildx.json  (rec_buildx.py) the same through the buildx v0.29.1 plugin: `docker buildx ...`
                  and the commands docker forwards to it (`build`, `image build`, `builder ...`).

Facts the help text cannot show (Args rules, cobra aliases, interspersed, hidden flags, feature
annotations, validators) come from the tables below, read from docker/cli v28.2.2 sources (buildx's
from buildx v0.29.1).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.path.dirname(os.path.dirname(HERE))  # sandbox-engine/cli
ALL = json.load(open(os.path.join(HERE, 'help-all.json')))
E28 = json.load(open(os.path.join(HERE, 'help-28.json')))
BX = json.load(open(os.path.join(HERE, 'help-buildx.json')))

# path -> table. args: none | min:n | max:n | exact:n | range:a:b | any
C = {}
def cmd(path, args, **kw):
    C[path] = dict(args=args, **kw)

# --- container (cli/command/container/*.go)
cmd('container attach', 'exact:1', also=['attach'])
cmd('container commit', 'range:1:2', interspersed=False, also=['commit'])
cmd('container cp', 'exact:2', also=['cp'])
cmd('container create', 'min:1', interspersed=False, also=['create'])
cmd('container diff', 'exact:1', also=['diff'])
cmd('container exec', 'min:2', interspersed=False, also=['exec'], top='2')
cmd('container export', 'exact:1', also=['export'])
cmd('container inspect', 'min:1')
cmd('container kill', 'min:1', also=['kill'])
cmd('container logs', 'exact:1', also=['logs'])
cmd('container ls', 'none', aliases=['ps', 'list'], also=['ps'], top='3')
cmd('container pause', 'min:1', also=['pause'])
cmd('container port', 'range:1:2', also=['port'])
cmd('container prune', 'none', ann={'version': '1.25'})
cmd('container rename', 'exact:2', also=['rename'])
cmd('container restart', 'min:1', also=['restart'])
cmd('container rm', 'min:1', aliases=['remove'], also=['rm'], also_aliases={'rm': ['remove']})
cmd('container run', 'min:1', interspersed=False, also=['run'], top='1')
cmd('container start', 'min:1', also=['start'])
cmd('container stats', 'any', also=['stats'])
cmd('container stop', 'min:1', also=['stop'])
cmd('container top', 'min:1', interspersed=False, also=['top'])
cmd('container unpause', 'min:1', also=['unpause'])
cmd('container update', 'min:1', also=['update'])
cmd('container wait', 'min:1', also=['wait'])
# --- image
cmd('image build', 'exact:1', also=['build', 'builder build'], top='4')
cmd('image history', 'exact:1', also=['history'])
cmd('image import', 'min:1', also=['import'])
cmd('image inspect', 'min:1')
cmd('image load', 'none', also=['load'])
cmd('image ls', 'max:1', aliases=['list'], also=['images'], top='7')
cmd('image prune', 'none', ann={'version': '1.25'})
cmd('image pull', 'exact:1', also=['pull'], top='5')
cmd('image push', 'exact:1', also=['push'], top='6')
cmd('image rm', 'min:1', aliases=['rmi', 'remove'], also=['rmi'])
cmd('image save', 'min:1', also=['save'])
cmd('image tag', 'exact:2', interspersed=False, also=['tag'])
# --- volume
cmd('volume create', 'max:1')
cmd('volume inspect', 'min:1')
cmd('volume ls', 'none', aliases=['list'])
cmd('volume prune', 'none', ann={'version': '1.25'})
cmd('volume rm', 'min:1', aliases=['remove'])
cmd('volume update', 'exact:1', ann={'version': '1.42', 'swarm': 'manager'})
# --- system and top-level-only
cmd('system df', 'none', ann={'version': '1.25'})
cmd('system events', 'none', also=['events'])
cmd('system info', 'none', also=['info'], top='12')
cmd('system prune', 'none', ann={'version': '1.25'})
cmd('version', 'none', top='10', file='system/version')
cmd('inspect', 'min:1', file='system/inspect')
cmd('builder prune', 'none', ann={'version': '1.39'})

# management commands: cobra Use (UseLine shows in `docker container foo` errors)
MGMT = {
    'container': dict(use='container'),
    'image': dict(use='image'),
    'volume': dict(use='volume COMMAND', ann={'version': '1.21'}),
    'system': dict(use='system'),
    'builder': dict(use='builder', ann={'version': '1.31'}),
}

# Flags the help never shows (MarkHidden / MarkDeprecated), with their definitions.
HIDDEN = {
    ('container run', 'container create'): [
        dict(name='dns-opt', type='list', usage='Set DNS options', hidden=True),
        dict(name='net', type='network', usage='Connect a container to a network', hidden=True),
        dict(name='net-alias', type='list', usage='Add network-scoped alias for the container', hidden=True),
    ],
    ('container stop', 'container restart'): [
        dict(name='time', type='int', usage='Seconds to wait before killing the container (deprecated: use --timeout)',
             deprecated='use --timeout instead'),
    ],
    ('volume create',): [dict(name='name', type='string', usage='Specify volume name', hidden=True)],
    ('container update',): [dict(name='kernel-memory', type='bytes', usage='Kernel memory limit (deprecated)', hidden=True)],
    # Engine 28 with buildx runs `docker buildx build` / `docker buildx prune` for these (docker/cli
    # v28.5.2 cmd/docker/builder.go forwardBuilder), which take more flags than the legacy help
    # recorded here shows; hidden, with buildx v0.29.1's usage texts (commands/build.go, prune.go,
    # root.go) where they are given there.
    ('image build',): [
        dict(name='load', type='bool', usage='Shorthand for "--output=type=docker"', hidden=True),
        dict(name='progress', type='string', defValue='auto', hidden=True,
             usage='Set type of progress output ("auto", "none",  "plain", "quiet", "rawjson", "tty"). Use plain to show container output'),
        dict(name='secret', type='stringArray', usage='Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")', hidden=True),
        dict(name='ssh', type='stringArray', usage='SSH agent socket or keys to expose to the build (format: "default|<id>[=<socket>|<key>[,<key>]]")', hidden=True),
    ],
    ('builder prune',): [
        dict(name='builder', type='string', usage='Override the configured builder instance', hidden=True),
        dict(name='max-used-space', type='bytes', usage='Maximum amount of disk space allowed to keep for cache', hidden=True),
        dict(name='min-free-space', type='bytes', usage='Target amount of free disk space after pruning', hidden=True),
        dict(name='reserved-space', type='bytes', usage='Amount of disk space always allowed to keep for cache', hidden=True),
        dict(name='verbose', type='bool', usage='Provide a more verbose output', hidden=True),
    ],
}

# A paragraph added to a generated spec's header comment.
NOTES = {
    'image build': ('The legacy builder\'s command: with buildx (Engine 28\'s default) the CLI runs\n'
                    '`docker buildx build` instead (cli/builder-forward.ts; spec buildx/build.spec.ts), so this\n'
                    'one is reached only with DOCKER_BUILDKIT=0 and shown by `docker help build` and in\n'
                    '`docker image --help`. The simulator has no classic builder: the BuildKit handler runs\n'
                    'either way, so buildx\'s flags it reads stay defined here, hidden (HIDDEN in the generator).'),
    'builder prune': ('The legacy command: with buildx the CLI runs `docker buildx prune`\n'
                      '(buildx/prune.spec.ts); this one is reached with DOCKER_BUILDKIT=0 and `docker help\n'
                      'builder prune`. Hidden: buildx\'s flags the shared handler reads.'),
}

# SetAnnotation calls (feature gates) per command/flag.
RUNCREATE = {
    'gpus': {'version': '1.40'}, 'stop-timeout': {'version': '1.25'}, 'cgroupns': {'version': '1.41'},
    'health-start-period': {'version': '1.29'}, 'health-start-interval': {'version': '1.44'},
    'cpu-count': {'ostype': 'windows'}, 'cpu-percent': {'ostype': 'windows'},
    'cpu-rt-period': {'version': '1.25'}, 'cpu-rt-runtime': {'version': '1.25'}, 'cpus': {'version': '1.25'},
    'io-maxbandwidth': {'ostype': 'windows'}, 'io-maxiops': {'ostype': 'windows'}, 'init': {'version': '1.25'},
    'annotation': {'version': '1.43'}, 'use-api-socket': {'experimentalCLI': True},
}
CLUSTER = {'version': '1.42', 'swarm': 'manager'}
ANN = {
    'container run': RUNCREATE, 'container create': RUNCREATE,
    'container exec': {'env': {'version': '1.25'}, 'env-file': {'version': '1.25'}, 'workdir': {'version': '1.35'}},
    'container logs': {'until': {'version': '1.35'}},
    'container start': {'checkpoint': {'experimental': True, 'ostype': 'linux'},
                        'checkpoint-dir': {'experimental': True, 'ostype': 'linux'}},
    'container update': {'cpu-rt-period': {'version': '1.25'}, 'cpu-rt-runtime': {'version': '1.25'},
                         'pids-limit': {'version': '1.40'}, 'cpus': {'version': '1.29'}},
    'image build': {'network': {'version': '1.25'}, 'platform': {'version': '1.38'},
                    'squash': {'experimental': True, 'version': '1.25'}},
    'image history': {'platform': {'version': '1.48'}},
    'image inspect': {'platform': {'version': '1.49'}},
    'image ls': {'tree': {'version': '1.47', 'experimentalCLI': True}},
    'image load': {'platform': {'version': '1.48'}},
    'image push': {'platform': {'version': '1.46'}},
    'image rm': {'platform': {'version': '1.50'}},
    'image save': {'platform': {'version': '1.48'}},
    'system prune': {'filter': {'version': '1.28'}},
    'volume create': {k: CLUSTER for k in ['group', 'scope', 'sharing', 'availability', 'type', 'secret',
                                          'limit-bytes', 'required-bytes', 'topology-required', 'topology-preferred']},
    'volume ls': {'cluster': CLUSTER},
    'volume prune': {'all': {'version': '1.42'}},
    'volume rm': {'force': {'version': '1.25'}},
    'volume update': {'availability': CLUSTER},
}

RUNCREATE_VAL = {'attach': 'validateAttach', 'dns': 'ValidateIPAddress', 'dns-search': 'ValidateDNSSearch',
                 'device-cgroup-rule': 'validateDeviceCgroupRule', 'env': 'ValidateEnv', 'add-host': 'ValidateExtraHost',
                 'label': 'ValidateLabel', 'link': 'ValidateLink', 'sysctl': 'ValidateSysctl',
                 'memory-swap': 'MemSwapBytes', 'mount': 'MountOpt', 'ulimit': 'UlimitOpt', 'gpus': 'GpuOpts',
                 'network': 'NetworkOpt', 'net': 'NetworkOpt'}
VALIDATORS = {
    'container run': RUNCREATE_VAL, 'container create': RUNCREATE_VAL,
    'container exec': {'env': 'ValidateEnv'},
    'container update': {'memory-swap': 'MemSwapBytes'},
    'image build': {'tag': 'validateTag', 'build-arg': 'ValidateEnv', 'label': 'ValidateLabel',
                    'add-host': 'ValidateExtraHost', 'memory-swap': 'MemSwapBytes', 'ulimit': 'UlimitOpt'},
    'volume create': {'label': 'ValidateLabel'},
}

# Root command (cmd/docker/docker.go, cli/cobra.go, cli/flags/options.go).
ROOT_DEFAULTS = {'config': '$CONFIG_DIR', 'tlscacert': '$CERT_PATH/ca.pem', 'tlscert': '$CERT_PATH/cert.pem',
                 'tlskey': '$CERT_PATH/key.pem'}

FLAG_RE = re.compile(r'^  (?:-(\S), |    )--([\w-]+)(?: (\S+))?( +)(.*)$')


def parse_options(text, section):
    """Flags of one Options block of an unwrapped (width 3000) help."""
    lines = text.split('\n')
    try:
        start = lines.index(section) + 1
    except ValueError:
        return []
    flags, col = [], None
    for line in lines[start:]:
        if line == '':
            break
        m = FLAG_RE.match(line)
        if m and (col is None or not line.startswith(' ' * col)):
            short, name, typ, pad, usage = m.groups()
            col = len(line) - len(usage)
            flags.append(dict(shorthand=short, name=name, type=typ or 'bool', usage=usage))
        else:
            assert col is not None and line.startswith(' ' * col), (section, line)
            flags[-1]['usage'] += '\n' + line[col:]
    for f in flags:
        split_default(f)
    return flags


DEFAULT_PATTERNS = {
    'bool': r'true',
    'string': r'"(?:[^"\\]|\\.)*"',
    'duration': r'[0-9.]+[a-zµ]+[0-9a-zµ.]*',
}


def split_default(f):
    t = f['type']
    pat = DEFAULT_PATTERNS.get(t)
    if pat is None:
        pat = r'-?\d+' if t in ('int', 'uint', 'uint16', 'uint32', 'float', 'bytes', 'decimal') else r'(?:\[.*\]|map\[.*\]|\S+)'
    m = re.search(r' \(default (' + pat + r')\)$', f['usage'], re.S)
    if m:
        v = m.group(1)
        v = json.loads(v) if t == 'string' else v
        # pflag never prints a zero default, so a zero "(default 0s)" is part of the usage text
        # (docker's --health-interval and --blkio-weight spell it out themselves).
        if not default_is_zero(t, v):
            f['defValue'] = v
            f['usage'] = f['usage'][: m.start()]


def default_is_zero(t, v):
    """pflag defaultIsZeroValue (mirrored by flags/values.ts defaultIsZero)."""
    if t == 'bool':
        return v == 'false'
    if t == 'duration':
        return v in ('0', '0s')
    if t in ('int', 'uint', 'float'):
        return v == '0'
    if t == 'string':
        return v == ''
    if t in ('strings', 'stringArray'):
        return v == '[]'
    return v in ('false', '<nil>', '', '0')


def usage_block(text):
    """Use lines and description of a help text."""
    lines = text.split('\n')
    assert lines[0].startswith('Usage:  '), lines[0]
    use = [lines[0][len('Usage:  '):]]
    i = 1
    while lines[i] != '':
        use.append(lines[i])
        i += 1
    i += 1
    desc = []
    while i < len(lines) and lines[i] not in ('EXPERIMENTAL:', 'Aliases:', 'Options:', 'Commands:', 'Common Commands:',
                                               'Management Commands:', 'Swarm Commands:', 'Global Options:'):
        desc.append(lines[i])
        i += 1
    while desc and desc[-1] == '':
        desc.pop()
    aliases = None
    if i < len(lines) and lines[i] == 'Aliases:':
        aliases = lines[i + 1].strip()
    return use, '\n'.join(desc), aliases


def listing(text):
    """name -> short of every command listed under a "...Commands:" heading of a group help."""
    out, section = {}, False
    for line in text.split('\n'):
        if line.endswith('Commands:'):
            section = True
            continue
        if line == '':
            continue
        m = re.match(r'^  ([a-z][\w-]*)\s+(.*)$', line)
        if section and m:
            out[m.group(1)] = m.group(2)
        else:
            section = False
    return out


def shorts_of(parent_key):
    return {**listing(ALL[parent_key]['nodaemon'][0])}


ROOT_LIST = shorts_of('docker')


def short_for(path):
    parts = path.split(' ')
    parent = 'docker' if len(parts) == 1 else ' '.join(parts[:-1])
    return shorts_of(parent)[parts[-1]]


def ts_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'").replace('\n', '\\n') + "'"


def ts_val(v, indent=0):
    pad = '  ' * indent
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, str):
        return ts_str(v)
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        if not v:
            return '[]'
        if all(isinstance(x, str) for x in v):
            return '[' + ', '.join(ts_str(x) for x in v) + ']'
        return '[\n' + ''.join(pad + '  ' + ts_val(x, indent + 1) + ',\n' for x in v) + pad + ']'
    if isinstance(v, dict):
        items = [(k, x) for k, x in v.items() if x is not None]
        inner = ', '.join(f'{k if re.match(r"^[A-Za-z_]+$", k) else ts_str(k)}: {ts_val(x, indent + 1)}' for k, x in items)
        if len(inner) + len(pad) < 100 and '\n' not in inner:
            return '{ ' + inner + ' }'
        return '{\n' + ''.join(f'{pad}  {k if re.match(r"^[A-Za-z_]+$", k) else ts_str(k)}: {ts_val(x, indent + 1)},\n'
                               for k, x in items) + pad + '}'
    raise TypeError(v)


def args_rule(a):
    p = a.split(':')
    if p[0] in ('none', 'any'):
        return {'kind': p[0]}
    if p[0] == 'range':
        return {'kind': 'range', 'min': int(p[1]), 'max': int(p[2])}
    return {'kind': p[0], 'n': int(p[1])}


def flag_specs(path, text, section='Options:'):
    flags = parse_options(text, section)
    for keys, extra in HIDDEN.items():
        if path in keys:
            flags += [dict(x) for x in extra]
    ann = ANN.get(path, {})
    val = VALIDATORS.get(path, {})
    out = []
    for f in sorted(flags, key=lambda f: f['name']):
        spec = {'name': f['name']}
        if f.get('shorthand'):
            spec['shorthand'] = f['shorthand']
        spec['type'] = f['type']
        spec['usage'] = f['usage']
        if 'defValue' in f:
            spec['defValue'] = f['defValue']
        for k in ('hidden', 'deprecated'):
            if k in f:
                spec[k] = f[k]
        if f['name'] in val:
            spec['validator'] = val[f['name']]
        if f['name'] in ann:
            spec['annotations'] = ann[f['name']]
        out.append(spec)
    return out


HEADER = ('/**\n * `docker {cmd}` — data only, no behaviour: the engine attaches `run` by command path.\n'
          ' * Recorded from docker CLI 28.2.2 (`docker {cmd} --help`, no daemon, width 3000) and checked\n'
          ' * against the same help through an Engine-28-like daemon (cli/testdata/help-goldens.ts).\n'
          ' * Args, aliases and feature annotations: docker/cli v28.2.2 {src}.\n'
          ' * Generated by cli/testdata/record/gen_specs.py; edit the generator, not this file.\n */\n')


def src_of(path):
    parts = path.split(' ')
    if len(parts) == 1:
        return 'cli/command/system/' + parts[0] + '.go'
    verb = {'ls': 'list', 'rm': 'remove', 'cp': 'cp'}.get(parts[1], parts[1])
    if parts[0] == 'image' and parts[1] == 'ls':
        verb = 'list'
    return f'cli/command/{parts[0]}/{verb}.go'


def write(rel, text):
    full = os.path.join(CLI, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as fh:
        fh.write(text)


def gen_leaf(path, t):
    help_all = ALL[path]['wide'][0]
    use_lines, desc, aliases_text = usage_block(help_all)
    prefix = 'docker ' + path
    assert use_lines[0].startswith(prefix), (path, use_lines[0])
    parent = ' '.join(path.split(' ')[:-1])
    first = use_lines[0][len('docker ' + (parent + ' ' if parent else '')):]
    use = '\n'.join([first] + use_lines[1:])
    short = short_for(path)
    spec = {'path': path, 'use': use, 'short': short}
    if desc != short:
        spec['long'] = desc
    if t.get('aliases'):
        spec['aliases'] = t['aliases']
    if aliases_text:
        spec['aliasesText'] = aliases_text
    if t.get('also'):
        spec['alsoAt'] = [dict(path=p, **({'aliases': t['also_aliases'][p]} if p in t.get('also_aliases', {}) else {}))
                          for p in t['also']]
    if t.get('top'):
        spec['categoryTop'] = t['top']
    spec['args'] = args_rule(t['args'])
    if t.get('interspersed') is False:
        spec['interspersed'] = False
    if t.get('ann'):
        spec['annotations'] = t['ann']
    spec['flags'] = flag_specs(path, help_all)
    file = t.get('file') or path.replace(' ', '/')
    body = HEADER.format(cmd=path, src=src_of(path))
    if path in NOTES:
        body = body[:-4] + ' *\n' + ''.join(f' * {l}\n' for l in NOTES[path].split('\n')) + ' */\n'
    depth = file.count('/') + 1
    body += f"import type {{ CommandSpec }} from '{'../' * depth}command-spec.ts';\n\n"
    body += 'export const spec: CommandSpec = ' + ts_val(spec) + ';\n'
    write(f'command/{file}.spec.ts', body)
    return file


def gen_mgmt(name, t):
    spec = {'path': name, 'use': t['use'], 'short': ROOT_LIST[name]}
    _, desc, _ = usage_block(ALL[name]['wide'][0])
    if desc != spec['short']:
        spec['long'] = desc
    spec['args'] = {'kind': 'none'}
    if t.get('ann'):
        spec['annotations'] = t['ann']
    spec['flags'] = []
    body = HEADER.format(cmd=name, src=f'cli/command/{name}/cmd.go')
    body += "import type { CommandSpec } from '../../command-spec.ts';\n\n"
    body += 'export const spec: CommandSpec = ' + ts_val(spec) + ';\n'
    write(f'command/{name}/cmd.spec.ts', body)
    return f'{name}/cmd'


def gen_root():
    text = ALL['docker']['wide'][0]
    flags = parse_options(text, 'Global Options:')
    out = []
    for f in sorted(flags, key=lambda f: f['name']):
        spec = {'name': f['name']}
        if f.get('shorthand'):
            spec['shorthand'] = f['shorthand']
        spec['type'] = f['type']
        spec['usage'] = f['usage']
        if f['name'] in ROOT_DEFAULTS:
            spec['defValue'] = ROOT_DEFAULTS[f['name']]
        elif 'defValue' in f:
            spec['defValue'] = f['defValue']
        out.append(spec)
    spec = {'path': '', 'use': 'docker [OPTIONS] COMMAND [ARG...]', 'short': 'A self-sufficient runtime for containers',
            'args': {'kind': 'any'}, 'flags': out,
            'persistentFlags': [{'name': 'help', 'shorthand': 'h', 'type': 'bool', 'usage': 'Print usage',
                                 'hidden': True, 'shorthandDeprecated': 'use --help'}]}
    body = HEADER.format(cmd='', src='cmd/docker/docker.go, cli/cobra.go, cli/flags/options.go').replace('docker  --help', 'docker --help').replace('`docker `', '`docker`')
    body += "import type { CommandSpec } from '../command-spec.ts';\n\n"
    body += ('/** `$CONFIG_DIR` and `$CERT_PATH` in defaults are resolved at help time ($HOME/.docker by default). */\n')
    body += 'export const spec: CommandSpec = ' + ts_val(spec) + ';\n'
    write('command/root.spec.ts', body)


def gen_stubs(specced):
    """Every other command: name, use and short only, so listings and `--help` of groups are exact."""
    stubs = []
    names28 = set(listing(E28['docker']['help'][0]))
    for name, short in ROOT_LIST.items():
        if name in specced or name in MGMT or name == 'help':
            continue
        entry = stub_entry(name, short, names28)
        stubs.append(entry)
        add_group(name, entry, stubs)
    body = ('/**\n * Commands the simulator lists but does not model (networks, contexts, plugins, swarm, registry\n'
            ' * login...): use line and short description only, so `docker --help`, `docker network --help`\n'
            ' * and usage errors match CLI 28. Flags are declared (from the help); argument counts are not\n'
            ' * checked (args: any) and feature annotations on their flags are not recorded.\n'
            ' * Recorded from docker CLI 28.2.2 `--help` output; feature annotations from docker/cli v28.2.2.\n'
            ' * Generated by cli/testdata/record/gen_specs.py.\n */\n')
    body += "import type { CommandSpec } from '../command-spec.ts';\n\n"
    body += 'export const stubSpecs: readonly CommandSpec[] = ' + ts_val(stubs) + ';\n'
    write('command/stubs.spec.ts', body)


# cobra Use of the stub groups (cli/command/<group>/cmd.go v28.2.2); the others are just the name.
GROUP_USE = {'manifest': 'manifest COMMAND', 'stack': 'stack [OPTIONS]'}
# cli/command/registry/{login,logout,search}.go "category-top"
STUB_TOP = {'login': '8', 'logout': '9', 'search': '10'}
# Command annotations of the stub groups (cli/command/<group>/cmd.go and swarm/*.go, v28.2.2).
STUB_ANN = {
    'config': {'version': '1.30', 'swarm': 'manager'}, 'node': {'version': '1.24', 'swarm': 'manager'},
    'secret': {'version': '1.25', 'swarm': 'manager'}, 'service': {'version': '1.24', 'swarm': 'manager'},
    'stack': {'version': '1.25', 'swarm': 'manager'}, 'swarm': {'version': '1.24', 'swarm': ''},
    'swarm init': {'version': '1.24', 'swarm': ''}, 'swarm join': {'version': '1.24', 'swarm': ''},
    'swarm join-token': {'version': '1.24', 'swarm': 'manager'}, 'swarm leave': {'version': '1.24', 'swarm': 'active'},
    'swarm unlock': {'version': '1.24', 'swarm': 'manager'}, 'swarm unlock-key': {'version': '1.24', 'swarm': 'manager'},
    'swarm update': {'version': '1.24', 'swarm': 'manager'}, 'swarm ca': {'version': '1.30', 'swarm': 'manager'},
    'checkpoint': {'experimental': True, 'ostype': 'linux', 'version': '1.25'},
}


def parents_of(path):
    words = path.split(' ')
    return [' '.join(words[:i]) for i in range(1, len(words)) if ' '.join(words[:i]) in ALL]


def add_group(path, entry, stubs):
    """Mark a stub with subcommands as a management command and add its children."""
    if path in ALL and 'Commands:' in ALL[path]['nodaemon'][0]:
        entry['args'] = {'kind': 'none'}  # management commands use cli.NoArgs
        entry['use'] = GROUP_USE.get(path, path.split(' ')[-1])  # help shows "<path> COMMAND" itself
        subs28 = set(listing(E28[path]['help'][0])) if path in E28 else set()
        for sub, sshort in listing(ALL[path]['nodaemon'][0]).items():
            child = stub_entry(f'{path} {sub}', sshort, subs28)
            stubs.append(child)
            add_group(f'{path} {sub}', child, stubs)


def stub_entry(path, short, visible28):
    key = path
    text = ALL[key]['nodaemon'][0] if key in ALL else None
    spec = {'path': path}
    desc, aliases_text = None, None
    if text:
        use_lines, desc, aliases_text = usage_block(text)
        parent = ' '.join(path.split(' ')[:-1])
        spec['use'] = '\n'.join([use_lines[0][len('docker ' + (parent + ' ' if parent else '')):]] + use_lines[1:])
    else:
        spec['use'] = path.split(' ')[-1]
    spec['short'] = short
    if desc is not None and desc != short:
        spec['long'] = desc
    if aliases_text:
        # "docker network ls, docker network list": same-parent names are cobra aliases.
        prefix = 'docker ' + ' '.join(path.split(' ')[:-1]) + ' '
        same = [a[len(prefix):] for a in aliases_text.split(', ')[1:] if a.startswith(prefix) and ' ' not in a[len(prefix):]]
        if same:
            spec['aliases'] = same
        if aliases_text != ', '.join(['docker ' + path] + [prefix + a for a in same]):
            spec['aliasesText'] = aliases_text
    spec['args'] = {'kind': 'any'}
    spec['flags'] = flag_specs(path, ALL[key]['wide'][0]) if text and 'Options:' in text else []
    spec['stub'] = True
    if path in STUB_TOP:
        spec['categoryTop'] = STUB_TOP[path]
    if path in STUB_ANN:
        spec['annotations'] = STUB_ANN[path]
    if text and '\nEXPERIMENTAL:\n' in text and not any(('\nEXPERIMENTAL:\n' in ALL[p]['nodaemon'][0]) for p in parents_of(path)):
        spec['annotations'] = {**spec.get('annotations', {}), 'experimentalCLI': True}
    return spec


# --- buildx v0.29.1 (commands/root.go, build.go, prune.go): the plugin docker forwards builds to.
BX_ROOT_HINT = 'Experimental commands and flags are hidden. Set BUILDX_EXPERIMENTAL=1 to show them.'
BX_CMD = {
    'buildx build': dict(args='exact:1', aliases=['b'], src='commands/build.go buildCmd'),
    'buildx prune': dict(args='none', src='commands/prune.go pruneCmd'),
}
# Flags buildx defines but hides (commands/build.go:569-620, prune.go:186-187).
BX_HIDDEN = {
    'buildx build': [
        dict(name='print', type='string', usage='Print result of information request (e.g., outline, targets) (EXPERIMENTAL)', hidden=True),
        dict(name='compress', type='bool', usage='Compress the build context using gzip', hidden=True),
        dict(name='isolation', type='string', usage='Container isolation technology', hidden=True),
        dict(name='security-opt', type='strings', usage='Security options', hidden=True),
        dict(name='squash', type='bool', usage='Squash newly built layers into a single new layer (EXPERIMENTAL)', hidden=True),
        dict(name='memory', shorthand='m', type='string', usage='Memory limit', hidden=True),
        dict(name='memory-swap', type='string', usage='Swap limit equal to memory plus swap: "-1" to enable unlimited swap', hidden=True),
        dict(name='cpu-shares', shorthand='c', type='int', usage='CPU shares (relative weight)', hidden=True),
        dict(name='cpu-period', type='int', usage='Limit the CPU CFS (Completely Fair Scheduler) period', hidden=True),
        dict(name='cpu-quota', type='int', usage='Limit the CPU CFS (Completely Fair Scheduler) quota', hidden=True),
        dict(name='cpuset-cpus', type='string', usage='CPUs in which to allow execution ("0-3", "0,1")', hidden=True),
        dict(name='cpuset-mems', type='string', usage='MEMs in which to allow execution ("0-3", "0,1")', hidden=True),
        dict(name='rm', type='bool', usage='Remove intermediate containers after a successful build', defValue='true', hidden=True),
        dict(name='force-rm', type='bool', usage='Always remove intermediate containers', hidden=True),
    ],
    'buildx prune': [
        dict(name='keep-storage', type='bytes', usage='Amount of disk space to keep for cache',
             deprecated='keep-storage flag has been changed to reserved-space'),
    ],
}
BX_VALIDATORS = {'buildx build': {'ulimit': 'UlimitOpt'}}
# rootFlags: --builder defaults to $BUILDX_BUILDER (resolved by the dispatcher).
BX_DEFAULTS = {'builder': '$BUILDX_BUILDER'}
BX_HEADER = ('/**\n * `docker {cmd}` — data only, no behaviour: the engine attaches `run` by command path.\n'
             ' * Recorded from the buildx v0.29.1 CLI plugin under docker CLI 28 (`docker {cmd} --help`, width\n'
             ' * 3000; cli/testdata/record/rec_buildx.py) and checked against the 80-column help\n'
             ' * (cli/testdata/buildx-goldens.ts). Args, aliases, hidden flags: buildx v0.29.1 {src}.\n'
             ' * Generated by cli/testdata/record/gen_specs.py; edit the generator, not this file.\n */\n')


def bx_persistent():
    """--builder and -D/--debug: the buildx root's persistent flags (commands/root.go rootFlags)."""
    out = []
    for f in parse_options(BX['wide']['buildx'][0], 'Options:'):
        spec = {'name': f['name']}
        if f.get('shorthand'):
            spec['shorthand'] = f['shorthand']
        spec['type'] = f['type']
        spec['usage'] = f['usage']
        if f['name'] in BX_DEFAULTS:
            spec['defValue'] = BX_DEFAULTS[f['name']]
        elif 'defValue' in f:
            spec['defValue'] = f['defValue']
        out.append(spec)
    return out


def bx_flags(path):
    """A buildx command's own flags: its Options minus the inherited ones, plus the hidden ones.
    A persistent flag missing from the help was shadowed by cobrautil.HideInheritedFlags (a hidden
    local string flag of the same name, util/cobrautil/cobrautil.go)."""
    inherited = {f['name'] for f in bx_persistent()}
    text = BX['wide'][path][0]
    parsed = parse_options(text, 'Options:')
    flags = [f for f in parsed if f['name'] not in inherited]
    shown = {f['name'] for f in parsed}
    flags += [dict(name=n, type='string', usage='', hidden=True) for n in sorted(inherited - shown)]
    flags += [dict(x) for x in BX_HIDDEN.get(path, [])]
    val = BX_VALIDATORS.get(path, {})
    out = []
    for f in sorted(flags, key=lambda f: f['name']):
        spec = {'name': f['name']}
        if f.get('shorthand'):
            spec['shorthand'] = f['shorthand']
        spec['type'] = f['type']
        spec['usage'] = f['usage']
        for k in ('defValue', 'hidden', 'deprecated'):
            if k in f:
                spec[k] = f[k]
        if f['name'] in val:
            spec['validator'] = val[f['name']]
        out.append(spec)
    return out


def bx_use(path, text):
    use_lines, desc, aliases_text = usage_block(text)
    parent = ' '.join(path.split(' ')[:-1])
    first = use_lines[0][len('docker ' + parent + ' '):]
    return '\n'.join([first] + use_lines[1:]), desc, aliases_text


def gen_buildx():
    """command/buildx/{cmd,build,prune,stubs}.spec.ts."""
    files = []
    root_short = 'Docker Buildx'  # cobra Short of NewRootCmd (commands/root.go); its help shows Long
    _, long_desc, _ = usage_block(BX['wide']['buildx'][0])
    spec = {'path': 'buildx', 'use': 'buildx', 'short': root_short, 'long': long_desc, 'args': {'kind': 'any'},
            'flags': [], 'persistentFlags': bx_persistent(), 'additionalHelp': BX_ROOT_HINT, 'plugin': True,
            'hidden': True}
    body = BX_HEADER.format(cmd='buildx', src='commands/root.go NewRootCmd')
    body = body[:-4] + (' *\n * A CLI plugin (docker-buildx): `plugin` makes the dispatcher print errors as buildx\'s main\n'
                        ' * does. Hidden from `docker --help` here: with the plugin installed docker lists it as\n'
                        ' * `buildx*     Docker Buildx` (and `bake` under Common Commands), which the recorded\n'
                        ' * root help (no plugins) does not show.\n */\n')
    body += "import type { CommandSpec } from '../../command-spec.ts';\n\n"
    body += 'export const spec: CommandSpec = ' + ts_val(spec) + ';\n'
    write('command/buildx/cmd.spec.ts', body)
    files.append('buildx/cmd')
    for path, t in BX_CMD.items():
        text = BX['wide'][path][0]
        use, desc, aliases_text = bx_use(path, text)
        short = listing(BX['help']['buildx'][0])[path.split(' ')[-1]]
        spec = {'path': path, 'use': use, 'short': short}
        if desc != short:
            spec['long'] = desc
        if t.get('aliases'):
            spec['aliases'] = t['aliases']
        if aliases_text:
            spec['aliasesText'] = aliases_text
        spec['args'] = args_rule(t['args'])
        spec['flags'] = bx_flags(path)
        body = BX_HEADER.format(cmd=path, src=t['src'])
        body += "import type { CommandSpec } from '../../command-spec.ts';\n\n"
        body += 'export const spec: CommandSpec = ' + ts_val(spec) + ';\n'
        name = path.split(' ')[-1]
        write(f'command/buildx/{name}.spec.ts', body)
        files.append(f'buildx/{name}')
    stubs = []
    for path in BX['help']:
        if not path.startswith('buildx ') or path in BX_CMD or path == 'buildx b':
            continue
        text = BX['wide'][path][0]
        use, desc, aliases_text = bx_use(path, text)
        parent = ' '.join(path.split(' ')[:-1])
        short = listing(BX['help'][parent][0])[path.split(' ')[-1]]
        spec = {'path': path, 'use': use, 'short': short}
        if desc != short:
            spec['long'] = desc
        if aliases_text:
            prefix = 'docker ' + parent + ' '
            same = [a[len(prefix):] for a in aliases_text.split(', ')[1:] if a.startswith(prefix)]
            if same:
                spec['aliases'] = same
            if aliases_text != ', '.join(['docker ' + path] + [prefix + a for a in same]):
                spec['aliasesText'] = aliases_text
        spec['args'] = {'kind': 'any'}
        spec['flags'] = bx_flags(path)
        spec['stub'] = True
        stubs.append(spec)
    body = ('/**\n * The other buildx v0.29.1 commands (builders, bake, history, imagetools...): use line, short\n'
            ' * description and flags from their recorded help (rec_buildx.py), so `docker buildx --help` and\n'
            ' * their own help are exact; argument counts are not checked (args: any) and running one says it\n'
            ' * is not available in this simulation. Generated by cli/testdata/record/gen_specs.py.\n */\n')
    body += "import type { CommandSpec } from '../../command-spec.ts';\n\n"
    body += 'export const buildxStubSpecs: readonly CommandSpec[] = ' + ts_val(stubs) + ';\n'
    write('command/buildx/stubs.spec.ts', body)
    return files


# Help texts docker no longer prints itself once buildx is installed: forwarded to the plugin.
FORWARDED = ('build', 'image build', 'builder build', 'builder', 'builder prune')


def forwarded(key):
    return key.split('@')[0] in FORWARDED


def gen_buildx_goldens():
    """testdata/buildx-goldens.ts: the plugin's help and front-end cases, and the legacy texts."""
    helps = {k: v[0] for k, v in BX['help'].items() if k != 'docker'}
    for k, v in helps.items():
        assert BX['help'][k][1] == '' and BX['help'][k][2] == 0, k
    legacy = {k: v['help'][0] for k, v in E28.items() if forwarded(k)}
    cases = [dict(argv=a, env=e, stdout=o, stderr=er, status=rc) for a, e, o, er, rc in BX['dispatch']]
    body = ('/**\n * docker CLI 28 with the buildx v0.29.1 plugin (built from source, rec_buildx.py) through fake.py\n'
            ' * (Engine-28-like /_ping), HOME=/root, stdin not a terminal (80 columns) or a pty of the width\n'
            ' * after `@`. Generated by cli/testdata/record/gen_specs.py.\n */\n')
    body += '/** `docker <key> --help`. */\n'
    body += 'export const BUILDX_HELP_GOLDENS: Readonly<Record<string, string>> = ' + ts_val(helps) + ';\n\n'
    body += ('/** Front-end cases: extra environment, what was printed, the exit status. */\n'
             'export interface BuildxCase { argv: string[]; env: Record<string, string>; stdout: string; stderr: string; status: number }\n\n')
    body += 'export const BUILDX_DISPATCH_GOLDENS: readonly BuildxCase[] = ' + json.dumps(cases, indent=1, ensure_ascii=False) + ';\n\n'
    body += ('/**\n * The legacy builder\'s help for the forwarded commands (docker CLI 28.2.2 without buildx, from\n'
             ' * help-28.json): still what `docker help build` and DOCKER_BUILDKIT=0 show.\n */\n')
    body += 'export const LEGACY_BUILD_HELP: Readonly<Record<string, string>> = ' + ts_val(legacy) + ';\n'
    write('testdata/buildx-goldens.ts', body)


def gen_goldens(paths):
    """80-column help of every specced command as a student on Engine 28 sees it."""
    out = {}
    for p in paths:
        key = p or 'docker'
        if key in E28:
            out[key] = E28[key]['help'][0]
    for k, v in E28.items():
        if '@' in k or k not in out:
            out[k] = v['help'][0]
    # With buildx these print the plugin's help (testdata/buildx-goldens.ts).
    out = {k: v for k, v in out.items() if not forwarded(k)}
    body = ('/**\n * `docker <path> --help` from docker CLI 28.2.2 through fake.py (a daemon stub answering /_ping as\n'
            ' * Engine 28 on Linux: API 1.51, not experimental, Swarm inactive), stdin not a terminal (80\n'
            ' * columns) or a pty of the width after `@`. HOME=/root. Generated by record/gen_specs.py.\n */\n')
    body += 'export const HELP_GOLDENS: Readonly<Record<string, string>> = ' + ts_val(out) + ';\n'
    write('testdata/help-goldens.ts', body)


def main():
    files = []
    specced = set()
    for path, t in C.items():
        files.append(gen_leaf(path, t))
        specced.add(path)
        for a in t.get('also', []):
            specced.add(a)
    for name, t in MGMT.items():
        files.append(gen_mgmt(name, t))
    files += gen_buildx()
    gen_buildx_goldens()
    gen_root()
    gen_stubs(specced)
    all_paths = [''] + list(MGMT) + list(C) + [a for t in C.values() for a in t.get('also', [])]
    gen_goldens(all_paths)
    # index of all specs
    lines = ['/**\n * Every command spec, in registration order. Generated by cli/testdata/record/gen_specs.py.\n */\n',
             "import type { CommandSpec } from '../command-spec.ts';\n",
             "import { spec as root } from './root.spec.ts';\n",
             "import { stubSpecs } from './stubs.spec.ts';\n",
             "import { buildxStubSpecs } from './buildx/stubs.spec.ts';\n"]
    names = []
    for f in files:
        ident = re.sub(r'[^A-Za-z0-9]', '_', f)
        names.append(ident)
        lines.append(f"import {{ spec as {ident} }} from './{f}.spec.ts';\n")
    lines.append('\nexport const rootSpec: CommandSpec = root;\n')
    lines.append('\n/** All commands below the root (specced and stubs). */\nexport const commandSpecs: readonly CommandSpec[] = [\n')
    for n in names:
        lines.append(f'  {n},\n')
    lines.append('  ...stubSpecs,\n  ...buildxStubSpecs,\n];\n')
    write('command/index.ts', ''.join(lines))
    print('generated', len(files), 'spec files')


if __name__ == '__main__':
    main()
