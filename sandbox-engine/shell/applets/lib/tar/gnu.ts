/**
 * GNU tar 1.34 (Debian 12's /usr/bin/tar): -c, -t, -x with the options a Docker course uses.
 * Recorded behaviour (texts below are what it printed; `tar:` is argv[0]):
 *   tar                 -> "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options" + Try line, 2
 *   tar -ct             -> "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option" + Try, 2
 *   tar -c              -> "Cowardly refusing to create an empty archive" + Try, 2
 *   tar -q / --foo / -f -> "invalid option -- 'q'" / "unrecognized option '--foo'" /
 *                          "option requires an argument -- 'f'" + Try, 64
 *   tar -tf nosuch.tar  -> "nosuch.tar: Cannot open: No such file or directory" + "Error is not recoverable: exiting now", 2
 *   tar -t < /dev/null  -> "This does not look like a tar archive" + "Exiting with failure status due to previous errors", 2
 *   tar -tf t.tar nosuch-> the rest, then "nosuch: Not found in archive" + "Exiting with failure status...", 2
 *   tar -cf x.tar nosuch-> "nosuch: Cannot stat: No such file or directory" + "Exiting with failure...", 2 (x.tar made)
 *   tar -cf - /abs      -> "Removing leading `/' from member names" (once)
 *   the archive is written in 10240-byte records; -v lists to stdout, or to stderr when the archive
 *   (or -O's data) goes to stdout; -vv lists as -tv does.
 * The first argument may be old-style bundled letters (`tar xvf a.tar`); -C takes effect for the
 * names after it. -z/-j/-J run gzip/bzip2/xz, which this host does not have: tar then fails as it
 * does on a system without them. Not modelled: -r -u -A -d --delete, --wildcards, --help.
 */
import type { ProcessContext } from '../../../process.ts';
import type { FileSystem } from '../../../../vfs/types.ts';
import { isFsError, strerror, type Errno } from '../../../../vfs/errors.ts';
import { matchPattern, hasGlobChars } from '../../../pattern.ts';
import { Archiver, type Member } from './create.ts';
import { Extractor } from './extract.ts';
import { GnuLister, gnuQuote } from './list.ts';
import { readArchive } from './read.ts';
import { gnuHeaderBlocks, paddedBody } from './write.ts';

const RECORD = 10240;

type Op = 'c' | 'x' | 't' | 'other';

interface Opts {
  op: Op | null;
  opClash: boolean;
  otherOp: string;
  file: string | null;
  /** File operands and -C changes, in order. */
  names: Array<{ name: string } | { chdir: string }>;
  verbose: number;
  toStdout: boolean;
  compress: string | null;
  samePermissions: boolean | null;
  sameOwner: boolean | null;
  numericOwner: boolean;
  absoluteNames: boolean;
  dereference: boolean;
  keepOld: boolean;
  touch: boolean;
  recursion: boolean;
  stripComponents: number;
  excludes: string[];
  filesFrom: string[];
  version: boolean;
}

type ParseOutcome = { ok: true; o: Opts } | { ok: false; message: string; status: number; usage: boolean };

interface LongOpt {
  name: string;
  arg: boolean;
  apply: (o: Opts, v: string) => string | void;
}

const setOp = (o: Opts, op: Op, letter: string): void => {
  if (o.op !== null && o.op !== op) o.opClash = true;
  o.op = op;
  if (op === 'other') o.otherOp = letter;
};

/** Short options: letter → [takes an argument, apply]. */
const SHORT: Record<string, [boolean, (o: Opts, v: string) => void]> = {
  c: [false, (o) => setOp(o, 'c', 'c')],
  x: [false, (o) => setOp(o, 'x', 'x')],
  t: [false, (o) => setOp(o, 't', 't')],
  r: [false, (o) => setOp(o, 'other', 'r')],
  u: [false, (o) => setOp(o, 'other', 'u')],
  A: [false, (o) => setOp(o, 'other', 'A')],
  d: [false, (o) => setOp(o, 'other', 'd')],
  f: [true, (o, v) => void (o.file = v)],
  C: [true, (o, v) => void o.names.push({ chdir: v })],
  T: [true, (o, v) => void o.filesFrom.push(v)],
  X: [true, (o, v) => void o.excludes.push(`@${v}`)],
  v: [false, (o) => void o.verbose++],
  O: [false, (o) => void (o.toStdout = true)],
  z: [false, (o) => void (o.compress = 'gzip')],
  j: [false, (o) => void (o.compress = 'bzip2')],
  J: [false, (o) => void (o.compress = 'xz')],
  Z: [false, (o) => void (o.compress = 'compress')],
  p: [false, (o) => void (o.samePermissions = true)],
  o: [false, (o) => void (o.sameOwner = false)],
  P: [false, (o) => void (o.absoluteNames = true)],
  h: [false, (o) => void (o.dereference = true)],
  k: [false, (o) => void (o.keepOld = true)],
  m: [false, (o) => void (o.touch = true)],
};

