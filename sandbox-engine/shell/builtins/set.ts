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
  const { sh, flavour } = b;
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
  const order = b.flavour === 'busybox' ? BB_ORDER : GNU_ORDER;
  let out = '';
  for (const name of order) {
    const v = optionValue(b, name);
    if (!on) out += `set ${v ? '-' : '+'}o ${name}\n`;
    else if (b.flavour === 'busybox') out += `${name.padEnd(16)}${v ? 'on' : 'off'}\n`;
    else out += `${name.padEnd(15)}\t${v ? 'on' : 'off'}\n`;
  }
  await b.stdout.write(out);
}

export const set: Builtin = { name: 'set', special: true, run };
