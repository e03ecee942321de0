/**
 * `apt-get` and `apt` (apt 2.7.14 as ubuntu:24.04 ships it) over the offline noble archive:
 * update, install, remove, purge, autoremove, clean, upgrade.
 *
 * Texts: the messages, their order and formats are apt's and dpkg's, recorded from the real
 * apt 2.6.1 + dpkg 1.21 on this machine in a Debian 12 chroot (update failing without a network,
 * install/remove/purge/autoremove/clean, missing packages, versions, the non-root lock errors, the
 * confirmation prompt that aborts on end of input, fetch failures offline: testdata/
 * apt-2.6.1-recorded.txt), and from real ubuntu:24.04 transcripts for what only Ubuntu prints
 * (archive-data.ts names them: the Get lines, debconf's frontend fallbacks, ca-certificates' and
 * tzdata's postinst output, diversions, update-alternatives). Number and list formats follow
 * apt's source at 2.7.14 (format.ts).
 *
 * Approximate: apt's ordering of Get/unpack and configure for sets other than the recorded ones
 * (we use dependencies first); the `(Reading database ... N files` count (real base, estimated
 * per-package path counts); `apt`'s progress bars on a terminal (it prints as apt-get does, plus
 * its CLI warning); tzdata's interactive prompt on a terminal does not wait for an answer.
 */
import type { FileSystem } from '../../vfs/types.ts';
import { installEntries, removePaths } from '../install-files.ts';
import { writeSized } from '../sized-file.ts';
import { utf8 } from '../../util/text.ts';
import { BASE_DPKG_PATHS, LIBC_BIN_VERSION, nobleArchive, RECORDED_PLANS, UPDATE_GETS, type DebPackage } from './archive-data.ts';
import { dpkgName, infoBase, readAuto, readStatus, stanzaFor, writeAuto, writeStatus, type StatusEntry } from './dpkg-db.ts';
import { showList, sizeToStr, timeToStr } from './format.ts';

export interface AptIO {
  fs: FileSystem;
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
  /** A line from standard input, or null at end of input. */
  readLine(): Promise<string | null>;
  now(): number;
  advance(ms: number): Promise<void>;
  online: boolean;
  env: Record<string, string>;
  /** Invoked as `apt` rather than `apt-get`. */
  asApt?: boolean;
}

const LISTS = '/var/lib/apt/lists';
const ARCHIVES = '/var/cache/apt/archives';
/** Stored lists are lz4 (Ubuntu's apt keeps Packages indexes compressed): about 1.3x the gz fetched. */
const LZ4_RATIO = 1.3;

interface Opts {
  yes: boolean;
  noRecommends: boolean;
  purge: boolean;
  quiet: number;
}

