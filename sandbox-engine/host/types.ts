/**
 * The simulated Linux machine: one file system (a `Vfs` over a mount table), users in /etc/passwd
 * and /etc/group, a process table, a hostname and a kernel, a virtual clock and a seeded random
 * source. Built by `createHost` (host/host.ts); the shell runs on top of it.
 */
import type { Cred, FileSystem } from '../vfs/types.ts';
import type { Flavour, HostServices } from '../shell/process.ts';
import type { Applet } from '../shell/process.ts';

export interface HostOptions {
  /** Seed for IDs and randomness. Default 1. */
  seed?: number;
  /** Start of the virtual clock, ms since epoch. */
  epochMs?: number;
  /** Hostname; default 'docker-host'. */
  hostname?: string;
  /**
   * Which userland the root file system carries: 'gnu' (Debian-like, bash + coreutils, the host)
   * or 'busybox' (Alpine-like, /bin/busybox and its applet links). Default 'gnu'.
   */
  flavour?: Flavour;
  /** Install and start Docker Engine (gnu hosts; default true). */
  docker?: boolean;
}

export interface UserEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export interface Host {
  readonly flavour: Flavour;
  readonly services: HostServices;
  /** A file-system view as `cred` with cwd `cwd`. */
  fs(cred: Cred, cwd?: string): FileSystem;
  /** Look a user up in the host's /etc/passwd and /etc/group (the files are the source of truth). */
  user(nameOrUid: string | number): UserEntry | undefined;
  /** Credentials of a user, with supplementary groups from /etc/group. */
  credOf(nameOrUid: string | number): Cred | undefined;
  /** The program an executable file runs, by its content (ELF stub naming an applet); or undefined. */
  appletFor(path: string, argv0: string): Applet | undefined;
  /** Start and finish processes in the table (the shell calls these around each command). */
  spawn(info: { ppid: number; uid: number; argv: string[]; tty?: string }): number;
  exit(pid: number): void;
  /** Plain data that `restoreHost` turns back into an identical host. */
  serialize(): unknown;
}
