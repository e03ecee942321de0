/**
 * Character devices of a Linux host, keyed by rdev (major*256+minor) as in devices.txt:
 * 1:3 null, 1:5 zero, 1:7 full, 1:8 random, 1:9 urandom, 5:0 tty.
 * Reads of the endless ones give one 64 KiB chunk: programs here read whole files at once.
 */
import { FsError } from '../vfs/errors.ts';
import type { Device } from '../vfs/vfs.ts';
import type { Random } from '../util/random.ts';

export const RDEV = { null: 0x103, zero: 0x105, full: 0x107, random: 0x108, urandom: 0x109, tty: 0x500 } as const;

const CHUNK = 64 * 1024;

export function standardDevices(random: Random, tty: { write(data: Uint8Array): void }): Map<number, Device> {
  const m = new Map<number, Device>();
  m.set(RDEV.null, { read: () => new Uint8Array(0), write: () => {} });
  m.set(RDEV.zero, { read: () => new Uint8Array(CHUNK), write: () => {} });
  m.set(RDEV.full, {
    read: () => new Uint8Array(CHUNK),
    write: () => {
      throw new FsError('ENOSPC', 'write', '/dev/full');
    },
  });
  m.set(RDEV.random, { read: () => random.bytes(CHUNK), write: () => {} });
  m.set(RDEV.urandom, { read: () => random.bytes(CHUNK), write: () => {} });
  m.set(RDEV.tty, { read: () => new Uint8Array(0), write: (d) => tty.write(d) });
  return m;
}
