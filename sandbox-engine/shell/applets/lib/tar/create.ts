/**
 * `tar -c`: the members for the named files, walked as GNU tar and busybox tar walk them: each
 * name as given (less a leading `/`, with one warning), a directory as `name/` followed by its
 * entries (readdir order: sorted here), a second name of a multiply-linked file as a hard link
 * to the first, owners by name from the archiving system's passwd and group files.
 */
import type { FileSystem, Stat } from '../../../../vfs/types.ts';
import { isFsError, type Errno } from '../../../../vfs/errors.ts';
import { groupName, userName } from '../userdb.ts';
import type { GnuHeader } from './write.ts';

export interface Member {
  header: GnuHeader;
  data: Uint8Array;
}

/** What each flavour says about a problem; a `true` result marks the run as failed. */
export interface CreateMessages {
  /** The leading `/` (or `../` for busybox) was removed from a member name: said once. */
  stripped(prefix: string): Promise<void>;
  /**
   * GNU tar also strips the name it remembers for a multiply-linked file, and says so once
   * ("Removing leading `/' from hard link targets") when that name had a leading `/`.
   */
  strippedLinkTarget?(): Promise<void>;
  /** A named file or a directory entry could not be read. */
  cannot(what: 'stat' | 'open' | 'read', path: string, code: Errno): Promise<void>;
  socketIgnored(path: string): Promise<void>;
}

export interface CreateOptions {
  dereference: boolean;
  absoluteNames: boolean;
  recursion: boolean;
  exclude: (name: string) => boolean;
  messages: CreateMessages;
  /** Called for each member as it is added (verbose output). */
  added: (m: Member) => Promise<void>;
  tick: () => void;
}

/** `name` less its leading slashes unless -P; the part removed, if any. */
export function stripLeadingSlash(name: string): { name: string; removed: string } {
  const m = /^\/+/.exec(name);
  if (!m) return { name, removed: '' };
  const rest = name.slice(m[0].length);
  return { name: rest === '' ? '.' : rest, removed: '/' };
}

export class Archiver {
  readonly members: Member[] = [];
  failed = false;
  private readonly o: CreateOptions;
  private readonly links = new Map<string, string>();
  private warned = new Set<string>();

  constructor(o: CreateOptions) {
    this.o = o;
  }

  /** Add `arg` (as typed) read through `fs` (whose cwd is the one -C chose). */
  async add(fs: FileSystem, arg: string): Promise<void> {
    await this.walk(fs, arg, this.memberName(arg), true);
  }

  private memberName(arg: string): string {
    if (this.o.absoluteNames) return arg;
    return stripLeadingSlash(arg).name;
  }

  private async warnStrip(arg: string): Promise<void> {
    if (this.o.absoluteNames || !arg.startsWith('/') || this.warned.has('/')) return;
    this.warned.add('/');
    await this.o.messages.stripped('/');
  }

  private async walk(fs: FileSystem, path: string, name: string, top: boolean): Promise<void> {
    this.o.tick();
    if (this.o.exclude(name)) return;
    let st: Stat;
    try {
      st = this.o.dereference ? fs.stat(path) : fs.lstat(path);
    } catch (e) {
      if (!isFsError(e)) throw e;
      this.failed = true;
      await this.o.messages.cannot('stat', path, e.code);
      return;
    }
    if (top) await this.warnStrip(path);
    if (!this.o.absoluteNames && path.startsWith('/') && st.kind !== 'dir' && st.nlink > 1 && !this.warned.has('link')) {
      this.warned.add('link');
      await this.o.messages.strippedLinkTarget?.();
    }
    if (st.kind === 'socket') {
      await this.o.messages.socketIgnored(path);
      return;
    }
    const header: GnuHeader = {
      name: st.kind === 'dir' && !name.endsWith('/') ? `${name}/` : name,
      type: 'file',
      mode: st.mode & 0o7777,
      uid: st.uid,
      gid: st.gid,
      size: 0,
      mtime: Math.floor(st.mtime / 1000),
      linkname: '',
      uname: userName(fs, st.uid) ?? '',
      gname: groupName(fs, st.gid) ?? '',
      devmajor: 0,
      devminor: 0,
    };
    let data: Uint8Array = new Uint8Array(0);
    if (st.kind !== 'dir' && st.nlink > 1) {
      const key = `${st.dev}:${st.ino}`;
      const first = this.links.get(key);
      if (first !== undefined) {
        header.type = 'hardlink';
        header.linkname = first;
        await this.push({ header, data });
        return;
      }
      this.links.set(key, header.name);
    }
    switch (st.kind) {
      case 'dir':
        header.type = 'dir';
        break;
      case 'symlink':
        header.type = 'symlink';
        header.linkname = fs.readlink(path);
        break;
      case 'chardev':
        header.type = 'chardev';
        header.devmajor = st.rdev >> 8;
        header.devminor = st.rdev & 0xff;
        break;
      case 'fifo':
        header.type = 'fifo';
        break;
      default:
        try {
          data = fs.readFile(path);
        } catch (e) {
          if (!isFsError(e)) throw e;
          this.failed = true;
          await this.o.messages.cannot('open', path, e.code);
          return;
        }
        header.size = data.length;
    }
    await this.push({ header, data });
    if (st.kind !== 'dir' || !this.o.recursion) return;
    let names: string[];
    try {
      names = fs.readdir(path);
    } catch (e) {
      if (!isFsError(e)) throw e;
      this.failed = true;
      await this.o.messages.cannot('open', path, e.code);
      return;
    }
    const dirName = header.name;
    for (const n of names) {
      const child = path.endsWith('/') ? `${path}${n}` : `${path}/${n}`;
      await this.walk(fs, child, `${dirName}${n}`, false);
    }
  }

  private async push(m: Member): Promise<void> {
    this.members.push(m);
    await this.o.added(m);
  }
}
