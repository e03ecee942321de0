/**
 * `tar -x`: members written into the caller's file system as GNU tar 1.34 and busybox tar 1.35 do
 * it (recorded on Debian 12, as root and as a normal user):
 * - as root, owners come back (by user and group name when the system knows them, else the
 *   numbers) and modes whole; as a user, files are theirs, with mode & ~umask and no
 *   setuid/setgid/sticky;
 * - missing parent directories are made (0777 & ~umask); an existing file is replaced, an existing
 *   directory kept; GNU restores directory times at the end, after which it makes the symlinks it
 *   held back (absolute targets or ones with `..`), so those directories end up with the time of
 *   extraction; busybox leaves directory and symlink times alone;
 * - `-O` writes regular members' data to stdout and nothing else.
 * Messages differ per flavour (`ExtractMessages`).
 */
import type { TarEntry, TarHeader } from '../../../../archive/tar.ts';
import type { FileSystem } from '../../../../vfs/types.ts';
import { isFsError, type Errno } from '../../../../vfs/errors.ts';
import type { OutputStream } from '../../../process.ts';
import { groupByName, userByName } from '../userdb.ts';

export type ExtractFailure = 'mkdir' | 'open' | 'symlink' | 'hardlink' | 'mknod' | 'chown';

export interface ExtractMessages {
  /** A leading prefix (`/`, `../`, `a/../../`) was removed from a member name. */
  stripped(prefix: string): Promise<void>;
  /** GNU refuses a member whose name still has `..` in it. */
  dotdot?(name: string): Promise<void>;
  failed(what: ExtractFailure, path: string, code: Errno, target?: string): Promise<void>;
  /** `-k` met an existing file. */
  exists(path: string): Promise<void>;
}

export interface ExtractOptions {
  fs: FileSystem;
  flavour: 'gnu' | 'busybox';
  toStdout: OutputStream | null;
  keepOld: boolean;
  sameOwner: boolean;
  samePermissions: boolean;
  numericOwner: boolean;
  touch: boolean;
  stripComponents: number;
  messages: ExtractMessages;
  tick: () => void;
}

interface DirStat {
  path: string;
  h: TarHeader;
}

/** The errno of a file-system failure; anything else is a bug and goes on up. */
function errnoOf(err: unknown): Errno {
  if (isFsError(err)) return err.code;
  throw err;
}

export class Extractor {
  /** Whether any member failed (the exit status says so). */
  failed = false;
  private readonly o: ExtractOptions;
  private readonly warned = new Set<string>();
  private readonly dirs: DirStat[] = [];
  private readonly heldLinks: Array<{ path: string; h: TarHeader }> = [];

  constructor(o: ExtractOptions) {
    this.o = o;
  }

  /** The name to write to, or null to skip the member (after the messages). */
  async target(name: string): Promise<string | null> {
    const gnu = this.o.flavour === 'gnu';
    // Leading slashes, or everything up to the last `../` when the name has `..` in it.
    const dotdot = name.split('/').includes('..');
    const prefix = dotdot && name.includes('../') ? name.slice(0, name.lastIndexOf('../') + 3) : (/^\/+/.exec(name)?.[0] ?? '');
    let n = name;
    if (prefix !== '') {
      // GNU says it once per distinct prefix, busybox once in all.
      const key = gnu ? prefix : 'once';
      if (!this.warned.has(key)) {
        this.warned.add(key);
        await this.o.messages.stripped(prefix);
      }
      n = n.slice(prefix.length);
    }
    if (gnu && dotdot) {
      this.failed = true;
      await this.o.messages.dotdot?.(name);
      return null;
    }
    if (this.o.stripComponents > 0) {
      const parts = n.split('/').filter((p) => p !== '');
      if (parts.length <= this.o.stripComponents) return null;
      n = parts.slice(this.o.stripComponents).join('/');
    }
    n = n.replace(/(.)\/+$/, '$1');
    return n === '' ? null : n;
  }

  async member(e: TarEntry, path: string): Promise<void> {
    this.o.tick();
    const h = e.header;
    if (this.o.toStdout) {
      if (h.type === 'file') await this.o.toStdout.write(e.data);
      return;
    }
    const fs = this.o.fs;
    // A parent that cannot be made is reported; the member's own creation then fails too.
    await this.makeParents(path);
    switch (h.type) {
      case 'dir':
        await this.dir(path, h);
        return;
      case 'symlink':
        if (this.o.flavour === 'gnu' && (h.linkname.startsWith('/') || h.linkname.split('/').includes('..'))) {
          this.heldLinks.push({ path, h });
          return;
        }
        await this.symlink(path, h);
        return;
      case 'hardlink': {
        const target = (await this.linkTarget(h.linkname)) ?? h.linkname;
        this.unlinkExisting(path);
        try {
          fs.link(target, path);
        } catch (err) {
          await this.fail('hardlink', path, errnoOf(err), target);
        }
        return;
      }
      case 'chardev':
      case 'blockdev':
      case 'fifo':
        this.unlinkExisting(path);
        // Device nodes need CAP_MKNOD (root); the simulated kernel has no block devices.
        if (h.type !== 'fifo' && (h.type === 'blockdev' || fs.cred.uid !== 0)) {
          await this.fail('mknod', path, 'EPERM');
          return;
        }
        try {
          fs.mknod(path, h.type === 'fifo' ? 'fifo' : 'chardev', this.mode(h), (h.devmajor << 8) | h.devminor);
          this.finish(path, h, false);
        } catch (err) {
          await this.fail('mknod', path, errnoOf(err));
        }
        return;
      default:
        await this.file(path, e);
    }
  }

