/**
 * docker-init: tini 0.19.0, the init `docker run --init` runs as PID 1 (bind-mounted at
 * /sbin/docker-init, runtime/init.ts). It starts its program as a child, waits for it and exits
 * with the child's status; a signal sent to it goes on to the child (the container's PID 1 is
 * protected, its child is not), so `docker stop` ends the child with SIGTERM and tini exits 143
 * (runtime/container-process.ts counts docker-init among the programs that act on SIGTERM).
 *
 * Recorded from Debian's tini-static 0.19.0 (/usr/bin/docker-init), outside a container:
 *   docker-init -- nosuch   -> "[FATAL tini (CHILD)] exec nosuch failed: No such file or directory", 127
 *                              (EACCES: 126, a directory too; other errors: 1)
 *   docker-init             -> the usage text on stderr, 1;  -h: on stdout, 0
 *   docker-init -x          -> "docker-init: invalid option -- 'x'" + usage, 1 (getopt(3), GNU permutation)
 *   docker-init --version   -> "tini version 0.19.0", 0
 *   docker-init -e 300 ...  -> "[FATAL tini (PID)] Not a valid option for -e: 300", 1
 *   not PID 1 and no -s / TINI_SUBREAPER: a three-line "[WARN  tini (PID)] ..." first.
 * Not modelled: -v's INFO lines, -w, -g, -p's parent-death signal, zombie reaping.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { strerror } from '../../vfs/errors.ts';
import { parseArgs } from './lib/parse-options.ts';
import { lookupExec } from './lib/path-search.ts';
import { bashSignalName } from './lib/signals.ts';

const VERSION = 'tini version 0.19.0';

function usage(name: string): string {
  return `${name} (${VERSION})
Usage: ${name} [OPTIONS] PROGRAM -- [ARGS] | --version

Execute a program under the supervision of a valid init process (${name})

Command line options:

  --version: Show version and exit.
  -h: Show this help message and exit.
  -s: Register as a process subreaper (requires Linux >= 3.4).
  -p SIGNAL: Trigger SIGNAL when parent dies, e.g. "-p SIGKILL".
  -v: Generate more verbose output. Repeat up to 3 times.
  -w: Print a warning when processes are getting reaped.
  -g: Send signals to the child's process group.
  -e EXIT_CODE: Remap EXIT_CODE (from 0 to 255) to 0.
  -l: Show license and exit.

Environment variables:

  TINI_SUBREAPER: Register as a process subreaper (requires Linux >= 3.4).
  TINI_VERBOSITY: Set the verbosity level (default: 1).
  TINI_KILL_PROCESS_GROUP: Send signals to the child's process group.

`;
}

const LICENSE = `The MIT License (MIT)

Copyright (c) 2015 Thomas Orozco <thomas@orozco.fr>

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
`;

const NOT_PID1 = `Tini is not running as PID 1 and isn't registered as a child subreaper.
Zombie processes will not be re-parented to Tini, so zombie reaping won't work.
To fix the problem, use the -s option or set the environment variable TINI_SUBREAPER to register Tini as a child subreaper, or run Tini as PID 1.
`;

/** The PID a process sees for itself (its PID in its own namespace). */
function ownPid(ctx: ProcessContext): number {
  return ctx.host.processes.get(ctx.pid)?.nspid ?? ctx.pid;
}

/** tini's -p: a signal name such as SIGKILL (the SIG prefix is required). */
function validSignal(name: string): boolean {
  if (!name.startsWith('SIG')) return false;
  for (let n = 1; n <= 31; n++) if (bashSignalName(n) === name.slice(3)) return true;
  return false;
}

export const applet: Applet = {
  name: 'docker-init',
  async run(ctx) {
    const argv0 = ctx.argv[0] ?? 'docker-init';
    const name = argv0.slice(argv0.lastIndexOf('/') + 1) || 'docker-init';
    const pid = ownPid(ctx);
    const fatal = (p: number, msg: string) => ctx.stderr.write(`[FATAL tini (${p})] ${msg}\n`);
    if (ctx.argv[1] === '--version') {
      await ctx.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const r = parseArgs(ctx.argv.slice(1), { name, short: 'sp:vwgle:h', plainGetopt: true }, 'gnu');
    if (!r.ok) {
      await ctx.stderr.write(`${argv0}: ${r.message}\n${usage(name)}`);
      return 1;
    }
    // tini checks getenv() != NULL: set to anything, even empty, counts.
    let subreaper = 'TINI_SUBREAPER' in ctx.env;
    const remap = new Set<number>();
    for (const o of r.opts) {
      switch (o.key) {
        case 'h':
          await ctx.stdout.write(usage(name));
          return 0;
        case 'l':
          await ctx.stdout.write(LICENSE);
          return 0;
        case 's':
          subreaper = true;
          break;
        case 'e': {
          const v = o.value ?? '';
          const n = /^\d+$/.test(v) ? Number(v) : NaN;
          if (!(n >= 0 && n <= 255)) {
            await fatal(pid, `Not a valid option for -e: ${v}`);
            return 1;
          }
          remap.add(n);
          break;
        }
        case 'p':
          if (!validSignal(o.value ?? '')) {
            await fatal(pid, `Not a valid option for -p: ${o.value ?? ''}`);
            return 1;
          }
          break;
        default:
          break; // -v, -w, -g: accepted, not modelled
      }
    }
    if (r.operands.length === 0) {
      await ctx.stderr.write(usage(name));
      return 1;
    }
    if (pid !== 1 && !subreaper) await ctx.stderr.write(`[WARN  tini (${pid})] ${NOT_PID1}`);
    // The child is forked before it looks its program up, so a failed exec reports the child's
    // PID; here the child does not exist yet and takes the next PID (the usual case).
    const found = lookupExec(ctx.fs, r.operands[0], ctx.env.PATH);
    if (!found.ok) {
      await fatal(pid + 1, `exec ${r.operands[0]} failed: ${strerror(found.code)}`);
      return found.code === 'ENOENT' ? 127 : found.code === 'EACCES' ? 126 : 1;
    }
    const status = await ctx.exec(r.operands);
    return remap.has(status) ? 0 : status;
  },
};
