/**
 * find: walk directory trees and evaluate an expression on each file (GNU findutils 4.9 and
 * busybox semantics): paths first (default `.`), then tests/actions; -print is implied when the
 * expression has no action. Traversal is pre-order (post-order with -depth/-delete); entries are
 * visited in name order (the real programs use the directory's own order, which varies).
 *
 * -exec CMD {} \; runs CMD through ctx.exec for each match; `-exec CMD {} +` batches the names and
 * runs once at the end.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { attempt, bbShowUsage, errText, joinPath, lastComponent, ql, warn } from './lib/fs-common.ts';
import { compare, FindError, parseExpression, permMatches, startsExpression, type Globals, type Node } from './lib/find-expr.ts';
import { IdNames } from './lib/id-names.ts';
import { modeString, typeLetter } from './lib/modestring.ts';
import { blocks512 } from './lib/sizes.ts';
import { lsDate, MONTHS, WEEKDAYS } from './lib/fs-time.ts';
import { pace } from './lib/pace.ts';

interface Visit {
  path: string;
  name: string;
  depth: number;
  st: Stat;
  start: string;
}

interface Run {
  ctx: ProcessContext;
  gnu: boolean;
  globals: Globals;
  expr: Node;
  ids: IdNames;
  now: number;
  status: number;
  quit: boolean;
  prune: boolean;
  out: string[];
  batches: Map<number, { argv: string[]; paths: string[] }>;
  startDev: number;
}

async function flush(r: Run): Promise<void> {
  if (r.out.length === 0) return;
  const s = r.out.join('');
  r.out = [];
  await r.ctx.stdout.write(s);
}

async function report(r: Run, path: string, text: string): Promise<void> {
  await flush(r);
  await warn(r.ctx, 'find', r.gnu ? `${ql(r.ctx, path)}: ${text}` : `${path}: ${text}`);
  r.status = 1;
}

function substitute(argv: string[], path: string): string[] {
  return argv.map((a) => a.split('{}').join(path));
}

async function evaluate(r: Run, n: Node, v: Visit): Promise<boolean> {
  const st = v.st;
  switch (n.t) {
    case 'and':
      return (await evaluate(r, n.a, v)) && (await evaluate(r, n.b, v));
    case 'or':
      return (await evaluate(r, n.a, v)) || (await evaluate(r, n.b, v));
    case 'not':
      return !(await evaluate(r, n.a, v));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'name':
      return n.re.test(v.name);
    case 'path':
    case 'regex':
      return n.re.test(v.path);
    case 'type':
      return n.kinds.includes(typeLetter(st.kind) === '-' ? 'f' : typeLetter(st.kind));
    case 'num': {
      let value: number;
      if (n.field === 'size') value = Math.ceil(st.size / (n.unit ?? 512));
      else if (n.field === 'links') value = st.nlink;
      else if (n.field === 'inum') value = st.ino;
      else value = st[n.field];
      return compare(n.cmp, value);
    }
    case 'time': {
      const delta = (r.now - st[n.field]) / n.unitMs;
      if (n.days) return compare(n.cmp, Math.floor(delta));
      if (n.cmp.op === '=') return Math.ceil(delta) === n.cmp.n;
      return n.cmp.op === '+' ? delta > n.cmp.n : delta < n.cmp.n;
    }
    case 'newer':
      return st.mtime > n.than;
    case 'same':
      return st.dev === n.dev && st.ino === n.ino;
    case 'owner':
      return st[n.field] === n.id;
    case 'perm':
      return permMatches(n, st);
    case 'empty': {
      if (st.kind === 'file') return st.size === 0;
      if (st.kind !== 'dir') return false;
      const e = attempt(() => r.ctx.fs.readdir(v.path));
      return e.ok && e.value.length === 0;
    }
    case 'access':
      return r.ctx.fs.access(v.path, n.mode);
    case 'prune':
      r.prune = true;
      return true;
    case 'quit':
      r.quit = true;
      return true;
    case 'print':
      r.out.push(v.path + (n.nul ? '\0' : '\n'));
      return true;
    case 'printf':
      r.out.push(printf(r, n.format, v));
      return true;
    case 'ls':
      r.out.push(lsLine(r, v));
      return true;
    case 'delete': {
      if (v.path === '.' ) return true;
      const res = attempt(() => (st.kind === 'dir' ? r.ctx.fs.rmdir(v.path) : r.ctx.fs.unlink(v.path)));
      if (!res.ok) {
        await flush(r);
        if (r.gnu) await warn(r.ctx, 'find', `cannot delete ${ql(r.ctx, v.path)}: ${errText(res.error)}`);
        else await warn(r.ctx, 'find', `${v.path}: ${errText(res.error)}`);
        r.status = 1;
        return false;
      }
      return true;
    }
    case 'exec': {
      if (n.batch) {
        let b = r.batches.get(n.id);
        if (!b) {
          b = { argv: n.argv, paths: [] };
          r.batches.set(n.id, b);
        }
        b.paths.push(v.path);
        return true;
      }
      await flush(r);
      const code = await r.ctx.exec(substitute(n.argv, v.path));
      return code === 0;
    }
  }
}

/** `find -ls`: inode, 1K blocks, mode, links, owner, group, size, date, name [-> target]. */
function lsLine(r: Run, v: Visit): string {
  const st = v.st;
  let line = `${String(st.ino).padStart(9)} ${String(Math.ceil(blocks512(st) / 2)).padStart(6)} ${modeString(st)} ${String(st.nlink).padStart(3)} `;
  line += `${r.ids.user(st.uid).padEnd(8)} ${r.ids.group(st.gid).padEnd(8)} `;
  line += st.kind === 'chardev' ? `${`${st.rdev >> 8}, ${st.rdev & 0xff}`.padStart(8)} ` : `${String(st.size).padStart(8)} `;
  line += `${lsDate(st.mtime, r.now, 'gnu')} ${v.path}`;
  if (st.kind === 'symlink') {
    const t = attempt(() => r.ctx.fs.readlink(v.path));
    line += ` -> ${t.ok ? t.value : ''}`;
  }
  return line + '\n';
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function ctimeStyle(ms: number): string {
  const d = new Date(ms);
  const frac = String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + '0000000';
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${frac} ${d.getUTCFullYear()}`;
}

function epochFrac(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${s}.${String(ms - s * 1000).padStart(3, '0')}0000000`;
}

function timePart(ms: number, k: string): string {
  const d = new Date(ms);
  switch (k) {
    case '@':
      return epochFrac(ms);
    case 'Y':
      return String(d.getUTCFullYear());
    case 'm':
      return pad2(d.getUTCMonth() + 1);
    case 'd':
      return pad2(d.getUTCDate());
    case 'H':
      return pad2(d.getUTCHours());
    case 'M':
      return pad2(d.getUTCMinutes());
    case 'S':
      return pad2(d.getUTCSeconds()) + '.' + String(ms % 1000).padStart(3, '0') + '0000000';
    case 'T':
      return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(ms % 1000).padStart(3, '0')}0000000`;
    case '+':
      return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}+${timePart(ms, 'T')}`;
    case 'D':
      return `${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}/${String(d.getUTCFullYear()).slice(2)}`;
    case 'F':
      return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    case 'b':
      return MONTHS[d.getUTCMonth()];
    case 'a':
      return WEEKDAYS[d.getUTCDay()];
    default:
      return k;
  }
}