  /** After the last member: directory times and modes, then the held-back symlinks. */
  async done(): Promise<void> {
    const fs = this.o.fs;
    if (this.o.flavour === 'gnu') {
      for (const d of this.dirs.reverse()) {
        try {
          fs.chmod(d.path, this.mode(d.h));
          if (!this.o.touch) fs.utimes(d.path, d.h.mtime * 1000, d.h.mtime * 1000);
        } catch {
          // a directory that went away or is not ours: GNU says nothing more here
        }
      }
    }
    for (const l of this.heldLinks) await this.symlink(l.path, l.h);
  }

  private mode(h: TarHeader): number {
    if (this.o.samePermissions) return h.mode & 0o7777;
    return h.mode & 0o777 & ~this.o.fs.umask;
  }

  private async fail(what: ExtractFailure, path: string, code: Errno, target?: string): Promise<void> {
    this.failed = true;
    await this.o.messages.failed(what, path, code, target);
  }

  private exists(path: string): boolean {
    try {
      this.o.fs.lstat(path);
      return true;
    } catch {
      return false;
    }
  }

  private unlinkExisting(path: string): void {
    try {
      const st = this.o.fs.lstat(path);
      if (st.kind !== 'dir') this.o.fs.unlink(path);
    } catch {
      // nothing there
    }
  }

  /** Make the missing directories above `path`; false when one could not be made. */
  private async makeParents(path: string): Promise<boolean> {
    const parts = path.split('/');
    parts.pop();
    let cur = '';
    for (const p of parts) {
      cur = cur === '' ? p : `${cur}/${p}`;
      if (p === '' || p === '.' || this.exists(cur)) continue;
      try {
        this.o.fs.mkdir(cur, 0o777);
      } catch (err) {
        await this.fail('mkdir', cur, errnoOf(err));
        return false;
      }
    }
    return true;
  }

  private async dir(path: string, h: TarHeader): Promise<void> {
    const fs = this.o.fs;
    let isDir = false;
    try {
      const st = fs.lstat(path);
      isDir = st.kind === 'dir';
      if (!isDir) fs.unlink(path);
    } catch {
      // not there yet
    }
    if (!isDir) {
      try {
        // Made writable for us first; the archived mode comes at the end (GNU) or now (busybox).
        fs.mkdir(path, 0o700 | this.mode(h));
      } catch (err) {
        await this.fail('mkdir', path, errnoOf(err));
        return;
      }
    }
    this.chown(path, h);
    if (this.o.flavour === 'gnu') this.dirs.push({ path, h });
    else {
      try {
        fs.chmod(path, this.mode(h));
      } catch {
        // ignored as busybox does
      }
    }
  }

  private async file(path: string, e: TarEntry): Promise<void> {
    const fs = this.o.fs;
    const h = e.header;
    if (this.o.keepOld && this.exists(path)) {
      this.failed = true;
      await this.o.messages.exists(path);
      return;
    }
    this.unlinkExisting(path);
    try {
      fs.writeFile(path, e.data, { mode: 0o600, exclusive: false });
    } catch (err) {
      await this.fail('open', path, errnoOf(err));
      return;
    }
    this.finish(path, h, true);
  }

  private async symlink(path: string, h: TarHeader): Promise<void> {
    const fs = this.o.fs;
    this.unlinkExisting(path);
    try {
      fs.symlink(h.linkname, path);
    } catch (err) {
      await this.fail('symlink', path, errnoOf(err), h.linkname);
      return;
    }
    this.chown(path, h, false);
    if (this.o.flavour === 'gnu' && !this.o.touch) {
      try {
        fs.utimes(path, h.mtime * 1000, h.mtime * 1000, false);
      } catch {
        // lutimes failing is not reported
      }
    }
  }

  private finish(path: string, h: TarHeader, times: boolean): void {
    const fs = this.o.fs;
    this.chown(path, h);
    try {
      fs.chmod(path, this.mode(h));
      if (times && !this.o.touch) fs.utimes(path, h.mtime * 1000, h.mtime * 1000);
    } catch {
      // as the real programs, a failed chmod/utime of a file just written is not fatal here
    }
  }

  private chown(path: string, h: TarHeader, follow = true): void {
    if (!this.o.sameOwner) return;
    const fs = this.o.fs;
    let uid = h.uid;
    let gid = h.gid;
    if (!this.o.numericOwner) {
      if (h.uname) uid = userByName(fs, h.uname)?.uid ?? uid;
      if (h.gname) gid = groupByName(fs, h.gname)?.gid ?? gid;
    }
    try {
      fs.chown(path, uid, gid, follow);
    } catch {
      // not root: GNU only tries with --same-owner, which a user rarely gives
    }
  }

  /** A hard link's target, stripped as member names are. */
  private async linkTarget(name: string): Promise<string | null> {
    const n = name.replace(/^\/+/, '');
    const parts = n.split('/').filter((p) => p !== '');
    if (this.o.stripComponents > 0) {
      if (parts.length <= this.o.stripComponents) return null;
      parts.splice(0, this.o.stripComponents);
    }
    return parts.join('/');
  }
}
