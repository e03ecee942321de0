/**
 * apk's solver, in two steps as apk-tools 2.14 does them (src/solver.c):
 *
 * 1. choose: which package provides every name the world needs (the installed package when it
 *    still satisfies the dependency unless upgrading, else the newest in the repository; for a
 *    virtual name like `so:libz.so.1` or `/bin/sh`, a chosen or installed provider first, then
 *    the highest provider priority), plus install_if packages whose conditions all hold.
 * 2. the changeset, a port of generate_changeset(): removals of installed packages nobody needs
 *    (walking the installed list in name order, with the requirer counts apk keeps), then the
 *    world's dependencies depth first (a package after its dependencies, install_if packages
 *    right after what triggers them), then what is left of the installed list.
 *
 * The orders this gives were checked against the real apk-tools 2.14.4 on the same repository
 * (testdata/apk-2.14.4-recorded.txt): `add curl`, `add bash git`, `add python3`, `del curl`,
 * `add --virtual`, `del` of the virtual package, `upgrade`.
 */
import { compareVersions, depString, provides, versionMatches, type ApkPkg, type Dep } from './model.ts';

export interface Change {
  old?: ApkPkg;
  new?: ApkPkg;
}

export type SolveError =
  | { kind: 'missing'; name: string; requiredBy: string[] }
  | { kind: 'breaks'; pkg: ApkPkg; requiredBy: string[] };

export interface SolveResult {
  changes: Change[];
  errors: SolveError[];
  /** Packages installed after the change, by name. */
  final: Map<string, ApkPkg>;
}

export interface SolveInput {
  /** In database order (sorted by name). */
  installed: readonly ApkPkg[];
  /** Repository packages (empty without an index). */
  available: readonly ApkPkg[];
  world: readonly Dep[];
  /** `apk upgrade`: prefer the repository's newest over installed versions. */
  upgrade?: boolean;
}

interface NameState {
  installedPkg?: ApkPkg;
  installedName?: string;
  requirers: number;
  inChangeset: boolean;
}

