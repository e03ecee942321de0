/**
 * The working directory the file-applet tests share, built the way the real outputs were recorded
 * (as a normal user, umask 022, in an empty directory):
 *
 *   touch -d '2020-01-01 00:00' a; echo hello > b; ln -s b lnk; mkdir -p d/e; touch d/e/f 'sp ace'
 *
 * On the simulated host it is /home/student/w, created at the virtual clock's start
 * (2026-01-05 09:00 UTC), so recorded "Nov 30 09:41" dates read "Jan  5 09:00" here and the
 * recording machine's uid 1001 is the simulator's 1000.
 */
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import type { Applet, Flavour } from '../../sandbox-engine/shell/process.ts';
import type { FileSystem } from '../../sandbox-engine/vfs/types.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { runApplet, type RunOptions, type RunResult } from './harness.ts';

export const WORK = '/home/student/w';

export interface Fixture {
  host: SimHost;
  /** The work directory as student. */
  fs: FileSystem;
  /** The work directory as root (to make files student cannot touch). */
  root: FileSystem;
  run(applet: Applet, argv: string[], opts?: RunOptions): Promise<RunResult>;
}

export function fixture(flavour: Flavour = 'gnu', setup?: (f: { fs: FileSystem; root: FileSystem; host: SimHost }) => void): Fixture {
  const host = createHost({ seed: 1, flavour });
  const student = host.credOf('student')!;
  host.fs(student, '/home/student').mkdir('w');
  const fs = host.fs(student, WORK);
  const root = host.fs(ROOT, WORK);
  fs.writeFile('a', '');
  fs.utimes('a', Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1));
  fs.writeFile('b', 'hello\n');
  fs.symlink('b', 'lnk');
  fs.mkdir('d');
  fs.mkdir('d/e');
  fs.writeFile('d/e/f', '');
  fs.writeFile('sp ace', '');
  setup?.({ fs, root, host });
  return {
    host,
    fs,
    root,
    run: (applet, argv, opts = {}) => runApplet(applet, argv, { host, flavour, cwd: WORK, ...opts }),
  };
}

/** busybox 1.35 (Debian build) usage block for an applet, as printed after a usage error. */
export const BB_BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n';
