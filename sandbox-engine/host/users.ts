/**
 * Users and groups, read from /etc/passwd and /etc/group each time: the files are the truth, so a
 * lesson that edits them (or a container image with its own) sees the change.
 */
import type { Cred, FileSystem } from '../vfs/types.ts';
import type { UserEntry } from './types.ts';

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

function lines(fs: FileSystem, path: string): string[][] {
  try {
    return fs
      .readText(path)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

export function readPasswd(fs: FileSystem): UserEntry[] {
  return lines(fs, '/etc/passwd')
    .filter((f) => f.length >= 7)
    .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] }));
}

export function readGroups(fs: FileSystem): GroupEntry[] {
  return lines(fs, '/etc/group')
    .filter((f) => f.length >= 4)
    .map((f) => ({ name: f[0], gid: Number(f[2]), members: f[3] ? f[3].split(',') : [] }));
}

export function findUser(fs: FileSystem, nameOrUid: string | number): UserEntry | undefined {
  const all = readPasswd(fs);
  if (typeof nameOrUid === 'number') return all.find((u) => u.uid === nameOrUid);
  return all.find((u) => u.name === nameOrUid) ?? (/^\d+$/.test(nameOrUid) ? all.find((u) => u.uid === Number(nameOrUid)) : undefined);
}

export function credOf(fs: FileSystem, nameOrUid: string | number): Cred | undefined {
  const u = findUser(fs, nameOrUid);
  if (!u) return undefined;
  const groups = [u.gid];
  for (const g of readGroups(fs)) if (g.members.includes(u.name) && !groups.includes(g.gid)) groups.push(g.gid);
  return { uid: u.uid, gid: u.gid, groups };
}
