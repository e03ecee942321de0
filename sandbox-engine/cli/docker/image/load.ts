/**
 * `docker load [-i FILE] [-q] [--platform P]` (docker/cli v28.5.2 cli/command/image/load.go
 * runLoad): the archive from -i or stdin (a terminal stdin is refused: `requested load from
 * stdin, but stdin is empty`) goes to the daemon (image/tarexport/load.ts), quiet unless -q is
 * off AND stdout is a terminal; the response stream is shown as jsonstream.Display shows it:
 * `Loading layer` bars redrawn in place on a terminal, then `Loaded image: …` lines. An error in
 * the stream is printed as it is (no `Error response from daemon:`), status 1.
 *
 * A directory given to -i opens fine and fails while the request body is read, as the client's
 * `error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/images/load?quiet=1":
 * read DIR: is a directory`.
 */
import type { Invocation } from '../../command.ts';
import { goPathError } from '../../../archive/copy.ts';
import { isFsError } from '../../../vfs/errors.ts';
import { parsePlatform, type Platform } from '../../../builder/platform.ts';
import { loadImages, type LoadMessage } from '../../../image/tarexport/load.ts';
import { StreamError } from '../../../image/tarexport/untar.ts';
import { reportError, type DockerIO } from '../io.ts';
import { JSONStreamDisplay } from './jsonstream.ts';

export const API_BASE = 'http://%2Fvar%2Frun%2Fdocker.sock/v1.51';

/** Read a file the client opens (os.Open); a directory fails when read, naming the request. */
export function readClientFile(io: DockerIO, path: string, request: string): { data: Uint8Array } | { error: string } {
  const fs = io.ctx.fs;
  try {
    if (fs.stat(path).kind === 'dir') return { error: `error during connect: Post "${API_BASE}${request}": read ${path}: is a directory` };
    return { data: fs.readFile(path) };
  } catch (e) {
    if (!isFsError(e)) throw e;
    return { error: goPathError('open', path, e) };
  }
}

export async function load(inv: Invocation, io: DockerIO): Promise<number> {
  const input = inv.flags.string('input');
  const stdoutTTY = io.ctx.stdout.isTTY;
  const quiet = inv.flags.bool('quiet') || !stdoutTTY;
  if (input === '' && io.ctx.stdin.isTTY) {
    await io.stderr('requested load from stdin, but stdin is empty\n');
    return 1;
  }
  let data: Uint8Array | null = null;
  if (input !== '') {
    const r = readClientFile(io, input, `/images/load?quiet=${quiet ? 1 : 0}`);
    if ('error' in r) {
      await io.stderr(`${r.error}\n`);
      return 1;
    }
    data = r.data;
  }
  const platformFlag = inv.flags.string('platform');
  let platform: Platform | undefined;
  if (platformFlag !== '') {
    try {
      platform = parsePlatform(platformFlag);
    } catch (e) {
      await io.stderr(`invalid platform: ${(e as Error).message}\n`);
      return 1;
    }
  }
  // The body of the request: stdin is read while the daemon reads it.
  data ??= await io.ctx.stdin.readAll();
  let display = new JSONStreamDisplay({ terminal: stdoutTTY, width: stdoutTTY ? io.ctx.columns : undefined });
  const onMessage = async (m: LoadMessage) => {
    if ('stream' in m) {
      // A message without progress ends the block of progress lines (a new display starts).
      display = new JSONStreamDisplay({ terminal: stdoutTTY, width: stdoutTTY ? io.ctx.columns : undefined });
      await io.stdout(m.stream === '' ? '\n' : m.stream);
      return;
    }
    const text = display.render({ id: m.id, status: m.status, progressDetail: m.progressDetail, at: 0 });
    if (text !== '') await io.stdout(text);
  };
  try {
    await loadImages(io.daemon, data, { quiet, platform, onMessage });
  } catch (e) {
    if (e instanceof StreamError) {
      await io.stderr(`${e.message}\n`);
      return 1;
    }
    return reportError(io, e);
  }
  return 0;
}
