/**
 * `--user` / USER resolution as runc does it against the container's own /etc/passwd and
 * /etc/group: `name`, `uid`, `name:group`, `uid:gid`. A numeric uid needs no passwd entry; a name
 * does (`unable to find user foo: no matching entries in passwd file`, recorded from a real engine).
 */
import type { Cred } from '../vfs/types.ts';
import type { NamespaceHost } from '../runtime/namespace-host.ts';
import { readGroups, readPasswd } from '../host/users.ts';
import { ROOT } from '../vfs/types.ts';

export type ResolvedUser = { cred: Cred; home: string } | { error: string };

export function resolveUser(ns: NamespaceHost, spec: string): ResolvedUser {
  const fs = ns.fs(ROOT);
  const passwd = readPasswd(fs);
  const groups = readGroups(fs);
  const [u, g] = spec === '' ? ['0', undefined] : spec.split(':', 2);
  let uid: number;
  let gid: number;
  let home = '/';
  let name: string | undefined;
  const byName = passwd.find((p) => p.name === u);
  if (/^\d+$/.test(u)) {
    uid = Number(u);
    const e = passwd.find((p) => p.uid === uid);
    gid = e ? e.gid : 0;
    if (e) {
      home = e.home;
      name = e.name;
    }
  } else if (byName) {
    uid = byName.uid;
    gid = byName.gid;
    home = byName.home;
    name = byName.name;
  } else {
    return { error: `unable to find user ${u}: no matching entries in passwd file` };
  }
  if (g !== undefined) {
    if (/^\d+$/.test(g)) gid = Number(g);
    else {
      const ge = groups.find((x) => x.name === g);
      if (!ge) return { error: `unable to find group ${g}: no matching entries in group file` };
      gid = ge.gid;
    }
  }
  const supplementary = name ? groups.filter((x) => x.members.includes(name)).map((x) => x.gid) : [];
  return { cred: { uid, gid, groups: [gid, ...supplementary.filter((x) => x !== gid)] }, home };
}
