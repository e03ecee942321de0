/**
 * set: options (-e -u -x -f -a -C -v -n, -o NAME, +o), positional parameters (`set -- a b`), and
 * with no arguments the list of variables. Listings recorded from bash 5.2 and busybox 1.35.
 */
import type { Builtin, BuiltinContext } from './types.ts';
import type { ShellOptions } from '../shell-state.ts';
import { ashQuote } from './export.ts';
import { arrayText } from './declare.ts';

const LETTERS: Record<string, keyof ShellOptions> = {
  a: 'allexport',
  e: 'errexit',
  f: 'noglob',
  u: 'nounset',
  x: 'xtrace',
  v: 'verbose',
  C: 'noclobber',
  n: 'noexec',
};

/** Options a shell accepts but that change nothing here. */
const INERT_GNU = ['braceexpand', 'emacs', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history', 'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'nolog', 'notify', 'onecmd', 'physical', 'posix', 'privileged', 'vi'];
const GNU_ORDER = ['allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history', 'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'noglob', 'nolog', 'notify', 'nounset', 'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose', 'vi', 'xtrace'];
const GNU_ON = new Set(['braceexpand', 'hashall', 'interactive-comments']);
const GNU_ON_INTERACTIVE = new Set(['emacs', 'histexpand', 'history', 'monitor']);
const BB_ORDER = ['errexit', 'noglob', 'ignoreeof', 'monitor', 'noexec', 'xtrace', 'verbose', 'noclobber', 'allexport', 'notify', 'nounset', 'errtrace', 'vi', 'pipefail'];

const SAFE = /^[A-Za-z0-9_./:=,+@%^-]*$/;

/** bash's `set` listing quotes values that need it: 'a b', 'it'\''s'. */
function bashValue(v: string): string {
  if (v !== '' && SAFE.test(v)) return v;
  if (/[\x00-\x1f\x7f]/.test(v)) {
    return `$'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/[\x00-\x1f\x7f]/g, (c) => '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'))}'`;
  }
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

function optionValue(b: BuiltinContext, name: string): boolean {
  const o = b.sh.opts as unknown as Record<string, boolean>;
  if (name in o) return o[name];
  if (GNU_ON.has(name)) return true;
  if (b.interp.interactive && GNU_ON_INTERACTIVE.has(name)) return true;
  return false;
}

async function run(b: BuiltinContext): Promise<number> {
  if (b.dialect === 'dash') return dashSet(b);
  const { sh } = b;
  const flavour = b.dialect === 'ash' ? 'busybox' : 'gnu';
  const args = b.argv.slice(1);
  if (args.length === 0) {
    let out = '';
    for (const [name, v] of sh.vars.visible()) {
      if (v.array && flavour === 'gnu') {
        out += `${name}=${arrayText(v.array)}\n`;
        continue;
      }
      if (v.value === undefined) continue;
      out += flavour === 'busybox' ? `${name}=${ashQuote(v.value)}\n` : `${name}=${bashValue(v.value)}\n`;
    }
    await b.stdout.write(out);
    return 0;
  }
  let i = 0;
  const known = (name: string) => name in sh.opts || (flavour === 'gnu' ? INERT_GNU.includes(name) : BB_ORDER.includes(name));
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      sh.positional = args.slice(i + 1);
      return 0;
    }
    if (a === '-') {
      sh.opts.xtrace = false;
      sh.opts.verbose = false;
      sh.positional = args.slice(i + 1);
      return 0;
    }
    if ((a[0] !== '-' && a[0] !== '+') || a.length < 2) break;
    const on = a[0] === '-';
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'o') {
        const name = args[i + 1];
        if (name === undefined) {
          await listOptions(b, on);
          return 0;
        }
        i++;
        if (!known(name)) {
          if (flavour === 'busybox') return b.fail(`illegal option ${a[0]}o ${name}`, 1);
          await b.error(`${name}: invalid option name`);
          return 2;
        }
        if (name in sh.opts) (sh.opts as unknown as Record<string, boolean>)[name] = on;
        continue;
      }
      const opt = LETTERS[c];
      if (opt === undefined) {
        if ('bhkmpBEHPT'.includes(c) && flavour === 'gnu') continue;
        if (flavour === 'busybox') return b.fail(`illegal option ${a[0]}${c}`, 2);
        await b.error(`${a[0]}${c}: invalid option`);
        await b.stderr.write('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
        return 2;
      }
      sh.opts[opt] = on;
      if (opt === 'allexport') sh.vars.allexport = on;
    }
  }
  if (i < args.length) sh.positional = args.slice(i);
  return 0;
}