/** GNU -printf directives (the common ones) and backslash escapes. */
function printf(r: Run, format: string, v: Visit): string {
  const st = v.st;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && i + 1 < format.length) {
      const e = format[++i];
      out += e === 'n' ? '\n' : e === 't' ? '\t' : e === '0' ? '\0' : e === '\\' ? '\\' : e === 'r' ? '\r' : '\\' + e;
      continue;
    }
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    // Optional width/flags, e.g. %-10p or %5s.
    const m = /^([-+ #0]*)(\d*)/.exec(format.slice(i + 1))!;
    i += m[0].length;
    const k = format[++i];
    let val: string;
    switch (k) {
      case '%':
        val = '%';
        break;
      case 'p':
        val = v.path;
        break;
      case 'f':
        val = v.name;
        break;
      case 'h': {
        const slash = v.path.lastIndexOf('/');
        val = slash < 0 ? '.' : slash === 0 ? '/' : v.path.slice(0, slash);
        break;
      }
      case 'P':
        val = v.path === v.start ? '' : v.path.slice(v.start.length).replace(/^\/+/, '');
        break;
      case 'H':
        val = v.start;
        break;
      case 's':
        val = String(st.size);
        break;
      case 'm':
        val = (st.mode & 0o7777).toString(8);
        break;
      case 'M':
        val = modeString(st);
        break;
      case 'u':
        val = r.ids.user(st.uid);
        break;
      case 'g':
        val = r.ids.group(st.gid);
        break;
      case 'U':
        val = String(st.uid);
        break;
      case 'G':
        val = String(st.gid);
        break;
      case 'y':
        val = typeLetter(st.kind) === '-' ? 'f' : typeLetter(st.kind);
        break;
      case 'd':
        val = String(v.depth);
        break;
      case 'i':
        val = String(st.ino);
        break;
      case 'n':
        val = String(st.nlink);
        break;
      case 'k':
        val = String(Math.ceil(blocks512(st) / 2));
        break;
      case 'b':
        val = String(blocks512(st));
        break;
      case 'l': {
        const t = st.kind === 'symlink' ? attempt(() => r.ctx.fs.readlink(v.path)) : null;
        val = t && t.ok ? t.value : '';
        break;
      }
      case 't':
        val = ctimeStyle(st.mtime);
        break;
      case 'a':
        val = ctimeStyle(st.atime);
        break;
      case 'c':
        val = ctimeStyle(st.ctime);
        break;
      case 'T':
      case 'A':
      case 'C': {
        const ms = k === 'T' ? st.mtime : k === 'A' ? st.atime : st.ctime;
        val = timePart(ms, format[++i] ?? '');
        break;
      }
      default:
        val = '%' + (k ?? '');
    }
    const width = m[2] ? Number(m[2]) : 0;
    out += m[1].includes('-') ? val.padEnd(width) : val.padStart(width);
  }
  return out;
}