const LONG: LongOpt[] = [
  { name: 'create', arg: false, apply: (o) => setOp(o, 'c', 'c') },
  { name: 'extract', arg: false, apply: (o) => setOp(o, 'x', 'x') },
  { name: 'get', arg: false, apply: (o) => setOp(o, 'x', 'x') },
  { name: 'list', arg: false, apply: (o) => setOp(o, 't', 't') },
  { name: 'append', arg: false, apply: (o) => setOp(o, 'other', 'r') },
  { name: 'update', arg: false, apply: (o) => setOp(o, 'other', 'u') },
  { name: 'file', arg: true, apply: (o, v) => void (o.file = v) },
  { name: 'directory', arg: true, apply: (o, v) => void o.names.push({ chdir: v }) },
  { name: 'files-from', arg: true, apply: (o, v) => void o.filesFrom.push(v) },
  { name: 'exclude', arg: true, apply: (o, v) => void o.excludes.push(v) },
  { name: 'exclude-from', arg: true, apply: (o, v) => void o.excludes.push(`@${v}`) },
  { name: 'verbose', arg: false, apply: (o) => void o.verbose++ },
  { name: 'to-stdout', arg: false, apply: (o) => void (o.toStdout = true) },
  { name: 'gzip', arg: false, apply: (o) => void (o.compress = 'gzip') },
  { name: 'gunzip', arg: false, apply: (o) => void (o.compress = 'gzip') },
  { name: 'bzip2', arg: false, apply: (o) => void (o.compress = 'bzip2') },
  { name: 'xz', arg: false, apply: (o) => void (o.compress = 'xz') },
  { name: 'same-permissions', arg: false, apply: (o) => void (o.samePermissions = true) },
  { name: 'preserve-permissions', arg: false, apply: (o) => void (o.samePermissions = true) },
  { name: 'no-same-permissions', arg: false, apply: (o) => void (o.samePermissions = false) },
  { name: 'same-owner', arg: false, apply: (o) => void (o.sameOwner = true) },
  { name: 'no-same-owner', arg: false, apply: (o) => void (o.sameOwner = false) },
  { name: 'numeric-owner', arg: false, apply: (o) => void (o.numericOwner = true) },
  { name: 'absolute-names', arg: false, apply: (o) => void (o.absoluteNames = true) },
  { name: 'dereference', arg: false, apply: (o) => void (o.dereference = true) },
  { name: 'keep-old-files', arg: false, apply: (o) => void (o.keepOld = true) },
  { name: 'overwrite', arg: false, apply: (o) => void (o.keepOld = false) },
  { name: 'touch', arg: false, apply: (o) => void (o.touch = true) },
  { name: 'recursion', arg: false, apply: (o) => void (o.recursion = true) },
  { name: 'no-recursion', arg: false, apply: (o) => void (o.recursion = false) },
  {
    name: 'strip-components',
    arg: true,
    apply: (o, v) => {
      if (!/^\d+$/.test(v)) return `Invalid number of elements: '${v}'`;
      o.stripComponents = Number(v);
    },
  },
  { name: 'version', arg: false, apply: (o) => void (o.version = true) },
];

function newOpts(): Opts {
  return {
    op: null,
    opClash: false,
    otherOp: '',
    file: null,
    names: [],
    verbose: 0,
    toStdout: false,
    compress: null,
    samePermissions: null,
    sameOwner: null,
    numericOwner: false,
    absoluteNames: false,
    dereference: false,
    keepOld: false,
    touch: false,
    recursion: true,
    stripComponents: 0,
    excludes: [],
    filesFrom: [],
    version: false,
  };
}

