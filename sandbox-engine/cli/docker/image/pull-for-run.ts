/**
 * The pull `docker run`/`create` does when the image is missing. Until the registry lands this
 * reports the image as unavailable, with the text a registry gives for an unknown repository.
 */
import type { Named } from '../../../reference/reference.ts';
import { familiarName } from '../../../reference/reference.ts';
import { DaemonError } from '../../../errdefs/errors.ts';
import type { DockerIO } from '../io.ts';

export async function pullForRun(_io: DockerIO, ref: Named): Promise<{ ok: true } | { ok: false; error: unknown }> {
  return {
    ok: false,
    error: new DaemonError(
      'NotFound',
      `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    ),
  };
}
