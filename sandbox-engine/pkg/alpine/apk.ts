/**
 * `apk` (apk-tools 2.14.4, as alpine:3.20 ships it) over the offline repository: add, del,
 * update, upgrade, info, search. Messages and their order were recorded from the real apk-tools
 * 2.14.4 built from source and run against a repository made from repo-data.ts
 * (testdata/apk-2.14.4-recorded.txt, testdata/README.md); the `--network none` texts were
 * recorded with the real URLs inside `unshare -n`.
 *
 * State it leaves, as apk does: /lib/apk/db/installed (sorted by name), /etc/apk/world (sorted),
 * /lib/apk/db/scripts.tar, the index cache /var/cache/apk/APKINDEX.<hash>.tar.gz (not with
 * --no-cache; in /etc/apk/cache instead when that cache directory is configured, which then also
 * keeps the downloaded .apk files), and the packages' files.
 *
 * Not modelled: the progress bar apk draws on a terminal, signatures, `apk fix/cache/list/dot/
 * policy/audit/stats/version/fetch/index/manifest/verify` (they answer that they are not
 * available in the simulator), pinned repositories (`@tag`).
 */
import type { Entry } from '../../catalog/spec.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { installEntries, removePaths } from '../install-files.ts';
import { writeSized } from '../sized-file.ts';
import { utf8 } from '../../util/text.ts';
import { parseInstalledDb, paragraphFor, serializeInstalledDb, type InstalledPkg } from './installed-db.ts';
import { depString, parseDep, type ApkPkg, type Dep } from './model.ts';
import { alpineRepository, type ApkRepoPackage } from './repo-data.ts';
import { cacheFileName, DISTINCT_PACKAGES, INDEX_SIZES, indexUrl, readRepositories, REPO_DESCRIPTIONS, type Repository } from './repositories.ts';
import { solve, type Change, type SolveError } from './solver.ts';

export interface ApkIO {
  fs: FileSystem;
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
  now(): number;
  /** Let virtual time pass (downloads, unpacking). */
  advance(ms: number): Promise<void>;
  online: boolean;
}

const DB = '/lib/apk/db/installed';
const WORLD = '/etc/apk/world';
/** apk-tools' cache_max_age: an index younger than this is not fetched again. */
const CACHE_MAX_AGE_MS = 4 * 60 * 60 * 1000;

const NOT_AVAILABLE = new Set(['fix', 'cache', 'list', 'dot', 'policy', 'audit', 'stats', 'version', 'fetch', 'index', 'manifest', 'verify']);

interface Options {
  noCache: boolean;
  update: boolean;
  upgrade: boolean;
  virtual?: string;
  quiet: boolean;
  verbose: number;
  noNetwork: boolean;
  all: boolean;
  info: Set<string>;
}

function toPkg(p: ApkRepoPackage, repo: string): ApkPkg {
  return {
    name: p.name, version: p.version, description: p.description, url: p.url, license: p.license, origin: p.origin,
    installedSize: p.installedSize, size: p.size, buildTime: p.buildTime,
    depends: (p.depends ?? []).map(parseDep), provides: (p.provides ?? []).map(parseDep), installIf: (p.installIf ?? []).map(parseDep),
    providerPriority: p.name === 'busybox-binsh' ? 100 : 0, scripts: p.scripts ?? [], triggers: p.triggers ?? [], source: repo,
  };
}

function entriesOf(p: ApkPkg): readonly Entry[] {
  return alpineRepository().find((r) => r.name === p.name && r.version === p.version)?.entries ?? [];
}