export function parseGnuTar(args: readonly string[]): ParseOutcome {
  const o = newOpts();
  const rest = [...args];
  const err = (message: string): ParseOutcome => ({ ok: false, message, status: 64, usage: true });
  // Old style: the first argument's letters are options, their arguments follow in order.
  if (rest.length > 0 && rest[0] !== '' && !rest[0].startsWith('-')) {
    const letters = rest.shift()!;
    for (const l of letters) {
      const s = SHORT[l];
      if (!s) return err(`invalid option -- '${l}'`);
      if (s[0]) {
        if (rest.length === 0) return err(`option requires an argument -- '${l}'`);
        s[1](o, rest.shift()!);
      } else s[1](o, '');
    }
  }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      for (const n of rest.slice(i + 1)) o.names.push({ name: n });
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      let cands = LONG.filter((l) => l.name === key);
      if (cands.length === 0) cands = LONG.filter((l) => l.name.startsWith(key));
      if (cands.length === 0) return err(`unrecognized option '${a}'`);
      if (cands.length > 1) return err(`option '${a}' is ambiguous; possibilities:${cands.map((c) => ` '--${c.name}'`).join('')}`);
      const lo = cands[0];
      let v = '';
      if (lo.arg) {
        if (eq >= 0) v = a.slice(eq + 1);
        else if (i + 1 < rest.length) v = rest[++i];
        else return err(`option '--${lo.name}' requires an argument`);
      } else if (eq >= 0) return err(`option '--${lo.name}' doesn't allow an argument`);
      const problem = lo.apply(o, v);
      if (problem) return { ok: false, message: problem, status: 2, usage: true };
      continue;
    }
    if (a.length > 1 && a.startsWith('-')) {
      for (let j = 1; j < a.length; j++) {
        const s = SHORT[a[j]];
        if (!s) return err(`invalid option -- '${a[j]}'`);
        if (!s[0]) {
          s[1](o, '');
          continue;
        }
        const attached = a.slice(j + 1);
        if (attached !== '') s[1](o, attached);
        else if (i + 1 < rest.length) s[1](o, rest[++i]);
        else return err(`option requires an argument -- '${a[j]}'`);
        break;
      }
      continue;
    }
    o.names.push({ name: a });
  }
  return { ok: true, o };
}

class GnuTar {
  private readonly ctx: ProcessContext;
  private readonly o: Opts;
  private readonly prog: string;
  private failed = false;

  constructor(ctx: ProcessContext, o: Opts) {
    this.ctx = ctx;
    this.o = o;
    const a0 = ctx.argv[0] ?? 'tar';
    this.prog = a0 === '' ? 'tar' : a0;
  }

  private say(msg: string): Promise<void> {
    return this.ctx.stderr.write(`${this.prog}: ${msg}\n`);
  }

  /** "Error is not recoverable": a fatal error. */
  private async fatal(msg: string): Promise<number> {
    await this.say(msg);
    await this.say('Error is not recoverable: exiting now');
    return 2;
  }

  private async finish(): Promise<number> {
    if (!this.failed) return 0;
    await this.say('Exiting with failure status due to previous errors');
    return 2;
  }

  private async usage(msg: string): Promise<number> {
    await this.ctx.stderr.write(`${this.prog}: ${msg}\nTry '${this.prog} --help' or '${this.prog} --usage' for more information.\n`);
    return 2;
  }

  async run(): Promise<number> {
    const o = this.o;
    if (o.version) {
      await this.ctx.stdout.write(
        'tar (GNU tar) 1.34\nCopyright (C) 2021 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by John Gilmore and Jay Fenlason.\n',
      );
      return 0;
    }
    if (o.opClash) return this.usage("You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option");
    if (o.op === null) return this.usage("You must specify one of the '-Acdtrux', '--delete' or '--test-label' options");
    if (o.op === 'other') {
      await this.say(`-${o.otherOp} is not available in this simulation`);
      return 2;
    }
    for (const f of o.filesFrom) {
      let text: string;
      try {
        text = this.ctx.fs.readText(f);
      } catch (e) {
        if (!isFsError(e)) throw e;
        return this.fatal(`${f}: Cannot open: ${strerror(e.code)}`);
      }
      for (const line of text.split('\n')) if (line !== '') o.names.push({ name: line });
    }
    if (o.op === 'c') return this.create();
    return this.read();
  }

  private excluded = (name: string): boolean => {
    const trimmed = name.replace(/\/+$/, '');
    const comps = trimmed.split('/');
    for (const p of this.o.excludes) {
      if (p.startsWith('@')) continue;
      if (matchPattern(p, trimmed)) return true;
      if (!p.includes('/') && comps.some((c) => matchPattern(p, c))) return true;
    }
    return false;
  };

  // ------------------------------------------------------------------ create

