/**
 * apk's package model: a package (installed or in the repository) with its dependencies,
 * provides and install_if rules, and the dependency strings apk writes (`name`, `name=1.2-r0`,
 * `name>=1.2`, `!name`, `so:libz.so.1`, `/bin/sh`).
 */

export interface Dep {
  name: string;
  /** '=' '>=' '<=' '>' '<' '~' or undefined (any version). */
  op?: string;
  version?: string;
  conflict?: boolean;
}

export interface ApkPkg {
  name: string;
  version: string;
  description: string;
  url: string;
  license: string;
  origin: string;
  installedSize: number;
  /** .apk size (S:). */
  size: number;
  buildTime: number;
  depends: Dep[];
  /** Provided names; a version makes the provide usable for dependency tracking (apk's rule). */
  provides: Dep[];
  installIf: Dep[];
  /** Provider priority (k:), for virtual names several packages provide. */
  providerPriority: number;
  scripts: string[];
  triggers: string[];
  /** Where it comes from: 'installed' for the database's copy, else the repository name. */
  source: string;
}

export function parseDep(s: string): Dep {
  let t = s;
  const conflict = t.startsWith('!');
  if (conflict) t = t.slice(1);
  const m = /^(.+?)(>=|<=|=|>|<|~)(.+)$/.exec(t);
  const d: Dep = m ? { name: m[1], op: m[2], version: m[3] } : { name: t };
  if (conflict) d.conflict = true;
  return d;
}

export function depString(d: Dep): string {
  return `${d.conflict ? '!' : ''}${d.name}${d.op ? `${d.op}${d.version}` : ''}`;
}

const SUFFIX_ORDER: Record<string, number> = { alpha: 0, beta: 1, pre: 2, rc: 3, '': 4, cvs: 5, svn: 6, git: 7, hg: 8, p: 9 };

interface VersionParts {
  nums: number[];
  letter: string;
  suffixes: [number, number][];
  rel: number;
}

function parseVersion(v: string): VersionParts {
  const m = /^([0-9]+(?:\.[0-9]+)*)([a-z]?)((?:_[a-z]+[0-9]*)*)(?:-r([0-9]+))?$/.exec(v);
  if (!m) return { nums: [], letter: v, suffixes: [], rel: 0 };
  const suffixes: [number, number][] = [];
  for (const s of m[3].split('_').filter(Boolean)) {
    const sm = /^([a-z]+)([0-9]*)$/.exec(s)!;
    suffixes.push([SUFFIX_ORDER[sm[1]] ?? 4, sm[2] ? Number(sm[2]) : 0]);
  }
  return { nums: m[1].split('.').map(Number), letter: m[2], suffixes, rel: m[4] ? Number(m[4]) : 0 };
}

/** apk version comparison: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const d = (x.nums[i] ?? -1) - (y.nums[i] ?? -1);
    if (d) return d;
  }
  if (x.letter !== y.letter) return x.letter < y.letter ? -1 : 1;
  for (let i = 0; i < Math.max(x.suffixes.length, y.suffixes.length); i++) {
    const [xs, xn] = x.suffixes[i] ?? [4, 0];
    const [ys, yn] = y.suffixes[i] ?? [4, 0];
    if (xs !== ys) return xs - ys;
    if (xn !== yn) return xn - yn;
  }
  return x.rel - y.rel;
}

/** Does `version` satisfy the dependency's version constraint? */
export function versionMatches(d: Dep, version: string | undefined): boolean {
  if (!d.op) return true;
  if (version === undefined) return false;
  const c = compareVersions(version, d.version!);
  switch (d.op) {
    case '=':
      return c === 0;
    case '>=':
      return c >= 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '<':
      return c < 0;
    case '~':
      return version.startsWith(d.version!);
    default:
      return false;
  }
}

/** Does `pkg` satisfy `d` (by its own name or by one of its provides)? */
export function provides(pkg: ApkPkg, d: Dep): boolean {
  if (pkg.name === d.name) return versionMatches(d, pkg.version);
  for (const p of pkg.provides) if (p.name === d.name) return !d.op || versionMatches(d, p.version);
  return false;
}

export const pkgLabel = (p: ApkPkg): string => `${p.name}-${p.version}`;
