/**
 * busybox tar (recorded from Debian's busybox 1.35; Alpine builds the same applet): c, x, t with
 * -f -C -v -O -m -o -k -h and the long options of its usage text. Recorded:
 *   tar (no c/x/t) or two of them -> the usage text, 1
 *   tar -c (no files)   -> "tar: empty archive", 1
 *   tar -tf nosuch      -> "tar: can't open 'nosuch': No such file or directory", 1
 *   tar -t < /dev/null  -> "tar: short read", 1;  garbage -> "tar: invalid tar magic", 1
 *   tar -tf t.tar nosuch-> the rest, then "tar: nosuch: not found in archive", 1
 *   tar -cf x nosuch    -> "tar: nosuch: No such file or directory" + "tar: error exit delayed from previous errors", 1
 *   tar -C /nonexist    -> "tar: can't change directory to '/nonexist': No such file or directory", 1
 *   leading `/` or `../` in names -> "tar: removing leading '/' from member names" (once)
 *   without -f the archive is stdin/stdout; -v lists names to stdout (stderr when the archive goes
 *   to stdout); with -xvO the names come after the data (stdio buffering); the archive ends after
 *   its two zero blocks (no record padding).
 * Compressed archives (-z -j -J -Z -a) are not available in this simulation.
 */
import type { ProcessContext } from '../../../process.ts';
import type { FileSystem } from '../../../../vfs/types.ts';
import { isFsError, strerror } from '../../../../vfs/errors.ts';
import { BUSYBOX_BANNER } from '../busybox-usage.ts';
import { Archiver } from './create.ts';
import { Extractor } from './extract.ts';
import { busyboxLine } from './list.ts';
import { readArchive } from './read.ts';
import { archiveBytes } from './gnu.ts';

export const BUSYBOX_TAR_USAGE =
  "Usage: tar c|x|t [-ZzJjahmvokO] [-f TARFILE] [-C DIR] [FILE]...\n\nCreate, extract, or list files from a tar file\n\n\tc\tCreate\n\tx\tExtract\n\tt\tList\n\t-f FILE\tName of TARFILE ('-' for stdin/out)\n\t-C DIR\tChange to DIR before operation\n\t-v\tVerbose\n\t-O\tExtract to stdout\n\t-m\tDon't restore mtime\n\t-o\tDon't restore user:group\n\t-k\tDon't replace existing files\n\t-Z\t(De)compress using compress\n\t-z\t(De)compress using gzip\n\t-J\t(De)compress using xz\n\t-j\t(De)compress using bzip2\n\t--lzma\t(De)compress using lzma\n\t-a\t(De)compress based on extension\n\t-h\tFollow symlinks\n\t--overwrite\t\tReplace existing files\n\t--strip-components NUM\tNUM of leading components to strip\n\t--no-recursion\t\tDon't descend in directories\n\t--numeric-owner\t\tUse numeric user:group\n\t--no-same-permissions\tDon't restore access permissions\n\t--to-command COMMAND\tPipe files to COMMAND\n";

interface BbOpts {
  ops: string[];
  file: string | null;
  dir: string | null;
  verbose: boolean;
  toStdout: boolean;
  touch: boolean;
  noOwner: boolean;
  keepOld: boolean;
  compress: boolean;
  dereference: boolean;
  recursion: boolean;
  numericOwner: boolean;
  noSamePermissions: boolean;
  stripComponents: number;
  names: string[];
}

const SHORT_ARG = new Set(['f', 'C']);
const SHORT_FLAGS = new Set(['c', 'x', 't', 'v', 'O', 'm', 'o', 'k', 'Z', 'z', 'J', 'j', 'a', 'h', 'p']);
const LONGS: Record<string, boolean> = { overwrite: false, 'strip-components': true, 'no-recursion': false, 'numeric-owner': false, 'no-same-permissions': false, 'to-command': true, lzma: false };