async function visit(r: Run, path: string, name: string, depth: number, start: string, ancestors: string[]): Promise<void> {
  const ctx = r.ctx;
  ctx.tick();
  if (r.quit) return;
  const g = r.globals;
  const follow = g.follow === 'always' || (g.follow === 'cmdline' && depth === 0);
  let s = attempt(() => (follow ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
  if (!s.ok && follow && s.error.code === 'ENOENT') s = attempt(() => ctx.fs.lstat(path));
  if (!s.ok) {
    await report(r, path, errText(s.error));
    return;
  }
  const st = s.value;
  const v: Visit = { path, name, depth, st, start };
  const act = depth >= g.minDepth;
  r.prune = false;
  if (act && !g.depthFirst) {
    await evaluate(r, r.expr, v);
    if (r.quit) return;
  }
  const pruned = r.prune && !g.depthFirst;
  if (st.kind === 'dir' && depth < g.maxDepth && !pruned && !(g.xdev && st.dev !== r.startDev)) {
    const key = `${st.dev}:${st.ino}`;
    if (follow && ancestors.includes(key)) {
      if (r.gnu) await report(r, path, 'File system loop detected');
    } else {
      const names = attempt(() => ctx.fs.readdir(path));
      if (!names.ok) await report(r, path, errText(names.error));
      else {
        const below = [...ancestors, key];
        for (const n of names.value) {
          if (r.quit) return;
          if (r.out.length > 256) await flush(r);
          await pace(ctx);
          await visit(r, joinPath(path, n), n, depth + 1, start, below);
        }
      }
    }
  }
  if (act && g.depthFirst && !r.quit) await evaluate(r, r.expr, v);
}

export const applet: Applet = {
  name: 'find',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const args = ctx.argv.slice(1);
    let follow: Globals['follow'] = 'never';
    let i = 0;
    // Leading -H/-L/-P (GNU also takes them bundled, e.g. -LH).
    while (i < args.length && /^-[HLP]+$/.test(args[i])) {
      for (const c of args[i].slice(1)) follow = c === 'L' ? 'always' : c === 'H' ? 'cmdline' : 'never';
      i++;
    }
    if (args[i] === '--') i++;
    const paths: string[] = [];
    while (i < args.length && !startsExpression(args[i])) paths.push(args[i++]);
    const ids = new IdNames(ctx.fs);
    let parsed;
    try {
      parsed = parseExpression(args.slice(i), gnu, {
        user: (n) => ids.lookupUser(n)?.uid,
        group: (n) => ids.lookupGroup(n),
        stat: (p) => {
          const s = attempt(() => ctx.fs.stat(p));
          return s.ok ? s.value : null;
        },
      }, (s) => ql(ctx, s));
    } catch (e) {
      if (!(e instanceof FindError)) throw e;
      await warn(ctx, 'find', e.message);
      if (e.usage) await bbShowUsage(ctx, 'find');
      return 1;
    }
    const globals = parsed.globals;
    if (follow !== 'never' && globals.follow === 'never') globals.follow = follow;
    if (!parsed.hasAction) parsed.expr = { t: 'and', a: parsed.expr, b: { t: 'print', nul: false } };
    const r: Run = {
      ctx,
      gnu,
      globals,
      expr: parsed.expr,
      ids,
      now: ctx.host.clock.now(),
      status: 0,
      quit: false,
      prune: false,
      out: [],
      batches: new Map(),
      startDev: 0,
    };
    for (const p of paths.length > 0 ? paths : ['.']) {
      if (r.quit) break;
      const st = attempt(() => ctx.fs.lstat(p));
      r.startDev = st.ok ? st.value.dev : 0;
      // The starting point's own name: "d/" is d, "/" stays "/".
      const name = p === '' ? '' : lastComponent(p);
      if (p === '') {
        await report(r, p, 'No such file or directory');
        continue;
      }
      await visit(r, p, name, 0, p, []);
    }
    await flush(r);
    for (const b of r.batches.values()) {
      if (b.paths.length === 0) continue;
      const at = b.argv.lastIndexOf('{}');
      const argv = [...b.argv.slice(0, at), ...b.paths, ...b.argv.slice(at + 1)];
      const code = await ctx.exec(argv);
      if (code !== 0) r.status = 1;
    }
    return r.status;
  },
};
