/**
 * A tmpfs instance: an in-memory file system whose directories report the sizes Linux's shmem
 * gives them (2 × BOGO_DIRENT_SIZE for `.` and `..`, plus 20 bytes per entry: an empty tmpfs
 * directory is 40 bytes in `ls -l`, recorded on the reference host), where a disk-backed
 * directory reports its 4096-byte block.
 */
import { MemFs, type Inode } from '../vfs/memfs.ts';
import type { Stat } from '../vfs/types.ts';

const BOGO_DIRENT_SIZE = 20;

export class Tmpfs extends MemFs {
  override statOf(n: Inode): Stat {
    const st = super.statOf(n);
    if (n.kind === 'dir') st.size = BOGO_DIRENT_SIZE * (2 + (n.entries?.size ?? 0));
    return st;
  }
}
