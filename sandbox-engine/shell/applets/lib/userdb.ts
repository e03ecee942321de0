/**
 * /etc/passwd and /etc/group as the C library reads them (getpwnam, getgrgid, getgrouplist), through
 * the process's own file system: inside a container that is the image's files, as with real tools.
 * The files are read on every call, so a lesson that edits them sees the change at once.
 */
import type { FileSystem } from '../../../vfs/types.ts';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

function records(fs: FileSystem, path: string): string[][] {
  let text: string;
  try {
    text = fs.readText(path);
  } catch {
    return []; // an unreadable or missing database simply has no entries, as for NSS
  }
  return text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(':'));
}

const isId = (s: string | undefined): boolean => s !== undefined && /^\d+$/.test(s);

export function passwdEntries(fs: FileSystem): PasswdEntry[] {
  return records(fs, '/etc/passwd')
    .filter((f) => f.length >= 7 && isId(f[2]) && isId(f[3]))
    .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), gecos: f[4], home: f[5], shell: f[6] }));
}

export function groupEntries(fs: FileSystem): GroupEntry[] {
  return records(fs, '/etc/group')
    .filter((f) => f.length >= 4 && isId(f[2]))
    .map((f) => ({ name: f[0], gid: Number(f[2]), members: f[3] ? f[3].split(',') : [] }));
}

export function userByName(fs: FileSystem, name: string): PasswdEntry | undefined {
  return passwdEntries(fs).find((u) => u.name === name);
}

export function userByUid(fs: FileSystem, uid: number): PasswdEntry | undefined {
  return passwdEntries(fs).find((u) => u.uid === uid);
}

export function groupByGid(fs: FileSystem, gid: number): GroupEntry | undefined {
  return groupEntries(fs).find((g) => g.gid === gid);
}

export function groupByName(fs: FileSystem, name: string): GroupEntry | undefined {
  return groupEntries(fs).find((g) => g.name === name);
}

/** A user name, or undefined when the uid has no passwd entry. */
export function userName(fs: FileSystem, uid: number): string | undefined {
  return userByUid(fs, uid)?.name;
}

export function groupName(fs: FileSystem, gid: number): string | undefined {
  return groupByGid(fs, gid)?.name;
}

/**
 * getgrouplist(user, gid): the given group first, then every group listing the user as a member,
 * in /etc/group order, without repeating one.
 */
export function groupList(fs: FileSystem, user: string, gid: number): number[] {
  const out = [gid];
  for (const g of groupEntries(fs)) if (g.members.includes(user) && !out.includes(g.gid)) out.push(g.gid);
  return out;
}