  private async create(): Promise<number> {
    const o = this.o;
    const ctx = this.ctx;
    if (!o.names.some((n) => 'name' in n)) return this.usage('Cowardly refusing to create an empty archive');
    const file = o.file ?? '-';
    const toStdout = file === '-';
    if (toStdout && ctx.stdout.isTTY) return this.fatal('Refusing to write archive contents to terminal (missing -f option?)');
    if (o.compress) return this.compressorMissing(true, file);
    if (!toStdout) {
      try {
        ctx.fs.writeFile(file, new Uint8Array(0));
      } catch (e) {
        if (!isFsError(e)) throw e;
        return this.fatal(`${file}: Cannot open: ${strerror(e.code)}`);
      }
    }
    const verboseOut = toStdout ? ctx.stderr : ctx.stdout;
    const lister = new GnuLister(o.numericOwner);
    const archiver = new Archiver({
      dereference: o.dereference,
      absoluteNames: o.absoluteNames,
      recursion: o.recursion,
      exclude: this.excluded,
      tick: () => ctx.tick(),
      added: async (m: Member) => {
        if (o.verbose >= 2) await verboseOut.write(lister.line({ ...m.header, pax: undefined }));
        else if (o.verbose === 1) await verboseOut.write(`${gnuQuote(m.header.name)}\n`);
      },
      messages: {
        stripped: () => this.say("Removing leading `/' from member names"),
        strippedLinkTarget: () => this.say("Removing leading `/' from hard link targets"),
        cannot: (what, path, code) => this.say(`${path}: Cannot ${what}: ${strerror(code)}`),
        socketIgnored: (path) => this.say(`${path}: socket ignored`),
      },
    });
    let fs: FileSystem = ctx.fs;
    for (const n of o.names) {
      if ('chdir' in n) {
        try {
          if (fs.stat(n.chdir).kind !== 'dir') throw new Error('ENOTDIR');
          fs = fs.with({ cwd: fs.resolve(n.chdir) });
        } catch (e) {
          const code: Errno = isFsError(e) ? e.code : 'ENOTDIR';
          return this.fatal(`${n.chdir}: Cannot open: ${strerror(code)}`);
        }
        continue;
      }
      await archiver.add(fs, n.name);
    }
    this.failed ||= archiver.failed;
    const bytes = archiveBytes(archiver.members);
    if (toStdout) await ctx.stdout.write(bytes);
    else {
      try {
        ctx.fs.writeFile(file, bytes);
      } catch (e) {
        if (!isFsError(e)) throw e;
        return this.fatal(`${file}: Cannot write: ${strerror(e.code)}`);
      }
    }
    return this.finish();
  }

  /** -z/-j/-J: the compressor is a program this host does not have (recorded with PATH emptied). */
  private async compressorMissing(create: boolean, file: string): Promise<number> {
    const prog = this.o.compress!;
    if (create) {
      await this.ctx.stderr.write(`/bin/sh: 1: ${prog}: not found\n`);
      await this.say(`${file}: Cannot write: Broken pipe`);
      await this.say('Child returned status 127');
      await this.say('Error is not recoverable: exiting now');
      return 2;
    }
    await this.ctx.stderr.write(`${this.prog} (child): ${prog}: Cannot exec: No such file or directory\n${this.prog} (child): Error is not recoverable: exiting now\n`);
    await this.say('Child returned status 2');
    await this.say('Error is not recoverable: exiting now');
    return 2;
  }

  // ------------------------------------------------------------------ list and extract

