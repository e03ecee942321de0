/**
 * `docker volume create [NAME]` (docker/cli v28.5.2 cli/command/volume/create.go): sends the
 * driver (`local` unless -d), `-o` driver options and `--label`s, prints the volume's name (a new
 * 64-hex name when none was given: an anonymous volume).
 */
import type { Invocation } from '../../command.ts';
import { reportError, type DockerIO } from '../io.ts';

/** opts.ConvertKVStringsToMap. */
function kvMap(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of list) {
    const i = s.indexOf('=');
    out[i < 0 ? s : s.slice(0, i)] = i < 0 ? '' : s.slice(i + 1);
  }
  return out;
}

export async function volumeCreate(inv: Invocation, io: DockerIO): Promise<number> {
  let name = inv.flags.string('name');
  if (inv.args.length === 1) {
    if (name !== '') {
      await io.stderr('conflicting options: cannot specify a volume-name through both --name and as a positional arg\n');
      return 1;
    }
    name = inv.args[0];
  }
  const options = Object.fromEntries(inv.flags.map('opt'));
  const labels = kvMap(inv.flags.list('label'));
  try {
    // Empty maps are left out of the request (omitempty): the volume keeps null Options/Labels.
    const v = io.daemon.volumes.create(name, inv.flags.string('driver'), {
      options: Object.keys(options).length > 0 ? options : null,
      labels: Object.keys(labels).length > 0 ? labels : null,
    });
    await io.stdout(`${v.Name}\n`);
    return 0;
  } catch (e) {
    return reportError(io, e);
  }
}
