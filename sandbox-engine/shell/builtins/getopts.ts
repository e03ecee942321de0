/** getopts optstring name [args]: POSIX option parsing through OPTIND/OPTARG. */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';

/** Position inside a bundle of options (`-abc`) between calls, per shell. */
const charPos = new WeakMap<object, { ind: number; pos: number }>();

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const [spec, name, ...rest] = b.argv.slice(1);
  if (spec === undefined || name === undefined) {
    if (b.dialect === 'dash') return b.fail('Usage: getopts optstring var [arg...]', 2);
    await b.error('usage: getopts optstring name [arg ...]');
    return 2;
  }
  const args = rest.length > 0 ? rest : sh.positional;
  const silent = spec.startsWith(':');
  const optstring = silent ? spec.slice(1) : spec;
  let ind = Number(sh.vars.get('OPTIND') ?? '1');
  if (!Number.isInteger(ind) || ind < 1) ind = 1;
  let state = charPos.get(sh.vars);
  if (!state || state.ind !== ind) state = { ind, pos: 1 };
  const arg = args[ind - 1];
  const done = () => {
    sh.vars.set(name, '?');
    sh.vars.unset('OPTARG');
    charPos.delete(sh.vars);
    return 1;
  };
  if (arg === undefined || !arg.startsWith('-') || arg === '-') return done();
  if (arg === '--') {
    sh.vars.set('OPTIND', String(ind + 1));
    return done();
  }
  const c = arg[state.pos];
  let nextInd = ind;
  let nextPos = state.pos + 1;
  if (nextPos >= arg.length) {
    nextInd = ind + 1;
    nextPos = 1;
  }
  const i = optstring.indexOf(c);
  const prog = sh.arg0;
  if (i < 0 || c === ':') {
    if (silent) {
      sh.vars.set(name, '?');
      sh.vars.set('OPTARG', c);
    } else {
      await b.stderr.write(isAlmquist(b.dialect) ? `Illegal option -${c}\n` : `${prog}: illegal option -- ${c}\n`);
      sh.vars.set(name, '?');
      sh.vars.unset('OPTARG');
    }
  } else if (optstring[i + 1] === ':') {
    let val: string | undefined;
    if (nextPos !== 1) {
      val = arg.slice(state.pos + 1);
      nextInd = ind + 1;
      nextPos = 1;
    } else {
      val = args[nextInd - 1];
      if (val !== undefined) nextInd++;
    }
    if (val === undefined) {
      if (silent) {
        sh.vars.set(name, ':');
        sh.vars.set('OPTARG', c);
      } else {
        await b.stderr.write(isAlmquist(b.dialect) ? `No arg for -${c} option\n` : `${prog}: option requires an argument -- ${c}\n`);
        sh.vars.set(name, '?');
        sh.vars.unset('OPTARG');
      }
    } else {
      sh.vars.set(name, c);
      sh.vars.set('OPTARG', val);
    }
  } else {
    sh.vars.set(name, c);
    // dash empties OPTARG for an option without an argument; bash unsets it.
    if (b.dialect === 'dash') sh.vars.set('OPTARG', '');
    else sh.vars.unset('OPTARG');
  }
  sh.vars.set('OPTIND', String(nextInd));
  charPos.set(sh.vars, { ind: nextInd, pos: nextPos });
  return 0;
}

export const getopts: Builtin = { name: 'getopts', run };