function exists(fs: FileSystem, p: string): boolean {
  try {
    fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

function mkdirs(fs: FileSystem, dir: string, mode = 0o755): void {
  let cur = '';
  for (const part of dir.split('/').filter(Boolean)) {
    cur += `/${part}`;
    if (!exists(fs, cur)) fs.mkdir(cur, mode);
  }
}

const host = (pocket: string): string => (pocket.startsWith('noble-security') ? 'security.ubuntu.com' : 'archive.ubuntu.com');
const debFile = (p: DebPackage): string => `${p.name}_${p.version.replace(/:/g, '%3a')}_${p.arch}.deb`;

function poolPath(p: DebPackage): string {
  const src = p.name.startsWith('lib') ? p.name.slice(0, 4) : p.name[0];
  return `pool/main/${src}/${p.name}/${debFile(p)}`;
}

export class AptGet {
  private readonly io: AptIO;
  private readonly fs: FileSystem;
  private readonly archive = nobleArchive();
  private opts: Opts = { yes: false, noRecommends: false, purge: false, quiet: 0 };

  constructor(io: AptIO) {
    this.io = io;
    this.fs = io.fs;
  }

  async run(argv: readonly string[]): Promise<number> {
    const args: string[] = [];
    let cmd: string | undefined;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-qy' || a === '-yq') {
        this.opts.yes = true;
        if (a.includes('q')) this.opts.quiet++;
      } else if (a === '-q' || a === '--quiet') this.opts.quiet++;
      else if (a === '-qq') this.opts.quiet += 2;
      else if (a === '--no-install-recommends') this.opts.noRecommends = true;
      else if (a === '--purge') this.opts.purge = true;
      else if (a === '-o' || a === '-c') i++;
      else if (a.startsWith('-o') || a.startsWith('--option') || a === '--no-install-suggests' || a === '-f' || a === '--fix-broken' || a === '--fix-missing' || a === '-m' || a === '--allow-unauthenticated' || a === '--allow-downgrades' || a === '--no-upgrade' || a === '--only-upgrade' || a === '-V' || a === '--verbose-versions') continue;
      else if (a.startsWith('-') && a.length > 1) {
        await this.io.err(`E: Command line option '${a.replace(/^-+/, '')}' [from ${a}] is not understood in combination with the other options.\n`);
        return 100;
      } else if (cmd === undefined) cmd = a;
      else args.push(a);
    }
    if (this.io.asApt) await this.io.err('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
    if (cmd === undefined) {
      await this.io.out(USAGE);
      return 1;
    }
    switch (cmd) {
      case 'update':
        return this.update();
      case 'install':
      case 'reinstall':
        return this.install(args);
      case 'remove':
        return this.remove(args, this.opts.purge);
      case 'purge':
        return this.remove(args, true);
      case 'autoremove':
        return this.remove([], this.opts.purge, true);
      case 'clean':
      case 'autoclean':
        return this.clean();
      case 'upgrade':
      case 'dist-upgrade':
      case 'full-upgrade':
        return this.upgrade();
      case 'check':
        await this.readingLists();
        return 0;
    }
    await this.io.err(`E: Invalid operation ${cmd}\n`);
    return 100;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private async readingLists(): Promise<void> {
    await this.io.out('Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
  }

  private async lockDpkg(): Promise<boolean> {
    if (this.fs.cred.uid === 0) return true;
    await this.io.err('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
    return false;
  }

  /** Index files present: without them apt knows only what is installed. */
  private haveLists(): boolean {
    try {
      return this.fs.readdir(LISTS).some((n) => n.includes('_Packages'));
    } catch {
      return false;
    }
  }

  /** The repositories /etc/apt lists, as `(host path, suite)` pairs in apt's order. */
  private sources(): { uri: string; suite: string }[] {
    const out: { uri: string; suite: string }[] = [];
    const add = (uri: string, suite: string): void => {
      const u = uri.replace(/\/+$/, '');
      if (!out.some((s) => s.uri === u && s.suite === suite)) out.push({ uri: u, suite });
    };
    try {
      for (const line of this.fs.readText('/etc/apt/sources.list').split('\n')) {
        const m = /^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line);
        if (m) add(m[1], m[2]);
      }
    } catch {
      // none
    }
    let files: string[] = [];
    try {
      files = this.fs.readdir('/etc/apt/sources.list.d').sort();
    } catch {
      // none
    }
    for (const f of files) {
      const path = `/etc/apt/sources.list.d/${f}`;
      let text = '';
      try {
        text = this.fs.readText(path);
      } catch {
        continue;
      }
      if (f.endsWith('.list')) {
        for (const line of text.split('\n')) {
          const m = /^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line);
          if (m) add(m[1], m[2]);
        }
      } else if (f.endsWith('.sources')) {
        for (const para of text.split(/\n\s*\n/)) {
          const uris = /^URIs:\s*(.+)$/m.exec(para)?.[1].split(/\s+/) ?? [];
          const suites = /^Suites:\s*(.+)$/m.exec(para)?.[1].split(/\s+/) ?? [];
          if (/^Enabled:\s*no/m.test(para)) continue;
          for (const u of uris) for (const s of suites) add(u, s);
        }
      }
    }
    return out;
  }

  private installed(): Map<string, StatusEntry> {
    return readStatus(this.fs);
  }

  // ---- update ------------------------------------------------------------------------------

  private async update(): Promise<number> {
    if (this.fs.cred.uid !== 0) {
      await this.io.out('Reading package lists...\n');
      await this.io.err('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n');
      return 100;
    }
    const sources = this.sources();
    mkdirs(this.fs, `${LISTS}/partial`);
    mkdirs(this.fs, `${LISTS}/auxfiles`);
    if (!exists(this.fs, `${LISTS}/lock`)) this.fs.writeFile(`${LISTS}/lock`, '', { mode: 0o640 });
    const label = (s: { uri: string; suite: string }): string => `${s.uri} ${s.suite} InRelease`;
    if (!this.io.online) {
      // Recorded: three rounds of Ign for every InRelease, then Err, then the warnings.
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < sources.length; i++) await this.io.out(`Ign:${i + 1} ${label(sources[i])}\n`);
        await this.io.advance(1000);
      }
      for (let i = 0; i < sources.length; i++) await this.io.out(`Err:${i + 1} ${label(sources[i])}\n  Temporary failure resolving '${hostOf(sources[i].uri)}'\n`);
      await this.io.out('Reading package lists...\n');
      for (const s of sources) await this.io.err(`W: Failed to fetch ${s.uri}/dists/${s.suite}/InRelease  Temporary failure resolving '${hostOf(s.uri)}'\n`);
      if (sources.length) await this.io.err('W: Some index files failed to download. They have been ignored, or old ones used instead.\n');
      return 0;
    }
    const known = (s: { uri: string }): boolean => /^https?:\/\/(archive|security)\.ubuntu\.com\/ubuntu$/.test(s.uri);
    const gets: { what: string; size: number; file: string }[] = [];
    const served = new Set(sources.filter(known).map((s) => `${hostOf(s.uri)} ${s.suite}`));
    for (const g of UPDATE_GETS) {
      const m = /^http:\/\/(\S+)\/ubuntu (\S+?)(?:\/(\S+) amd64 Packages| InRelease)$/.exec(g.what)!;
      const [, h, suite, comp] = m;
      if (!served.has(`${h} ${suite}`)) continue;
      const file = comp ? `${h}_ubuntu_dists_${suite}_${comp}_binary-amd64_Packages.lz4` : `${h}_ubuntu_dists_${suite}_InRelease`;
      gets.push({ ...g, file });
    }
    const unknown = sources.filter((s) => !known(s));
    let n = 0;
    let bytes = 0;
    const start = this.io.now();
    for (const g of gets) {
      n++;
      await this.io.out(`Get:${n} ${g.what} [${sizeToStr(g.size)}B]\n`);
      await this.io.advance(Math.round(g.size / 5000));
      bytes += g.size;
      writeSized(this.fs, `${LISTS}/${g.file}`, g.file.endsWith('.lz4') ? Math.round(g.size * LZ4_RATIO) : g.size, utf8(g.file.endsWith('.lz4') ? '\x04"M\x18' : '-----BEGIN PGP SIGNED MESSAGE-----\n'), 0o644);
    }
    for (const s of unknown) {
      n++;
      await this.io.out(`Ign:${n} ${label(s)}\n`);
    }
    for (const s of unknown) await this.io.out(`Err:${gets.length + unknown.indexOf(s) + 1} ${label(s)}\n  Could not resolve '${hostOf(s.uri)}'\n`);
    if (bytes) await this.fetched(bytes, start);
    await this.io.out('Reading package lists...\n');
    for (const s of unknown) await this.io.err(`W: Failed to fetch ${s.uri}/dists/${s.suite}/InRelease  Could not resolve '${hostOf(s.uri)}'\n`);
    if (unknown.length) await this.io.err('W: Some index files failed to download. They have been ignored, or old ones used instead.\n');
    return 0;
  }

  private async fetched(bytes: number, start: number): Promise<void> {
    const ms = Math.max(1, this.io.now() - start);
    await this.io.out(`Fetched ${sizeToStr(bytes)}B in ${timeToStr(Math.floor(ms / 1000))} (${sizeToStr(bytes / (ms / 1000))}B/s)\n`);
  }

  // ---- install -----------------------------------------------------------------------------

  private async install(args: string[]): Promise<number> {
    if (!(await this.lockDpkg())) return 100;
    await this.readingLists();
    const installed = this.installed();
    const auto = readAuto(this.fs);
    const lists = this.haveLists();
    const requested: DebPackage[] = [];
    let errors = 0;
    for (const raw of args) {
      const [nameArch, version] = raw.split('=');
      const name = nameArch.replace(/:amd64$|:all$/, '');
      const have = installed.get(name);
      const pkg = lists ? this.archive.get(name) : undefined;
      if (!pkg && !have) {
        await this.io.err(`E: Unable to locate package ${raw}\n`);
        return 100;
      }
      if (version !== undefined && pkg && pkg.version !== version) {
        await this.io.err(`E: Version '${version}' for '${name}' was not found\n`);
        return 100;
      }
      if (have) {
        await this.io.out(`${name} is already the newest version${have.version ? ` (${have.version})` : ''}.\n`);
        if (auto.has(name)) {
          auto.delete(name);
          await this.io.out(`${name} set to manually installed.\n`);
          writeAuto(this.fs, auto, (n) => this.archive.get(n)?.arch ?? 'amd64');
        }
        continue;
      }
      if (pkg) requested.push(pkg);
      else errors++;
    }
    const plan = this.closure(requested, installed);
    if (!plan.order.length) {
      await this.io.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
      return errors ? 100 : 0;
    }
    const reqNames = new Set(requested.map((p) => p.name));
    const names = plan.order.map((p) => p.name);
    const sorted = [...names].sort();
    let text = showList('The following additional packages will be installed:', sorted.filter((n) => !reqNames.has(n)));
    const suggested: string[] = [];
    for (const p of [...plan.order].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      for (const s of p.suggests ?? []) if (!installed.has(s) && !names.includes(s) && !suggested.includes(s)) suggested.push(s);
    }
    text += showList('Suggested packages:', suggested);
    text += showList('Recommended packages:', plan.skippedRecommends);
    text += showList('The following NEW packages will be installed:', sorted);
    await this.io.out(text);
    await this.io.out(`0 upgraded, ${names.length} newly installed, 0 to remove and 0 not upgraded.\n`);
    const cached = (p: DebPackage): boolean => exists(this.fs, `${ARCHIVES}/${debFile(p)}`);
    const total = plan.order.reduce((s, p) => s + p.debSize, 0);
    const need = plan.order.filter((p) => !cached(p)).reduce((s, p) => s + p.debSize, 0);
    await this.io.out(need === total ? `Need to get ${sizeToStr(total)}B of archives.\n` : `Need to get ${sizeToStr(need)}B/${sizeToStr(total)}B of archives.\n`);
    const kib = plan.order.reduce((s, p) => s + p.installedKiB, 0);
    await this.io.out(`After this operation, ${sizeToStr(kib * 1024)}B of additional disk space will be used.\n`);
    if (!this.opts.yes && plan.order.length > requested.length) {
      if (!(await this.confirm())) return 1;
    }
    // Download.
    const toFetch = plan.order.filter((p) => !cached(p));
    if (toFetch.length && !this.io.online) {
      for (let round = 0; round < 3; round++) for (let i = 0; i < toFetch.length; i++) await this.io.out(`Ign:${i + 1} ${this.getLabel(toFetch[i])}\n`);
      for (let i = 0; i < toFetch.length; i++) await this.io.out(`Err:${i + 1} ${this.getLabel(toFetch[i])}\n  Temporary failure resolving '${host(toFetch[i].pocket)}'\n`);
      for (const p of toFetch) await this.io.err(`E: Failed to fetch http://${host(p.pocket)}/ubuntu/${poolPath(p).replace(/\+/g, '%2b')}  Temporary failure resolving '${host(p.pocket)}'\n`);
      await this.io.err('E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n');
      return 100;
    }
    const start = this.io.now();
    mkdirs(this.fs, `${ARCHIVES}/partial`);
    let i = 0;
    for (const p of toFetch) {
      i++;
      await this.io.out(`Get:${i} ${this.getLabel(p)} [${sizeToStr(p.debSize)}B]\n`);
      await this.io.advance(30 + Math.round(p.debSize / 4000));
      writeSized(this.fs, `${ARCHIVES}/${debFile(p)}`, p.debSize, utf8('!<arch>\ndebian-binary   '), 0o644);
    }
    if (!exists(this.fs, '/usr/bin/apt-extracttemplates')) await this.io.err('debconf: delaying package configuration, since apt-utils is not installed\n');
    if (toFetch.length) await this.fetched(need, start);
    await this.dpkgInstall(plan.order, installed, auto, reqNames);
    this.dockerClean();
    return 0;
  }

  private getLabel(p: DebPackage): string {
    return `http://${host(p.pocket)}/ubuntu ${p.pocket} amd64 ${p.name} ${p.arch} ${p.version}`;
  }

  private async confirm(): Promise<boolean> {
    await this.io.out('Do you want to continue? [Y/n] ');
    // End of input (a build's /dev/null) or anything but yes aborts; an empty line is yes.
    const line = await this.io.readLine();
    if (line === null || !/^(y|yes|)$/i.test(line.trim())) {
      await this.io.out('Abort.\n');
      return false;
    }
    return true;
  }

  /** New packages to install: dependencies first, then (unless told not to) recommends. */
  private closure(requested: DebPackage[], installed: Map<string, StatusEntry>): { order: DebPackage[]; skippedRecommends: string[] } {
    const order: DebPackage[] = [];
    const seen = new Set<string>();
    const late: string[] = [];
    const skipped: string[] = [];
    const visit = (name: string): void => {
      if (seen.has(name) || installed.has(name)) return;
      const p = this.archive.get(name);
      if (!p) return;
      seen.add(name);
      for (const d of p.depends) visit(d);
      order.push(p);
      for (const r of p.recommends ?? []) {
        if (installed.has(r) || seen.has(r)) continue;
        if (this.opts.noRecommends) {
          if (!skipped.includes(r)) skipped.push(r);
        } else late.push(r);
      }
    };
    for (const p of requested) visit(p.name);
    for (let k = 0; k < late.length; k++) visit(late[k]);
    // apt's own order for the sets we have transcripts of.
    const names = new Set(order.map((p) => p.name));
    const rec = RECORDED_PLANS.find((r) => r.packages.length === names.size && r.packages.every((n) => names.has(n)));
    if (rec) return { order: rec.packages.map((n) => this.archive.get(n)!), skippedRecommends: skipped.sort() };
    return { order, skippedRecommends: skipped.sort() };
  }

  private dbPathCount(installed: Map<string, StatusEntry>): number {
    let n = BASE_DPKG_PATHS;
    for (const name of installed.keys()) n += this.archive.get(name)?.listCount ?? 0;
    return n;
  }

  private async dpkgInstall(order: DebPackage[], installed: Map<string, StatusEntry>, auto: Set<string>, requested: Set<string>): Promise<void> {
    const width = String(order.length - 1).length;
    const numbered = order.length > 5;
    let first = true;
    const now = this.io.now();
    for (let k = 0; k < order.length; k++) {
      const p = order[k];
      await this.io.out(`Selecting previously unselected package ${dpkgName(p)}.\n`);
      if (first) {
        await this.io.out(`(Reading database ... ${this.dbPathCount(installed)} files and directories currently installed.)\n`);
        first = false;
      }
      await this.io.out(`Preparing to unpack .../${numbered ? `${String(k).padStart(width, '0')}-` : ''}${debFile(p)} ...\n`);
      for (const note of p.unpackNotes ?? []) await this.io.out(`${note}\n`);
      await this.io.out(`Unpacking ${dpkgName(p)} (${p.version}) ...\n`);
      installEntries(this.fs, p.entries, now);
      this.writeInfo(p);
      installed.set(p.name, stanzaFor(p));
      if (!requested.has(p.name)) auto.add(p.name);
      await this.io.advance(10 + Math.round(p.installedKiB / 500));
    }
    writeStatus(this.fs, installed.values());
    writeAuto(this.fs, auto, (n) => this.archive.get(n)?.arch ?? 'amd64');
    const names = new Set(order.map((p) => p.name));
    const rec = RECORDED_PLANS.find((r) => r.configure.length === names.size && r.configure.every((n) => names.has(n)));
    const configure = rec ? rec.configure.map((n) => this.archive.get(n)!) : order;
    for (const p of configure) {
      await this.io.out(`Setting up ${dpkgName(p)} (${p.version}) ...\n`);
      await this.postinst(p);
    }
    if (order.some((p) => p.ldconfig)) await this.io.out(`Processing triggers for libc-bin (${LIBC_BIN_VERSION}) ...\n`);
    const ca = order.find((p) => p.name === 'ca-certificates');
    if (ca) await this.io.out(`Processing triggers for ca-certificates (${ca.version}) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n`);
    this.log(order.map((p) => `install ${dpkgName(p)} <none> ${p.version}`));
  }

  private writeInfo(p: DebPackage): void {
    const base = infoBase(p);
    const paths = new Set<string>(['/.']);
    for (const e of p.entries) {
      let d = e.path;
      while (d.lastIndexOf('/') > 0) {
        d = d.slice(0, d.lastIndexOf('/'));
        paths.add(d);
      }
      paths.add(e.path);
    }
    this.fs.writeFile(`${base}.list`, [...paths].sort().join('\n') + '\n');
    const files = p.entries.filter((e) => e.kind === 'file');
    if (files.length) this.fs.writeFile(`${base}.md5sums`, files.map((e) => `${'0'.repeat(32)}  ${e.path.slice(1)}\n`).join(''));
  }

  /** What a package's postinst prints (and does) in a container. */
  private async postinst(p: DebPackage): Promise<void> {
    const noninteractive = this.io.env.DEBIAN_FRONTEND === 'noninteractive';
    const debconfFallback = async (): Promise<void> => {
      if (noninteractive) return;
      const why = this.io.env.TERM
        ? 'No usable dialog-like program is installed, so the dialog based frontend cannot be used. at /usr/share/perl5/Debconf/FrontEnd/Dialog.pm line 79.'
        : 'TERM is not set, so the dialog frontend is not usable.';
      await this.io.err(
        `debconf: unable to initialize frontend: Dialog\ndebconf: (${why})\ndebconf: falling back to frontend: Readline\ndebconf: unable to initialize frontend: Readline\ndebconf: (Can't locate Term/ReadLine.pm in @INC (you may need to install the Term::ReadLine module) (@INC entries checked: /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.38.2 /usr/local/share/perl/5.38.2 /usr/lib/x86_64-linux-gnu/perl5/5.38 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl-base /usr/lib/x86_64-linux-gnu/perl/5.38 /usr/share/perl/5.38 /usr/local/lib/site_perl) at /usr/share/perl5/Debconf/FrontEnd/Readline.pm line 8.)\ndebconf: falling back to frontend: Teletype\n`,
      );
    };
    switch (p.setup) {
      case 'ca-certificates':
        await debconfFallback();
        await this.io.out('Updating certificates in /etc/ssl/certs...\n146 added, 0 removed; done.\n');
        mkdirs(this.fs, '/etc/ssl/certs');
        writeSized(this.fs, '/etc/ssl/certs/ca-certificates.crt', 219_347, utf8('-----BEGIN CERTIFICATE-----\n'), 0o644);
        this.fs.writeFile('/etc/ca-certificates.conf', '# This file lists certificates that you wish to use or to ignore to be\n# installed in /etc/ssl/certs.\nmozilla/ISRG_Root_X1.crt\nmozilla/DigiCert_Global_Root_G2.crt\nmozilla/GlobalSign_Root_CA.crt\n');
        break;
      case 'tzdata':
        await this.tzdata(noninteractive, debconfFallback);
        break;
      case 'nano':
        await this.alternatives([['/bin/nano', '/usr/bin/editor', 'editor', 'nano.1.gz'], ['/bin/nano', '/usr/bin/pico', 'pico', 'nano.1.gz']]);
        break;
      case 'vim':
        await this.alternatives(
          [['ex'], ['rview'], ['rvim'], ['vi'], ['view'], ['vim'], ['vimdiff']].map(([n]) => ['/usr/bin/vim.basic', `/usr/bin/${n}`, n, ['ex', 'vi', 'view'].includes(n) ? 'vim.1.gz' : '']),
        );
        break;
    }
  }

  /** update-alternatives in a minimized image: the link, and a warning per missing man page. */
  private async alternatives(list: string[][]): Promise<void> {
    const langs = ['', 'da/', 'de/', 'fr/', 'it/', 'ja/', 'pl/', 'ru/', 'tr/'];
    for (const [target, link, name, man] of list) {
      await this.io.err(`update-alternatives: using ${target} to provide ${link} (${name}) in auto mode\n`);
      if (man) {
        const many = man === 'vim.1.gz';
        for (const l of many ? langs : ['']) {
          await this.io.err(`update-alternatives: warning: skip creation of /usr/share/man/${l}man1/${name}.1.gz because associated file /usr/share/man/${l}man1/${man} (of link group ${name}) doesn't exist\n`);
        }
      }
      const alt = `/etc/alternatives/${name}`;
      mkdirs(this.fs, '/etc/alternatives');
      if (exists(this.fs, alt)) this.fs.unlink(alt);
      this.fs.symlink(target, alt);
      if (!exists(this.fs, link)) this.fs.symlink(alt, link);
    }
  }

  private async tzdata(noninteractive: boolean, fallback: () => Promise<void>): Promise<void> {
    const d = new Date(this.io.now());
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const p2 = (n: number): string => String(n).padStart(2, '0');
    const stamp = `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
    let zone = 'Etc/UTC';
    if (!noninteractive) {
      await fallback();
      // Teletype asks; in a build standard input is empty and the answer is lost (recorded).
      await this.io.out(
        'Configuring tzdata\n------------------\n\nPlease select the geographic area in which you live. Subsequent configuration\nquestions will narrow this down by presenting a list of cities, representing\nthe time zones in which they are located.\n\n  1. Africa   3. Antarctica  5. Asia      7. Australia  9. Indian    11. Etc\n  2. America  4. Arctic      6. Atlantic  8. Europe     10. Pacific\nGeographic area: ',
      );
      await this.io.readLine();
      await this.io.err('\nUse of uninitialized value $_[1] in join or string at /usr/share/perl5/Debconf/DbDriver/Stack.pm line 112.\n');
      zone = '/UTC';
    }
    await this.io.out(`\nCurrent default time zone: '${zone}'\nLocal time is now:      ${stamp}.\nUniversal Time is now:  ${stamp}.\nRun 'dpkg-reconfigure tzdata' if you wish to change it.\n\n`);
    if (!noninteractive) {
      await this.io.err('Use of uninitialized value $val in substitution (s///) at /usr/share/perl5/Debconf/Format/822.pm line 84, <GEN6> line 4.\nUse of uninitialized value $val in concatenation (.) or string at /usr/share/perl5/Debconf/Format/822.pm line 85, <GEN6> line 4.\n');
    }
    if (exists(this.fs, '/etc/localtime')) this.fs.unlink('/etc/localtime');
    this.fs.symlink('/usr/share/zoneinfo/Etc/UTC', '/etc/localtime');
    this.fs.writeFile('/etc/timezone', 'Etc/UTC\n');
  }

  private log(actions: string[]): void {
    const d = new Date(this.io.now());
    const p2 = (n: number): string => String(n).padStart(2, '0');
    const ts = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    let prev = '';
    try {
      prev = this.fs.readText('/var/log/dpkg.log');
    } catch {
      // new log
    }
    if (prev.includes('\0')) prev = '';
    this.fs.writeFile('/var/log/dpkg.log', prev + actions.map((a) => `${ts} ${a}\n`).join(''));
  }

  /** /etc/apt/apt.conf.d/docker-clean (when an image has it) deletes the downloaded .debs. */
  private dockerClean(): void {
    if (!exists(this.fs, '/etc/apt/apt.conf.d/docker-clean')) return;
    this.clean();
  }

  // ---- remove ------------------------------------------------------------------------------

  private async remove(args: string[], purge: boolean, autoremove = false): Promise<number> {
    if (!(await this.lockDpkg())) return 100;
    await this.readingLists();
    const installed = this.installed();
    const auto = readAuto(this.fs);
    const targets: StatusEntry[] = [];
    for (const raw of args) {
      const name = raw.replace(/:amd64$/, '');
      const have = installed.get(name);
      if (have) {
        if (!targets.includes(have)) targets.push(have);
        continue;
      }
      if (this.archive.has(name) && this.haveLists()) await this.io.out(`Package '${name}' is not installed, so not removed\n`);
      else {
        await this.io.err(`E: Unable to locate package ${raw}\n`);
        return 100;
      }
    }
    const after = new Set([...installed.keys()].filter((n) => !targets.some((t) => t.name === n)));
    // Automatically installed packages nothing installed needs any more.
    const needed = new Set<string>();
    const need = (n: string): void => {
      if (needed.has(n) || !after.has(n)) return;
      needed.add(n);
      const p = this.archive.get(n);
      for (const d of [...(p?.depends ?? []), ...(p?.recommends ?? [])]) need(d);
    };
    for (const n of after) if (!auto.has(n)) need(n);
    const orphans = [...after].filter((n) => auto.has(n) && !needed.has(n)).sort();
    if (autoremove) for (const n of orphans) targets.push(installed.get(n)!);
    else await this.io.out(showList('The following packages were automatically installed and are no longer required:', orphans) + (orphans.length ? `Use 'apt autoremove' to remove ${orphans.length > 1 ? 'them' : 'it'}.\n` : ''));
    if (!targets.length) {
      await this.io.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
      return 0;
    }
    const names = targets.map((t) => t.name).sort();
    await this.io.out(showList('The following packages will be REMOVED:', names.map((n) => (purge ? `${n}*` : n))));
    await this.io.out(`0 upgraded, 0 newly installed, ${targets.length} to remove and 0 not upgraded.\n`);
    const kib = targets.reduce((s, t) => s + (t.installedKiB ?? this.archive.get(t.name)?.installedKiB ?? 0), 0);
    await this.io.out(`After this operation, ${sizeToStr(kib * 1024)}B disk space will be freed.\n`);
    if (!this.opts.yes && !(await this.confirm())) return 1;
    await this.io.out(`(Reading database ... ${this.dbPathCount(installed)} files and directories currently installed.)\n`);
    const order = targets.map((t) => this.archive.get(t.name)).filter((p): p is DebPackage => !!p);
    // Dependents before what they depend on.
    order.sort((a, b) => (b.depends.includes(a.name) ? 1 : a.depends.includes(b.name) ? -1 : names.indexOf(a.name) - names.indexOf(b.name)));
    for (const p of order) {
      await this.io.out(`Removing ${dpkgName(p)} (${p.version}) ...\n`);
      installed.delete(p.name);
      auto.delete(p.name);
      const keepDirs = new Set<string>();
      for (const n of installed.keys()) for (const e of this.archive.get(n)?.entries ?? []) if (e.kind === 'dir') keepDirs.add(e.path);
      const files = p.entries.filter((e) => e.kind !== 'dir' && (purge || !e.path.startsWith('/etc/'))).map((e) => e.path);
      const dirs = p.entries.filter((e) => e.kind === 'dir').map((e) => e.path);
      removePaths(this.fs, files, dirs, keepDirs);
      for (const ext of ['list', 'md5sums']) if (exists(this.fs, `${infoBase(p)}.${ext}`)) this.fs.unlink(`${infoBase(p)}.${ext}`);
    }
    if (order.some((p) => p.ldconfig)) await this.io.out(`Processing triggers for libc-bin (${LIBC_BIN_VERSION}) ...\n`);
    if (purge) for (const p of order) if (p.entries.some((e) => e.path.startsWith('/etc/') && e.kind === 'file')) await this.io.out(`Purging configuration files for ${dpkgName(p)} (${p.version}) ...\n`);
    writeStatus(this.fs, installed.values());
    writeAuto(this.fs, auto, (n) => this.archive.get(n)?.arch ?? 'amd64');
    this.log(order.map((p) => `remove ${dpkgName(p)} ${p.version} <none>`));
    return 0;
  }

  private async clean(): Promise<number> {
    if (!(await this.lockDpkg())) return 100;
    for (const dir of [ARCHIVES, `${ARCHIVES}/partial`]) {
      let names: string[] = [];
      try {
        names = this.fs.readdir(dir);
      } catch {
        continue;
      }
      for (const n of names) if (n.endsWith('.deb')) this.fs.unlink(`${dir}/${n}`);
    }
    for (const bin of ['/var/cache/apt/pkgcache.bin', '/var/cache/apt/srcpkgcache.bin']) if (exists(this.fs, bin)) this.fs.unlink(bin);
    return 0;
  }

  private async upgrade(): Promise<number> {
    if (!(await this.lockDpkg())) return 100;
    await this.readingLists();
    await this.io.out('Calculating upgrade...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    return 0;
  }
}

function hostOf(uri: string): string {
  return uri.replace(/^[a-z]+:\/\//, '').split('/')[0];
}

/** `apt-get` without a command (recorded from apt 2.6.1; the version line reads 2.7.14 here). */
const USAGE = `apt 2.7.14 (amd64)
Usage: apt-get [options] command
       apt-get [options] install|remove pkg1 [pkg2 ...]
       apt-get [options] source pkg1 [pkg2 ...]

apt-get is a command line interface for retrieval of packages
and information about them from authenticated sources and
for installation, upgrade and removal of packages together
with their dependencies.

Most used commands:
  update - Retrieve new lists of packages
  upgrade - Perform an upgrade
  install - Install new packages (pkg is libc6 not libc6.deb)
  reinstall - Reinstall packages (pkg is libc6 not libc6.deb)
  remove - Remove packages
  purge - Remove packages and config files
  autoremove - Remove automatically all unused packages
  dist-upgrade - Distribution upgrade, see apt-get(8)
  dselect-upgrade - Follow dselect selections
  build-dep - Configure build-dependencies for source packages
  satisfy - Satisfy dependency strings
  clean - Erase downloaded archive files
  autoclean - Erase old downloaded archive files
  check - Verify that there are no broken dependencies
  source - Download source archives
  download - Download the binary package into the current directory
  changelog - Download and display the changelog for the given package

See apt-get(8) for more information about the available commands.
Configuration options and syntax is detailed in apt.conf(5).
Information about how to configure sources can be found in sources.list(5).
Package and version choices can be expressed via apt_preferences(5).
Security details are available in apt-secure(8).
                                        This APT has Super Cow Powers.
`;
