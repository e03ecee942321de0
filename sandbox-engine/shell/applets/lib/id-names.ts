/**
 * uid/gid <-> name through the /etc/passwd and /etc/group of the file system the process sees (a
 * container has its own), read once per command.
 */
import type { FileSystem } from '../../../vfs/types.ts';
import { readGroups, readPasswd } from '../../../host/users.ts';

export class IdNames {
  private readonly users = new Map<number, string>();
  private readonly groups = new Map<number, string>();
  private readonly userIds = new Map<string, { uid: number; gid: number }>();
  private readonly groupIds = new Map<string, number>();

  constructor(fs: FileSystem) {
    // First entry wins, as getpwuid returns the first match.
    for (const u of readPasswd(fs)) {
      if (!this.users.has(u.uid)) this.users.set(u.uid, u.name);
      if (!this.userIds.has(u.name)) this.userIds.set(u.name, { uid: u.uid, gid: u.gid });
    }
    for (const g of readGroups(fs)) {
      if (!this.groups.has(g.gid)) this.groups.set(g.gid, g.name);
      if (!this.groupIds.has(g.name)) this.groupIds.set(g.name, g.gid);
    }
  }

  userName(uid: number): string | undefined {
    return this.users.get(uid);
  }

  groupName(gid: number): string | undefined {
    return this.groups.get(gid);
  }

  /** The name, or the number when the id has no entry (as ls and stat print it). */
  user(uid: number): string {
    return this.users.get(uid) ?? String(uid);
  }

  group(gid: number): string {
    return this.groups.get(gid) ?? String(gid);
  }

  lookupUser(name: string): { uid: number; gid: number } | undefined {
    return this.userIds.get(name);
  }

  lookupGroup(name: string): number | undefined {
    return this.groupIds.get(name);
  }
}
