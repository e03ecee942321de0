/** Builtins only dash has here: `chdir` (another name for cd) and `times` (no CPU time is spent). */
import type { Builtin } from './types.ts';
import { cd } from './cd.ts';

export const chdir: Builtin = { name: 'chdir', run: (b) => cd.run(b) };

/** The shell's and its children's user and system times, as dash prints them. */
export const times: Builtin = {
  name: 'times',
  special: true,
  run: async (b) => {
    await b.stdout.write('0m0.000000s 0m0.000000s\n0m0.000000s 0m0.000000s\n');
    return 0;
  },
};

/** dash's ulimit table: option, label for -a, soft and hard values (a Debian 12 host's). */
const LIMITS: [string, string, string, string][] = [
  ['t', 'time(seconds)', 'unlimited', 'unlimited'],
  ['f', 'file(blocks)', 'unlimited', 'unlimited'],
  ['d', 'data(kbytes)', 'unlimited', 'unlimited'],
  ['s', 'stack(kbytes)', '8192', 'unlimited'],
  ['c', 'coredump(blocks)', '0', 'unlimited'],
  ['m', 'memory(kbytes)', 'unlimited', 'unlimited'],
  ['l', 'locked memory(kbytes)', '8192', '8192'],
  ['p', 'process', '96364', '96364'],
  ['n', 'nofiles', '1024', '20000'],
  ['v', 'vmemory(kbytes)', 'unlimited', 'unlimited'],
  ['w', 'locks', 'unlimited', 'unlimited'],
  ['r', 'rtprio', '0', '0'],
];

/**
 * ulimit [-HSa] [-tfdscmlpnvwr] [value]: shows the limits and remembers new soft ones (nothing is
 * enforced). Raising a soft limit over the hard one is refused as the kernel refuses it.
 */
export const ulimit: Builtin = {
  name: 'ulimit',
  run: async (b) => {
    const { sh } = b;
    let hard = false;
    let all = false;
    let which = 'f';
    let args = b.argv.slice(1);
    while (args.length > 0 && /^-./.test(args[0])) {
      const a = args[0];
      args = args.slice(1);
      if (a === '--') break;
      for (const c of a.slice(1)) {
        if (c === 'H') hard = true;
        else if (c === 'S') hard = false;
        else if (c === 'a') all = true;
        else if (LIMITS.some(([l]) => l === c)) which = c;
        else return b.fail(`Illegal option -${c}`, 2);
      }
    }
    const value = (l: (typeof LIMITS)[number]) => (hard ? l[3] : sh.ulimits.get(l[0]) ?? l[2]);
    if (all) {
      await b.stdout.write(LIMITS.map((l) => `${l[1].padEnd(20)} ${value(l)}\n`).join(''));
      return 0;
    }
    const lim = LIMITS.find(([l]) => l === which)!;
    if (args.length === 0) {
      await b.stdout.write(`${value(lim)}\n`);
      return 0;
    }
    const v = args[0];
    if (v !== 'unlimited' && !/^[0-9]+$/.test(v)) return b.fail('bad number', 2);
    const max = lim[3];
    if (max !== 'unlimited' && (v === 'unlimited' || BigInt(v) > BigInt(max))) return b.fail('error setting limit (Operation not permitted)', 2);
    sh.ulimits.set(lim[0], v);
    return 0;
  },
};