export function solve(input: SolveInput): SolveResult {
  const installedByName = new Map(input.installed.map((p) => [p.name, p]));
  const repoByName = new Map<string, ApkPkg[]>();
  for (const p of input.available) {
    const list = repoByName.get(p.name) ?? [];
    list.push(p);
    repoByName.set(p.name, list);
  }
  // Providers of every name, in loading order: installed first, then the repository.
  const providers = new Map<string, ApkPkg[]>();
  const addProvider = (n: string, p: ApkPkg): void => {
    const l = providers.get(n) ?? [];
    l.push(p);
    providers.set(n, l);
  };
  for (const p of [...input.installed, ...input.available]) {
    addProvider(p.name, p);
    for (const d of p.provides) addProvider(d.name, p);
  }

  // Step 1: choose.
  const chosen = new Map<string, ApkPkg>();
  const errors: SolveError[] = [];
  const candidateByName = (d: Dep): ApkPkg | undefined => {
    const inst = installedByName.get(d.name);
    const repo = (repoByName.get(d.name) ?? []).filter((p) => versionMatches(d, p.version));
    repo.sort((a, b) => compareVersions(b.version, a.version));
    if (inst && versionMatches(d, inst.version) && !(input.upgrade && repo[0] && compareVersions(repo[0].version, inst.version) > 0)) return inst;
    return repo[0];
  };
  const pick = (d: Dep): ApkPkg | undefined => {
    if (installedByName.has(d.name) || repoByName.has(d.name)) return candidateByName(d);
    const provs = (providers.get(d.name) ?? []).filter((p) => provides(p, d));
    const already = provs.find((p) => chosen.get(p.name) === p);
    if (already) return already;
    const inst = provs.find((p) => installedByName.get(p.name) === p && !input.upgrade);
    if (inst) return inst;
    const best = [...provs].sort((a, b) => b.providerPriority - a.providerPriority)[0];
    return best ? candidateByName({ name: best.name }) ?? best : undefined;
  };
  const requiredBy = new Map<string, string[]>();
  const visit = (d: Dep, by: string): void => {
    if (d.conflict) return;
    const req = requiredBy.get(d.name) ?? [];
    req.push(by);
    requiredBy.set(d.name, req);
    const p = pick(d);
    if (!p) {
      if (!errors.some((e) => e.kind === 'missing' && e.name === d.name)) errors.push({ kind: 'missing', name: d.name, requiredBy: req });
      return;
    }
    if (!provides(p, d)) {
      const best = candidateByName({ name: d.name });
      if (best) errors.push({ kind: 'breaks', pkg: best, requiredBy: req });
      return;
    }
    if (chosen.get(p.name)) return;
    chosen.set(p.name, p);
    for (const dd of p.depends) visit(dd, `${p.name}-${p.version}[${depString(dd)}]`);
  };
  for (const d of input.world) {
    if (d.op) {
      // A versioned world entry: apk reports the package that would break it.
      const best = candidateByName({ name: d.name });
      if (best && !versionMatches(d, best.version) && !(repoByName.get(d.name) ?? []).some((p) => versionMatches(d, p.version))) {
        errors.push({ kind: 'breaks', pkg: best, requiredBy: [`world[${depString(d)}]`] });
        continue;
      }
    }
    visit(d, `world[${depString(d)}]`);
  }
  const satisfied = (d: Dep): boolean => [...chosen.values()].some((p) => provides(p, d));
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of [...input.installed, ...input.available]) {
      if (!p.installIf.length || chosen.has(p.name)) continue;
      if (p !== (installedByName.get(p.name) ?? candidateByName({ name: p.name }))) continue;
      if (p.installIf.every(satisfied)) {
        visit({ name: p.name }, `${p.name}[install_if]`);
        changed = true;
      }
    }
  }

  // Step 2: the changeset.
  const ns = new Map<string, NameState>();
  const st = (n: string): NameState => {
    let s = ns.get(n);
    if (!s) ns.set(n, (s = { requirers: 0, inChangeset: false }));
    return s;
  };
  for (const p of input.installed) {
    st(p.name).installedPkg = p;
    st(p.name).installedName = p.name;
    for (const d of p.provides) if (d.version !== undefined) st(d.name).installedName = p.name;
  }
  const chosenFor = (n: string): ApkPkg | undefined => {
    const own = chosen.get(n);
    if (own) return own;
    for (const p of chosen.values()) if (p.provides.some((d) => d.name === n)) return p;
    return undefined;
  };
  const pkgIn = new Set<ApkPkg>();
  const changes: Change[] = [];
  const record = (o: ApkPkg | undefined, n: ApkPkg | undefined): void => {
    if (o && n && o.name === n.name && o.version === n.version) return;
    changes.push({ old: o, new: n });
  };
  const trackAdded = (p: ApkPkg): void => {
    for (const d of p.depends) {
      if (d.conflict) continue;
      const inName = st(d.name).installedName;
      if (inName) st(inName).requirers++;
    }
  };
  const trackRemoved = (p: ApkPkg): void => {
    for (const d of p.depends) {
      if (d.conflict) continue;
      const inName = st(d.name).installedName;
      if (!inName) continue;
      if (--st(inName).requirers > 0) continue;
      const p0 = st(d.name).installedPkg;
      if (p0) genRemove(p0);
    }
  };
  const checkRemovalByDeps = (p: ApkPkg): void => {
    if (st(p.name).requirers === 0 && !chosen.get(p.name)) genRemove(p);
  };
  const reverseIif = (p: ApkPkg | undefined, cb: (name: string) => void): void => {
    if (!p) return;
    const keys = new Set([p.name, ...p.provides.map((d) => d.name)]);
    const seen = new Set<string>();
    for (const q of [...input.installed, ...input.available]) {
      if (seen.has(q.name)) continue;
      if (q.installIf.some((d) => keys.has(d.name))) {
        seen.add(q.name);
        cb(q.name);
      }
    }
  };
  const checkInstallByIif = (name: string): void => {
    const p = chosen.get(name);
    if (!p || st(name).inChangeset) return;
    for (const d of p.installIf) {
      if (!st(d.name).inChangeset) return;
      const c = chosenFor(d.name);
      if (!c || !provides(c, d)) return;
    }
    genChange(name);
  };
  const checkRemovalByIif = (name: string): void => {
    const p = st(name).installedPkg;
    if (!p || st(name).inChangeset || chosen.get(name)) return;
    for (const d of p.installIf) {
      if (st(d.name).inChangeset && !chosenFor(d.name)) {
        checkRemovalByDeps(p);
        return;
      }
    }
  };
  const removeOrphan = (name: string): void => {
    const s = st(name);
    if (s.inChangeset) return;
    s.inChangeset = true;
    const c = chosenFor(name);
    if (s.installedPkg && (!c || c.name !== name)) genRemove(s.installedPkg);
    for (const p0 of providers.get(name) ?? []) {
      if (st(p0.name).installedPkg === p0 && !chosen.get(p0.name)) genRemove(p0);
    }
  };
  function genRemove(p: ApkPkg): void {
    const c = chosen.get(p.name);
    if (pkgIn.has(p) || (c && c.name === p.name)) return;
    st(p.name).inChangeset = true;
    pkgIn.add(p);
    for (const q of input.installed) {
      if (q === p || pkgIn.has(q)) continue;
      if (q.depends.some((d) => !d.conflict && provides(p, d))) genRemove(q);
    }
    reverseIif(p, checkRemovalByIif);
    record(p, undefined);
    trackRemoved(p);
  }
  function genChange(name: string): void {
    if (st(name).inChangeset) return;
    removeOrphan(name);
    const p = chosenFor(name);
    if (!p || pkgIn.has(p)) return;
    pkgIn.add(p);
    removeOrphan(p.name);
    for (const d of p.provides) removeOrphan(d.name);
    const old = st(p.name).installedPkg;
    reverseIif(old, checkRemovalByIif);
    for (const d of p.depends) if (!d.conflict) genChange(d.name);
    record(old, p);
    reverseIif(p, checkInstallByIif);
    trackAdded(p);
    if (old) trackRemoved(old);
  }
  for (const p of input.installed) trackAdded(p);
  for (const p of input.installed) checkRemovalByDeps(p);
  for (const d of input.world) if (!d.conflict) genChange(d.name);
  for (const p of input.installed) genChange(p.name);

  const final = new Map<string, ApkPkg>();
  for (const p of input.installed) final.set(p.name, p);
  for (const c of changes) {
    if (c.old) final.delete(c.old.name);
    if (c.new) final.set(c.new.name, c.new);
  }
  return { changes, errors, final };
}