function parse(args: readonly string[]): BbOpts | { error: string | null } {
  const o: BbOpts = { ops: [], file: null, dir: null, verbose: false, toStdout: false, touch: false, noOwner: false, keepOld: false, compress: false, dereference: false, recursion: true, numericOwner: false, noSamePermissions: false, stripComponents: 0, names: [] };
  const rest = [...args];
  // getopt32 treats a first argument without '-' as bundled options.
  if (rest.length > 0 && rest[0] !== '' && !rest[0].startsWith('-')) rest[0] = `-${rest[0]}`;
  const apply = (c: string, v: string): void => {
    if (c === 'f') o.file = v;
    else if (c === 'C') o.dir = v;
    else if (c === 'c' || c === 'x' || c === 't') o.ops.push(c);
    else if (c === 'v') o.verbose = true;
    else if (c === 'O') o.toStdout = true;
    else if (c === 'm') o.touch = true;
    else if (c === 'o') o.noOwner = true;
    else if (c === 'k') o.keepOld = true;
    else if (c === 'h') o.dereference = true;
    else if ('ZzJja'.includes(c)) o.compress = true;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      o.names.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const matches = Object.keys(LONGS).filter((k) => k === key || k.startsWith(key));
      const name = matches.includes(key) ? key : matches.length === 1 ? matches[0] : undefined;
      if (!name) return { error: `unrecognized option '${a}'` };
      let v = '';
      if (LONGS[name]) {
        if (eq >= 0) v = a.slice(eq + 1);
        else if (i + 1 < rest.length) v = rest[++i];
        else return { error: `option '--${name}' requires an argument` };
      }
      if (name === 'overwrite') o.keepOld = false;
      else if (name === 'strip-components') o.stripComponents = /^\d+$/.test(v) ? Number(v) : 0;
      else if (name === 'no-recursion') o.recursion = false;
      else if (name === 'numeric-owner') o.numericOwner = true;
      else if (name === 'no-same-permissions') o.noSamePermissions = true;
      else if (name === 'lzma') o.compress = true;
      continue;
    }
    if (a.length > 1 && a.startsWith('-')) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (SHORT_ARG.has(c)) {
          const attached = a.slice(j + 1);
          if (attached !== '') apply(c, attached);
          else if (i + 1 < rest.length) apply(c, rest[++i]);
          else return { error: `option requires an argument -- '${c}'` };
          break;
        }
        if (!SHORT_FLAGS.has(c)) return { error: `invalid option -- '${c}'` };
        apply(c, '');
      }
      continue;
    }
    o.names.push(a);
  }
  if (new Set(o.ops).size !== 1) return { error: null };
  return o;
}

export async function busyboxTar(ctx: ProcessContext): Promise<number> {
  const say = (msg: string) => ctx.stderr.write(`tar: ${msg}\n`);
  const parsed = parse(ctx.argv.slice(1));
  if ('error' in parsed) {
    await ctx.stderr.write(`${parsed.error === null ? '' : `tar: ${parsed.error}\n`}${BUSYBOX_BANNER}\n\n${BUSYBOX_TAR_USAGE}`);
    return 1;
  }
  const o = parsed;
  if (o.compress) {
    await say('compressed archives are not available in this simulation');
    return 1;
  }
  let fs: FileSystem = ctx.fs;
  const op = o.ops[0];
  if (op === 'c') return create(ctx, o, fs, say);
  const file = o.file ?? '-';
  let bytes: Uint8Array;
  if (file === '-') bytes = await ctx.stdin.readAll();
  else {
    try {
      bytes = ctx.fs.readFile(file);
    } catch (e) {
      if (!isFsError(e)) throw e;
      await say(`can't open '${file}': ${strerror(e.code)}`);
      return 1;
    }
  }
  if (o.dir !== null) {
    try {
      if (fs.stat(o.dir).kind !== 'dir') throw new Error('ENOTDIR');
      fs = fs.with({ cwd: fs.resolve(o.dir) });
    } catch (e) {
      await say(`can't change directory to '${o.dir}': ${strerror(isFsError(e) ? e.code : 'ENOTDIR')}`);
      return 1;
    }
  }
  const { members, problem, cut } = readArchive(bytes);
  let status = 0;
  const wanted = o.names.map((n) => n.replace(/(.)\/+$/, '$1'));
  const found = new Set<string>();
  const isRoot = fs.cred.uid === 0;
  const extractor =
    op === 'x'
      ? new Extractor({
          fs,
          flavour: 'busybox',
          toStdout: o.toStdout ? ctx.stdout : null,
          keepOld: o.keepOld,
          sameOwner: isRoot && !o.noOwner,
          samePermissions: isRoot && !o.noSamePermissions,
          numericOwner: o.numericOwner,
          touch: o.touch,
          stripComponents: o.stripComponents,
          tick: () => ctx.tick(),
          messages: {
            stripped: (prefix) => say(`removing leading '${prefix}' from member names`),
            failed: (what, path, code, target) => say(bbFailure(what, path, strerror(code), target)),
            exists: (path) => say(`can't open '${path}': File exists`),
          },
        })
      : null;
  const later: string[] = [];
  for (const m of members) {
    ctx.tick();
    const name = m.header.name.replace(/(.)\/+$/, '$1');
    if (wanted.length > 0) {
      const hit = wanted.find((w) => name === w || name.startsWith(`${w}/`));
      if (hit === undefined) continue;
      found.add(hit);
    }
    if (op === 't') {
      await ctx.stdout.write(o.verbose ? busyboxLine(m.header, o.numericOwner) : `${m.header.name}\n`);
      continue;
    }
    // busybox lists the name it extracts to, after removing an unsafe prefix.
    const target = await extractor!.target(m.header.name);
    // With --strip-components the member is listed before the components go, even one that is
    // skipped (Debian busybox 1.35: `tar xvf b.tar --strip 1` lists data/, data/t, ...).
    const shown = o.stripComponents > 0 ? m.header.name.replace(/^\/+/, '') : target;
    if (o.verbose && shown !== null && shown !== '') {
      const line = `${shown}${m.header.type === 'dir' && !shown.endsWith('/') ? '/' : ''}\n`;
      if (o.toStdout) later.push(line);
      else await ctx.stdout.write(line);
    }
    if (target !== null) await extractor!.member(m, target);
  }
  if (extractor) {
    await extractor.done();
    if (extractor.failed) status = 1;
  }
  for (const l of later) await ctx.stdout.write(l);
  if (cut && op === 't') await ctx.stdout.write(o.verbose ? busyboxLine(cut.header, o.numericOwner) : `${cut.header.name}\n`);
  switch (problem) {
    case 'empty':
    case 'short':
      await say('short read');
      return 1;
    case 'notar':
    case 'badheader':
      await say('invalid tar magic');
      return 1;
    case 'eof':
      await say('short read');
      return 1;
    default:
      break;
  }
  for (const w of wanted) {
    if (found.has(w)) continue;
    await say(`${w}: not found in archive`);
    status = 1;
  }
  return status;
}