/** `20261130.122552`: the version apk gives a virtual package (its local time, UTC here). */
function virtualVersion(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}.${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

function exists(fs: FileSystem, p: string): boolean {
  try {
    fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

export class Apk {
  private readonly io: ApkIO;
  private readonly fs: FileSystem;
  private opts: Options = { noCache: false, update: false, upgrade: false, quiet: false, verbose: 0, noNetwork: false, all: false, info: new Set() };
  private repos: Repository[] = [];
  private available: ApkPkg[] = [];
  private unavailable = 0;

  constructor(io: ApkIO) {
    this.io = io;
    this.fs = io.fs;
  }

  async run(argv: readonly string[]): Promise<number> {
    const args: string[] = [];
    let cmd: string | undefined;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--no-cache') this.opts.noCache = true;
      else if (a === '-U' || a === '--update-cache' || a === '--update') this.opts.update = true;
      else if (a === '-u' || a === '--upgrade' || a === '-l' || a === '--latest') this.opts.upgrade = true;
      else if (a === '-t' || a === '--virtual') this.opts.virtual = argv[++i];
      else if (a.startsWith('--virtual=')) this.opts.virtual = a.slice(10);
      else if (a === '-q' || a === '--quiet') this.opts.quiet = true;
      else if (a === '-v' || a === '--verbose') this.opts.verbose++;
      else if (a === '--no-network') this.opts.noNetwork = true;
      else if (a === '--no-progress' || a === '--progress' || a === '--allow-untrusted' || a === '--force-broken-world' || a === '-i' || a === '--interactive') continue;
      else if (a === '-a' || a === '--all') this.opts.all = true;
      else if (a === '--version' || a === '-V') {
        await this.io.out('apk-tools 2.14.4, compiled for x86_64.\n');
        return 0;
      } else if (cmd === 'info' && /^-[a-zA-Z]+$/.test(a)) for (const c of a.slice(1)) this.opts.info.add(c);
      else if (a.startsWith('-') && a !== '-') {
        // getopt's message, then apk's own line (recorded: `apk add --bogus curl`).
        await this.io.err(`apk: unrecognized option '${a}'\nERROR: This apk-tools has been built without help\n`);
        return 1;
      } else if (cmd === undefined) cmd = a;
      else args.push(a);
    }
    if (cmd === undefined || cmd === 'help' || argv.includes('--help') || argv.includes('-h')) {
      await this.io.out(usage());
      return cmd === undefined ? 1 : 0;
    }
    switch (cmd) {
      case 'add':
        return this.add(args);
      case 'del':
        return this.del(args);
      case 'update':
        return this.updateCmd();
      case 'upgrade':
        return this.upgradeCmd();
      case 'info':
        return this.info(args);
      case 'search':
        return this.search(args);
    }
    if (NOT_AVAILABLE.has(cmd)) {
      await this.io.err(`apk ${cmd}: this program is not available in the simulator\n`);
      return 127;
    }
    await this.io.err(`ERROR: '${cmd}' is not an apk command. See 'apk --help'.\n`);
    return 1;
  }

  // ---- database ----------------------------------------------------------------------------

  /**
   * The installed packages. The base image's database lacks the install_if (`i:`) and provider
   * priority (`k:`) lines the real one has for ssl_client and busybox-binsh; they are taken from
   * the repository's copy of the same version, as apk would see them.
   */
  private installed(): InstalledPkg[] {
    let list: InstalledPkg[];
    try {
      list = parseInstalledDb(this.fs.readText(DB));
    } catch {
      return [];
    }
    const repo = new Map(alpineRepository().map((p) => [p.name, p]));
    for (const p of list) {
      const r = repo.get(p.name);
      if (!r) continue;
      if (!p.installIf.length && r.installIf) p.installIf = r.installIf.map(parseDep);
      if (!p.providerPriority && p.name === 'busybox-binsh') p.providerPriority = 100;
      if (!p.scripts.length && r.scripts && r.version === p.version) p.scripts = r.scripts;
    }
    return list;
  }

  private world(): Dep[] {
    try {
      return this.fs.readText(WORLD).split(/\s+/).filter(Boolean).map(parseDep);
    } catch {
      return [];
    }
  }

  /** Writers need root (apk opens the database for writing first). */
  private async lock(): Promise<boolean> {
    if (this.fs.cred.uid === 0) return true;
    await this.io.err('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    return false;
  }

  private cacheDir(): string {
    return exists(this.fs, '/etc/apk/cache') ? '/etc/apk/cache' : '/var/cache/apk';
  }

  /**
   * Open the repositories: use a fresh index cache, else fetch (printing `fetch URL`), as
   * apk_db_open does for writers (`autoupdate`) and `apk update` (`force`). Readers (info,
   * search, del) only open caches and warn when there is none.
   */
  private async openRepos(mode: 'read' | 'auto' | 'force'): Promise<void> {
    this.repos = readRepositories(this.fs);
    this.available = [];
    this.unavailable = 0;
    const dir = this.cacheDir();
    for (const repo of this.repos) {
      const cache = `${dir}/${cacheFileName(repo)}`;
      let fresh = false;
      if (!this.opts.noCache && exists(this.fs, cache)) {
        fresh = mode === 'read' || this.io.now() - this.fs.stat(cache).mtime < CACHE_MAX_AGE_MS;
      }
      if (mode === 'force' || this.opts.update) fresh = false;
      if (mode === 'read' && !fresh) {
        if (!exists(this.fs, cache) || this.opts.noCache) {
          await this.io.err(`WARNING: opening from cache ${repo.url}: No such file or directory\n`);
          continue;
        }
      }
      if (!fresh && mode !== 'read') {
        await this.io.out(`fetch ${indexUrl(repo)}\n`);
        await this.io.advance(150);
        if (!this.io.online || this.opts.noNetwork || !repo.served) {
          // Recorded: the counter moves twice per repository in 2.14 (`4 unavailable` for two).
          this.unavailable += 2;
          const verb = this.opts.noCache ? 'fetching' : 'updating and opening';
          const why = this.opts.noNetwork ? 'network error (check Internet connection and firewall)' : 'temporary error (try again later)';
          await this.io.err(`WARNING: ${verb} ${repo.url}: ${why}\n`);
          if (!this.opts.noCache && exists(this.fs, cache)) this.load(repo);
          continue;
        }
        if (!this.opts.noCache) {
          this.mkdirs(dir);
          writeSized(this.fs, cache, INDEX_SIZES[repo.served], utf8('\x1f\x8b\x08\x00'), 0o644);
          this.fs.utimes(cache, this.io.now(), this.io.now());
        }
      }
      this.load(repo);
    }
  }

  private load(repo: Repository): void {
    if (!repo.served) return;
    for (const p of alpineRepository()) if (p.repo === repo.served) this.available.push(toPkg(p, repo.served));
  }

  private mkdirs(dir: string): void {
    const parts = dir.split('/').filter(Boolean);
    let cur = '';
    for (const p of parts) {
      cur += `/${p}`;
      if (!exists(this.fs, cur)) this.fs.mkdir(cur, 0o755);
    }
  }

  // ---- commands ---------------------------------------------------------------------------

  private async add(args: string[]): Promise<number> {
    if (!(await this.lock())) return 99;
    await this.openRepos('auto');
    const installed = this.installed();
    let world = this.world();
    const deps = args.map(parseDep);
    let virtualPkg: ApkPkg | undefined;
    if (this.opts.virtual) {
      virtualPkg = {
        name: this.opts.virtual, version: virtualVersion(this.io.now()), description: 'virtual meta package', url: '', license: '', origin: '',
        installedSize: 0, size: 0, buildTime: Math.floor(this.io.now() / 1000), depends: deps, provides: [], installIf: [], providerPriority: 0,
        scripts: [], triggers: [], source: 'virtual',
      };
      world = world.filter((d) => d.name !== virtualPkg!.name);
      world.push({ name: virtualPkg.name });
    } else {
      for (const d of deps) {
        world = world.filter((w) => w.name !== d.name);
        world.push(d);
      }
    }
    world.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const available = virtualPkg ? [...this.available, virtualPkg] : this.available;
    return this.commit(installed, available, world, this.opts.upgrade);
  }

  private async del(args: string[]): Promise<number> {
    if (!(await this.lock())) return 99;
    await this.openRepos('read');
    const installed = this.installed();
    let world = this.world();
    let errors = 0;
    for (const a of args) {
      const known = installed.some((p) => p.name === a) || this.available.some((p) => p.name === a) || world.some((d) => d.name === a);
      if (!known) {
        await this.io.err(`ERROR: No such package: ${a}\n`);
        errors++;
        continue;
      }
      world = world.filter((d) => d.name !== a);
    }
    if (errors) return errors;
    const r = solve({ installed, available: this.available, world });
    // Packages still needed by what remains in the world (app_del.c print_not_deleted_name).
    const lines: string[] = [];
    for (const a of args) {
      if (!r.final.has(a)) continue;
      const names = this.requiredByWorld(a, r.final, world);
      if (names.length) lines.push(`  ${a}: ${names.join(' ')}`);
    }
    if (lines.length) await this.io.out(`World updated, but the following packages are not removed due to:\n${lines.join('\n')}\n\n`);
    return this.apply(installed, r.changes, r.errors, world);
  }

  private requiredByWorld(name: string, final: Map<string, ApkPkg>, world: readonly Dep[]): string[] {
    const target = final.get(name)!;
    const inWorld = new Set(world.map((d) => d.name));
    const out: string[] = [];
    const seen = new Set<string>([name]);
    const walk = (p: ApkPkg): void => {
      for (const q of final.values()) {
        if (seen.has(q.name)) continue;
        if (!q.depends.some((d) => d.name === p.name || p.provides.some((x) => x.name === d.name))) continue;
        seen.add(q.name);
        if (inWorld.has(q.name)) out.push(q.name);
        walk(q);
      }
    };
    walk(target);
    return out;
  }

  private async updateCmd(): Promise<number> {
    if (!(await this.lock())) return 99;
    await this.openRepos('force');
    for (const repo of this.repos) {
      if (repo.served && this.io.online && !this.opts.noNetwork) await this.io.out(`${REPO_DESCRIPTIONS[repo.served]} [${repo.url}]\n`);
    }
    // The real repositories' count when they answered; else only what is installed (recorded).
    const count = this.available.length ? DISTINCT_PACKAGES : this.installed().length;
    const head = this.unavailable ? `${this.unavailable} unavailable, 0 stale;` : 'OK:';
    await this.io.out(`${head} ${count} distinct packages available\n`);
    return this.unavailable;
  }

  private async upgradeCmd(): Promise<number> {
    if (!(await this.lock())) return 99;
    await this.openRepos('auto');
    return this.commit(this.installed(), this.available, this.world(), true);
  }

  private async commit(installed: InstalledPkg[], available: ApkPkg[], world: Dep[], upgrade: boolean): Promise<number> {
    const r = solve({ installed, available, world, upgrade });
    return this.apply(installed, r.changes, r.errors, world);
  }

  private async apply(installed: InstalledPkg[], changes: Change[], errors: SolveError[], world: Dep[]): Promise<number> {
    if (errors.length) {
      await this.io.err(`ERROR: unable to select packages:\n${errors.map(errorText).join('')}`);
      return 1;
    }
    const db = new Map(installed.map((p) => [p.name, p]));
    const touched = new Set<string>();
    const total = changes.length;
    let i = 0;
    for (const c of changes) {
      i++;
      if (c.new && !c.old) await this.io.out(`(${i}/${total}) Installing ${c.new.name} (${c.new.version})\n`);
      else if (c.old && !c.new) await this.io.out(`(${i}/${total}) Purging ${c.old.name} (${c.old.version})\n`);
      else if (c.old && c.new) await this.io.out(`(${i}/${total}) Upgrading ${c.new.name} (${c.old.version} -> ${c.new.version})\n`);
      if (c.old) {
        const old = db.get(c.old.name);
        if (old) {
          if (old.scripts.includes('pre-deinstall') && !c.new) await this.io.out(`Executing ${old.name}-${old.version}.pre-deinstall\n`);
          db.delete(old.name);
          if (!c.new) {
            for (const f of old.files) touched.add(f.slice(0, f.lastIndexOf('/')) || '/');
            const keep = new Set<string>();
            for (const p of db.values()) for (const d of p.dirs) keep.add(d);
            removePaths(this.fs, old.files, old.dirs, keep);
          }
        }
      }
      if (c.new) {
        const entries = entriesOf(c.new);
        if (c.new.scripts.includes('pre-install') && !c.old) await this.io.out(`Executing ${c.new.name}-${c.new.version}.pre-install\n`);
        // An upgrade of a base-image package keeps its files (we carry no newer contents).
        if (!c.old) installEntries(this.fs, entries, c.new.buildTime * 1000);
        for (const e of entries) if (e.kind !== 'dir') touched.add(e.path.slice(0, e.path.lastIndexOf('/')) || '/');
        db.set(c.new.name, paragraphFor(c.new, entries));
        if (c.new.scripts.includes('post-install') && !c.old) await this.io.out(`Executing ${c.new.name}-${c.new.version}.post-install\n`);
        if (c.new.scripts.includes('post-upgrade') && c.old) await this.io.out(`Executing ${c.new.name}-${c.new.version}.post-upgrade\n`);
        if (!c.old && this.cacheDir() === '/etc/apk/cache' && c.new.source !== 'virtual') {
          writeSized(this.fs, `/etc/apk/cache/${c.new.name}-${c.new.version}.${hash8(c.new)}.apk`, c.new.size, utf8('\x1f\x8b\x08\x00'), 0o644);
        }
        await this.io.advance(20 + Math.round(c.new.installedSize / 100_000));
      }
    }
    await this.runTriggers(db, touched);
    if (changes.length) this.writeDb(db);
    this.writeWorld(world);
    const bytes = [...db.values()].reduce((s, p) => s + p.installedSize, 0);
    await this.io.out(`OK: ${Math.floor(bytes / (1024 * 1024))} MiB in ${db.size} packages\n`);
    return 0;
  }

  /** Triggers of installed packages whose watched directories changed (busybox, ca-certificates). */
  private async runTriggers(db: Map<string, InstalledPkg>, touched: Set<string>): Promise<void> {
    const repo = new Map(alpineRepository().map((p) => [p.name, p]));
    for (const p of [...db.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const triggers = repo.get(p.name)?.triggers ?? [];
      const hit = triggers.some((t) => {
        const base = t.replace(/\/\*$/, '');
        return [...touched].some((d) => (t.endsWith('/*') ? d === base || d.startsWith(`${base}/`) : d === base));
      });
      if (!hit) continue;
      await this.io.out(`Executing ${p.name}-${p.version}.trigger\n`);
      if (p.name === 'ca-certificates' && exists(this.fs, '/etc/ssl/certs/ca-certificates.crt')) {
        // update-ca-certificates rewrites the bundle.
        const size = this.fs.stat('/etc/ssl/certs/ca-certificates.crt').size;
        writeSized(this.fs, '/etc/ssl/certs/ca-certificates.crt', size, utf8('-----BEGIN CERTIFICATE-----\n'), 0o644);
      }
    }
  }

  private writeDb(db: Map<string, InstalledPkg>): void {
    this.fs.writeFile(DB, serializeInstalledDb([...db.values()]));
    // apk rewrites its scripts archive on every commit; its size follows the packages' scripts.
    const scripts = [...db.values()].reduce((n, p) => n + 1024 + (p.scripts.length ? 1536 * p.scripts.length : 0), 0);
    writeSized(this.fs, '/lib/apk/db/scripts.tar', Math.ceil(scripts / 512) * 512, utf8('alpine-baselayout'), 0o644);
  }

  private writeWorld(world: Dep[]): void {
    const lines = [...new Set(world.map(depString))].sort();
    const text = lines.map((l) => `${l}\n`).join('');
    try {
      if (this.fs.readText(WORLD) === text) return;
    } catch {
      // written below
    }
    this.fs.writeFile(WORLD, text);
  }

  private async info(args: string[]): Promise<number> {
    await this.openRepos('read');
    const installed = this.installed();
    const flags = this.opts.info;
    if (!args.length) {
      for (const p of installed) await this.io.out(`${flags.has('v') || this.opts.verbose ? `${p.name}-${p.version}` : p.name}\n`);
      return 0;
    }
    if (flags.has('e')) {
      let missing = 0;
      for (const a of args) {
        if (installed.some((p) => p.name === a)) await this.io.out(`${a}\n`);
        else missing++;
      }
      return missing;
    }
    let found = 0;
    for (const a of args) {
      const p = installed.find((x) => x.name === a) ?? this.newest(a);
      if (!p) continue;
      found++;
      await this.io.out(this.infoText(p, flags, installed));
    }
    return found ? 0 : 1;
  }

  private newest(name: string): ApkPkg | undefined {
    return this.available.filter((p) => p.name === name).sort((a, b) => (a.version < b.version ? 1 : -1))[0];
  }

  private infoText(p: ApkPkg, flags: Set<string>, installed: InstalledPkg[]): string {
    const id = `${p.name}-${p.version}`;
    const all = this.opts.all || flags.has('a');
    const none = ![...flags].some((f) => 'dwsRPLri'.includes(f));
    const parts: string[] = [];
    const block = (label: string, body: string): void => {
      parts.push(`${id} ${label}:\n${body}${body ? '\n' : ''}\n`);
    };
    if (all || none || flags.has('d')) block('description', p.description);
    if (all || none || flags.has('w')) block('webpage', p.url);
    if (all || none || flags.has('s')) block('installed size', humanSize(p.installedSize));
    if (all || flags.has('R')) block('depends on', p.depends.map(depString).join('\n'));
    if (all || flags.has('P')) block('provides', p.provides.map(depString).join('\n'));
    if (all || flags.has('r')) {
      const by = installed.filter((q) => q.depends.some((d) => d.name === p.name || p.provides.some((x) => x.name === d.name))).map((q) => q.name);
      block('is required by', by.join('\n'));
    }
    if (all || flags.has('i')) block('has auto-install rule', p.installIf.map(depString).join('\n'));
    if (all) block('license', p.license);
    if (flags.has('L')) {
      const inst = installed.find((q) => q.name === p.name && q.version === p.version);
      parts.push(`${id} contains:\n${inst ? inst.files.map((f) => `${f.slice(1)}\n`).join('') : ''}\n`);
    }
    return parts.join('');
  }

  private async search(args: string[]): Promise<number> {
    await this.openRepos('read');
    const pats = args.map((a) => new RegExp(`^${(a.includes('*') ? a : `*${a}*`).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
    const byName = new Map<string, ApkPkg>();
    for (const p of [...this.installed(), ...this.available]) {
      if (!pats.length || pats.some((r) => r.test(p.name))) {
        const cur = byName.get(p.name);
        if (!cur || cur.version < p.version) byName.set(p.name, p);
      }
    }
    if (!this.available.length) return 0;
    for (const p of [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) await this.io.out(`${p.name}-${p.version}\n`);
    return 0;
  }
}

function hash8(p: ApkPkg): string {
  let h = 0x811c9dc5;
  for (const c of `${p.name}-${p.version}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** apk_get_human_size: divide by 1024 while the figure is 10000 or more. */
export function humanSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let s = bytes;
  let i = 0;
  while (s >= 10000 && i < units.length - 1) {
    s = Math.floor(s / 1024);
    i++;
  }
  return `${s} ${units[i]}`;
}

function errorText(e: SolveError): string {
  if (e.kind === 'missing') return `  ${e.name} (no such package):\n    required by: ${e.requiredBy.join(' ')}\n`;
  return `  ${e.pkg.name}-${e.pkg.version}:\n    breaks: ${e.requiredBy.join(' ')}\n`;
}

/**
 * `apk` with no command. The real apk-tools prints help generated from its manual pages; the build
 * we recorded from had no help compiled in, so this is its first line (recorded) followed by the
 * command list of doc/apk.8.scd (the text is the manual's, the layout approximate).
 */
function usage(): string {
  return `apk-tools 2.14.4, compiled for x86_64.

usage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]

Package installation and removal:
  add        Add packages to WORLD and commit changes
  del        Remove packages from WORLD and commit changes

System maintenance:
  fix        Fix, reinstall or upgrade packages without modifying WORLD
  update     Update repository indexes
  upgrade    Install upgrades available from repositories
  cache      Manage the local package cache

Querying package information:
  info       Give detailed information about packages or repositories
  list       List packages matching a pattern or other criteria
  dot        Render dependencies as graphviz graphs
  policy     Show repository policy for packages
  search     Search for packages by name or description

Repository maintenance:
  index      Create repository index file from packages
  fetch      Download packages from repositories to a local directory
  manifest   Show checksums of package contents
  verify     Verify package integrity and signature

Miscellaneous:
  audit      Audit system for changes
  stats      Show statistics about repositories and installations
  version    Compare package versions or perform tests on version strings
`;
}