  private async read(): Promise<number> {
    const o = this.o;
    const ctx = this.ctx;
    const file = o.file ?? '-';
    let bytes: Uint8Array;
    if (file === '-') {
      if (ctx.stdin.isTTY) return this.fatal('Refusing to read archive contents from terminal (missing -f option?)');
      if (o.compress) return this.compressorMissing(false, file);
      bytes = await ctx.stdin.readAll();
    } else {
      try {
        bytes = ctx.fs.readFile(file);
      } catch (e) {
        if (!isFsError(e)) throw e;
        return this.fatal(`${file}: Cannot open: ${strerror(e.code)}`);
      }
      if (o.compress) return this.compressorMissing(false, file);
    }
    // -C: tar changes directory before reading on.
    let fs: FileSystem = ctx.fs;
    const patterns: string[] = [];
    for (const n of o.names) {
      if ('chdir' in n) {
        try {
          if (fs.stat(n.chdir).kind !== 'dir') throw new Error('ENOTDIR');
          fs = fs.with({ cwd: fs.resolve(n.chdir) });
        } catch (e) {
          const code: Errno = isFsError(e) ? e.code : 'ENOTDIR';
          return this.fatal(`${n.chdir}: Cannot open: ${strerror(code)}`);
        }
      } else patterns.push(n.name);
    }
    const { members, problem, cut } = readArchive(bytes);
    if (problem === 'empty' || problem === 'notar') {
      await this.say('This does not look like a tar archive');
      if (problem === 'notar' && bytes.length >= 512) await this.say('Skipping to next header');
      this.failed = true;
      return this.finish();
    }
    const wanted = patterns.map((p) => p.replace(/(.)\/+$/, '$1'));
    const found = new Set<string>();
    const selected = (name: string): boolean => {
      if (this.excluded(name)) return false;
      if (wanted.length === 0) return true;
      const n = name.replace(/(.)\/+$/, '$1');
      const hit = wanted.find((w) => n === w || n.startsWith(`${w}/`));
      if (hit === undefined) return false;
      found.add(hit);
      return true;
    };
    const isRoot = fs.cred.uid === 0;
    const extractor =
      o.op === 'x'
        ? new Extractor({
            fs,
            flavour: 'gnu',
            toStdout: o.toStdout ? ctx.stdout : null,
            keepOld: o.keepOld,
            sameOwner: o.sameOwner ?? isRoot,
            samePermissions: o.samePermissions ?? isRoot,
            numericOwner: o.numericOwner,
            touch: o.touch,
            stripComponents: o.stripComponents,
            tick: () => ctx.tick(),
            messages: {
              stripped: (prefix) => this.say(`Removing leading \`${prefix}' from member names`),
              dotdot: (name) => this.say(`${gnuQuote(name)}: Member name contains '..'`),
              failed: (what, path, code, target) => this.say(extractFailure(what, path, code, target)),
              exists: (path) => this.say(`${path}: Cannot open: File exists`),
            },
          })
        : null;
    const verboseOut = o.toStdout ? ctx.stderr : ctx.stdout;
    const lister = new GnuLister(o.numericOwner);
    const all = cut ? [...members, cut] : members;
    for (const m of all) {
      ctx.tick();
      if (!selected(m.header.name)) continue;
      if (!extractor) {
        await ctx.stdout.write(o.verbose >= 1 ? lister.line(m.header) : `${gnuQuote(m.header.name)}\n`);
        if (m === cut) break;
        continue;
      }
      if (m === cut) break;
      // A member refused for its name is not listed.
      const target = await extractor.target(m.header.name);
      if (target === null) continue;
      if (o.verbose >= 2) await verboseOut.write(lister.line(m.header));
      else if (o.verbose === 1) await verboseOut.write(`${gnuQuote(m.header.name)}\n`);
      await extractor.member(m, target);
    }
    if (extractor) {
      await extractor.done();
      this.failed ||= extractor.failed;
    }
    if (problem === 'eof') return this.fatal('Unexpected EOF in archive');
    if (problem === 'badheader') {
      await this.say('Skipping to next header');
      this.failed = true;
    }
    for (const w of wanted) {
      if (found.has(w)) continue;
      if (hasGlobChars(w)) {
        await this.say('Pattern matching characters used in file names');
        await this.say('Use --wildcards to enable pattern matching, or --no-wildcards to suppress this warning');
      }
      await this.say(`${gnuQuote(w)}: Not found in archive`);
      this.failed = true;
    }
    return this.finish();
  }
}

function extractFailure(what: string, path: string, code: Errno, target?: string): string {
  const text = strerror(code);
  switch (what) {
    case 'mkdir':
      return `${path}: Cannot mkdir: ${text}`;
    case 'symlink':
      return `${path}: Cannot create symlink to '${target}': ${text}`;
    case 'hardlink':
      return `${path}: Cannot hard link to '${target}': ${text}`;
    case 'mknod':
      return `${path}: Cannot mknod: ${text}`;
    case 'chown':
      return `${path}: Cannot change ownership: ${text}`;
    default:
      return `${path}: Cannot open: ${text}`;
  }
}

/** The members as GNU tar writes them: headers, padded bodies, the end blocks, whole records. */
export function archiveBytes(members: readonly Member[], recordSize = RECORD): Uint8Array {
  const parts: Uint8Array[] = [];
  let n = 0;
  for (const m of members) {
    for (const b of gnuHeaderBlocks(m.header)) {
      parts.push(b);
      n += b.length;
    }
    if (m.header.type === 'file' && m.data.length > 0) {
      const body = paddedBody(m.data);
      parts.push(body);
      n += body.length;
    }
  }
  n += 1024;
  const total = recordSize > 0 ? Math.ceil(n / recordSize) * recordSize : n;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export async function gnuTar(ctx: ProcessContext): Promise<number> {
  const prog = ctx.argv[0] || 'tar';
  const parsed = parseGnuTar(ctx.argv.slice(1));
  if (!parsed.ok) {
    await ctx.stderr.write(`${prog}: ${parsed.message}\n${parsed.usage ? `Try '${prog} --help' or '${prog} --usage' for more information.\n` : ''}`);
    return parsed.status;
  }
  return new GnuTar(ctx, parsed.o).run();
}