function bbFailure(what: string, path: string, text: string, target?: string): string {
  switch (what) {
    case 'mkdir':
      return `can't create directory '${path}': ${text}`;
    case 'symlink':
      return `can't create symlink '${path}' to '${target}': ${text}`;
    case 'hardlink':
      return `can't create hardlink '${path}' to '${target}': ${text}`;
    case 'mknod':
      return `can't create node ${path}: ${text}`;
    default:
      return `can't open '${path}': ${text}`;
  }
}

async function create(ctx: ProcessContext, o: BbOpts, start: FileSystem, say: (m: string) => Promise<void>): Promise<number> {
  let fs = start;
  if (o.names.length === 0) {
    await say('empty archive');
    return 1;
  }
  const file = o.file ?? '-';
  const toStdout = file === '-';
  if (!toStdout) {
    try {
      ctx.fs.writeFile(file, new Uint8Array(0));
    } catch (e) {
      if (!isFsError(e)) throw e;
      await say(`can't open '${file}': ${strerror(e.code)}`);
      return 1;
    }
  }
  if (o.dir !== null) {
    try {
      if (fs.stat(o.dir).kind !== 'dir') throw new Error('ENOTDIR');
      fs = fs.with({ cwd: fs.resolve(o.dir) });
    } catch (e) {
      await say(`can't change directory to '${o.dir}': ${strerror(isFsError(e) ? e.code : 'ENOTDIR')}`);
      return 1;
    }
  }
  const verboseOut = toStdout ? ctx.stderr : ctx.stdout;
  const archiver = new Archiver({
    dereference: o.dereference,
    absoluteNames: false,
    recursion: o.recursion,
    exclude: () => false,
    tick: () => ctx.tick(),
    added: async (m) => {
      if (o.verbose) await verboseOut.write(`${m.header.name}\n`);
    },
    messages: {
      stripped: (prefix) => say(`removing leading '${prefix}' from member names`),
      cannot: (what, path, code) => say(what === 'stat' ? `${path}: ${strerror(code)}` : `can't open '${path}': ${strerror(code)}`),
      socketIgnored: (path) => say(`${path}: socket ignored`),
    },
  });
  for (const n of o.names) await archiver.add(fs, n);
  const bytes = archiveBytes(archiver.members, 0);
  if (toStdout) await ctx.stdout.write(bytes);
  else ctx.fs.writeFile(file, bytes);
  if (archiver.failed) {
    await say('error exit delayed from previous errors');
    return 1;
  }
  return 0;
}
