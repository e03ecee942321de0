/**
 * du: disk usage of directories (and with -a files), in 1K blocks by default; -s summary, -h
 * human-readable, -c grand total, -d N depth, -x one file system, -b/-k/-m units, -L/-H follow links.
 * Hard-linked files count once. Allocation is whole 4 KiB blocks (see lib/sizes.ts).
 *
 * GNU: `du: cannot read directory './x': Permission denied` (and still prints the directory),
 * `du: cannot access 'zz': ...`, sizes rounded up, -h like `2.9M`/`12K`. busybox:
 * `du: can't open './x': Permission denied` (and omits that directory's line), `du: zz: ...`,
 * -h like `12.0K`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { attempt, errText, joinPath, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { bbHuman, blocks512, gnuHuman } from './lib/sizes.ts';
import { pace } from './lib/pace.ts';

const GNU_SPEC: OptionSpec = {
  name: 'du',
  short: 'abcd:hHklLmsSxB:',
  long: [
    { name: 'all', arg: 'none', key: 'a' },
    { name: 'apparent-size', arg: 'none', key: 'apparent' },
    { name: 'bytes', arg: 'none', key: 'b' },
    { name: 'total', arg: 'none', key: 'c' },
    { name: 'max-depth', arg: 'required', key: 'd' },
    { name: 'human-readable', arg: 'none', key: 'h' },
    { name: 'dereference', arg: 'none', key: 'L' },
    { name: 'summarize', arg: 'none', key: 's' },
    { name: 'one-file-system', arg: 'none', key: 'x' },
    { name: 'block-size', arg: 'required', key: 'B' },
    { name: 'count-links', arg: 'none', key: 'l' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'du', short: 'aHkLsxd:lcbhm' };

interface Run {
  ctx: ProcessContext;
  gnu: boolean;
  all: boolean;
  maxDepth: number;
  /** Unit in bytes; 0 is human-readable. */
  unit: number;
  bytes: boolean;
  oneFs: boolean;
  follow: 'never' | 'cmdline' | 'always';
  countLinks: boolean;
  seen: Set<string>;
  status: number;
  out: string[];
}

function format(r: Run, bytes: number): string {
  if (r.gnu) {
    if (r.unit === 0) return gnuHuman(bytes);
    return String(Math.ceil(bytes / r.unit));
  }
  if (r.unit === 0) return bbHuman(bytes, 1);
  // busybox rounds fixed units to the nearest, after adding (unit-1)/1024 of a block.
  const blocks = bytes / 512 + Math.floor((r.unit - 1) / 1024);
  return String(Math.floor((blocks * 512 + r.unit / 2) / r.unit));
}

async function emit(r: Run, bytes: number, name: string): Promise<void> {
  r.out.push(`${format(r, bytes)}\t${name}\n`);
  if (r.out.length > 128) await flushOut(r);
}

async function flushOut(r: Run): Promise<void> {
  if (r.out.length === 0) return;
  const s = r.out.join('');
  r.out = [];
  await r.ctx.stdout.write(s);
}

async function complain(r: Run, text: string): Promise<void> {
  await flushOut(r);
  await warn(r.ctx, 'du', text);
  r.status = 1;
}

function usage(st: Stat, apparent: boolean): number {
  return apparent ? st.size : blocks512(st) * 512;
}

async function du(r: Run, path: string, depth: number, dev: number): Promise<number> {
  const ctx = r.ctx;
  ctx.tick();
  const follow = r.follow === 'always' || (r.follow === 'cmdline' && depth === 0);
  const s = attempt(() => (follow ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
  if (!s.ok) {
    await complain(r, r.gnu ? `cannot access ${qa(ctx, path)}: ${errText(s.error)}` : `${path}: ${errText(s.error)}`);
    return 0;
  }
  const st = s.value;
  if (r.oneFs && depth > 0 && st.dev !== dev) return 0;
  if (!r.countLinks && st.kind !== 'dir' && st.nlink > 1) {
    const key = `${st.dev}:${st.ino}`;
    if (r.seen.has(key)) return 0;
    r.seen.add(key);
  }
  let sum = usage(st, r.bytes);
  if (st.kind === 'dir') {
    const names = attempt(() => ctx.fs.readdir(path));
    if (!names.ok) {
      if (r.gnu) await complain(r, `cannot read directory ${qa(ctx, path)}: ${errText(names.error)}`);
      else {
        await complain(r, `can't open '${path}': ${errText(names.error)}`);
        return sum;
      }
    } else {
      for (const n of names.value) {
        await pace(ctx);
        sum += await du(r, joinPath(path, n), depth + 1, depth === 0 ? st.dev : dev);
      }
    }
  } else if (!r.all && depth !== 0) return sum;
  if (depth <= r.maxDepth) await emit(r, sum, path);
  return sum;
}

export const applet: Applet = {
  name: 'du',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    const r: Run = {
      ctx,
      gnu,
      all: p.has('a'),
      maxDepth: Infinity,
      unit: 1024,
      bytes: p.has('b') || p.has('apparent'),
      oneFs: p.has('x'),
      follow: 'never',
      countLinks: p.has('l'),
      seen: new Set(),
      status: 0,
      out: [],
    };
    for (const { key, value } of p.opts) {
      if (key === 'h') r.unit = 0;
      else if (key === 'k') r.unit = 1024;
      else if (key === 'm') r.unit = 1024 * 1024;
      else if (key === 'b') r.unit = 1;
      else if (key === 'L') r.follow = 'always';
      else if (key === 'H') r.follow = 'cmdline';
      else if (key === 's') r.maxDepth = 0;
      else if (key === 'd') {
        if (!/^\d+$/.test(value ?? '')) {
          if (gnu) {
            await warn(ctx, 'du', `invalid maximum depth ${qa(ctx, value ?? '')}`);
            return 1;
          }
          await warn(ctx, 'du', `invalid number '${value}'`);
          return 1;
        }
        r.maxDepth = Number(value);
      } else if (key === 'B') {
        const m = /^(\d*)([KMG]?)$/.exec(value ?? '');
        if (!m || (m[1] === '' && m[2] === '')) {
          await warn(ctx, 'du', `invalid -B argument ${qa(ctx, value ?? '')}`);
          return 1;
        }
        r.unit = (m[1] ? Number(m[1]) : 1) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[m[2]];
      }
    }
    if (gnu && p.has('s') && p.has('a')) return usageError(ctx, 'du', 'cannot both summarize and show all entries');
    if (gnu && p.has('s') && p.has('d') && r.maxDepth !== 0) {
      await warn(ctx, 'du', `warning: summarizing conflicts with --max-depth=${r.maxDepth}`);
      return usageError(ctx, 'du', null);
    }
    const ops = p.operands.length > 0 ? p.operands : ['.'];
    let total = 0;
    for (const path of ops) total += await du(r, path, 0, 0);
    if (p.has('c')) await emit(r, total, 'total');
    await flushOut(r);
    return r.status;
  },
};