async function listOptions(b: BuiltinContext, on: boolean): Promise<void> {
  const bb = b.dialect === 'ash';
  const order = bb ? BB_ORDER : GNU_ORDER;
  let out = '';
  for (const name of order) {
    const v = optionValue(b, name);
    if (!on) out += `set ${v ? '-' : '+'}o ${name}\n`;
    else if (bb) out += `${name.padEnd(16)}${v ? 'on' : 'off'}\n`;
    else out += `${name.padEnd(15)}\t${v ? 'on' : 'off'}\n`;
  }
  await b.stdout.write(out);
}

/** dash 0.5.12's options (Debian's build), in its order, with their letters. */
const DASH_OPTIONS: [string, string][] = [
  ['errexit', 'e'], ['noglob', 'f'], ['ignoreeof', 'I'], ['interactive', 'i'], ['monitor', 'm'], ['noexec', 'n'],
  ['stdin', 's'], ['xtrace', 'x'], ['verbose', 'v'], ['vi', 'V'], ['emacs', 'E'], ['noclobber', 'C'], ['allexport', 'a'],
  ['notify', 'b'], ['nounset', 'u'], ['privileged', 'p'], ['nolog', ''], ['debug', ''],
];

function dashOption(b: BuiltinContext, name: string): boolean {
  const o = b.sh.opts as unknown as Record<string, boolean>;
  if (name in o) return o[name];
  if (name === 'interactive' || name === 'monitor' || name === 'stdin') return b.interp.interactive;
  return b.sh.inertOpts.get(name) ?? false;
}

function setDashOption(b: BuiltinContext, name: string, on: boolean): void {
  const o = b.sh.opts as unknown as Record<string, boolean>;
  if (name in o) o[name] = on;
  else b.sh.inertOpts.set(name, on);
  if (name === 'allexport') b.sh.vars.allexport = on;
}

/** dash's set: `set` lists every variable quoted, sorted; `set -o`/`+o` list options; errors end a script. */
async function dashSet(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const args = b.argv.slice(1);
  if (args.length === 0) {
    const vars = [...sh.vars.visible()].filter(([, v]) => v.value !== undefined).sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0));
    await b.stdout.write(vars.map(([name, v]) => `${name}=${ashQuote(v.value!)}\n`).join(''));
    return 0;
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--' || a === '-') {
      if (a === '-') {
        sh.opts.xtrace = false;
        sh.opts.verbose = false;
      }
      // `set --` alone empties the parameters; `set -` alone leaves them.
      if (i + 1 < args.length || a === '--') sh.positional = args.slice(i + 1);
      return 0;
    }
    if ((a[0] !== '-' && a[0] !== '+') || a.length < 2) break;
    const on = a[0] === '-';
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'o') {
        const name = args[i + 1];
        if (name === undefined) {
          let out = on ? 'Current option settings\n' : '';
          for (const [n] of DASH_OPTIONS) {
            const v = dashOption(b, n);
            out += on ? `${n.padEnd(16)}${v ? 'on' : 'off'}\n` : `set ${v ? '-o' : '+o'} ${n}\n`;
          }
          await b.stdout.write(out);
          continue;
        }
        i++;
        if (!DASH_OPTIONS.some(([n]) => n === name)) return b.fail(`Illegal option -o ${name}`, 2);
        setDashOption(b, name, on);
        continue;
      }
      const opt = DASH_OPTIONS.find(([, l]) => l === c);
      if (opt === undefined) return b.fail(`Illegal option -${c}`, 2);
      setDashOption(b, opt[0], on);
    }
  }
  if (i < args.length) sh.positional = args.slice(i);
  return 0;
}

export const set: Builtin = { name: 'set', special: true, run };
