/**
 * `docker import [-c CHANGE]... [-m MSG] [--platform P] file|URL|- [REPOSITORY[:TAG]]`
 * (docker/cli v28.5.2 cli/command/image/import.go runImport, client ImageImport): `-` reads
 * stdin, an http(s) URL is fetched by the daemon, anything else is opened by the client (`open
 * <file>: no such file or directory`) and sent as `fromSrc=-`. The client checks the reference
 * first (its ParseNormalizedNamed error, no daemon prefix). The daemon's answer is a JSON stream
 * whose last status is the new image ID: `sha256:<64 hex>`.
 */
import type { Invocation } from '../../command.ts';
import { parseNormalizedNamed, ReferenceError } from '../../../reference/reference.ts';
import { importImage } from '../../../daemon/image-import.ts';
import { reportError, type DockerIO } from '../io.ts';
import { readClientFile } from './load.ts';

/** url.Values.Encode of the import request (keys sorted, QueryEscape'd values). */
function importQuery(opts: { source: string; repo: string; message: string; platform: string; changes: readonly string[] }): string {
  const esc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const pairs: Array<[string, string]> = [];
  for (const c of opts.changes) pairs.push(['changes', c]);
  pairs.push(['fromSrc', opts.source]);
  if (opts.message) pairs.push(['message', opts.message]);
  if (opts.platform) pairs.push(['platform', opts.platform.toLowerCase()]);
  if (opts.repo) pairs.push(['repo', opts.repo]);
  return pairs.map(([k, v]) => `${k}=${esc(v)}`).join('&');
}

export async function importCmd(inv: Invocation, io: DockerIO): Promise<number> {
  const source = inv.args[0];
  const repo = inv.args.length > 1 ? inv.args[1] : '';
  const message = inv.flags.string('message');
  const changes = inv.flags.list('change');
  const platform = inv.flags.string('platform');
  let data: Uint8Array | null = null;
  // A directory opens; reading it fails once the request is sent, after the reference check.
  let sendError: string | null = null;
  let sourceName = '-';
  const isURL = source.startsWith('https://') || source.startsWith('http://');
  if (isURL) sourceName = source;
  else if (source !== '-') {
    const query = importQuery({ source: '-', repo, message, platform, changes });
    const r = readClientFile(io, source, `/images/create?${query}`);
    if ('error' in r) {
      if (!r.error.startsWith('error during connect')) {
        await io.stderr(`${r.error}\n`);
        return 1;
      }
      sendError = r.error;
    } else data = r.data;
  }
  if (repo !== '') {
    try {
      parseNormalizedNamed(repo);
    } catch (e) {
      if (e instanceof ReferenceError) {
        await io.stderr(`${e.message}\n`);
        return 1;
      }
      throw e;
    }
  }
  if (sendError !== null) {
    await io.stderr(`${sendError}\n`);
    return 1;
  }
  if (source === '-') data = await io.ctx.stdin.readAll();
  let id: string;
  try {
    id = await importImage(io.daemon, data, { repo, message, changes, platform: platform.toLowerCase(), source: sourceName });
  } catch (e) {
    return reportError(io, e);
  }
  await io.stdout(`${id}\n`);
  return 0;
}
