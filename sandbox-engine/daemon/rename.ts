/**
 * POST /containers/{id}/rename (moby v28.5.2 daemon/rename.go): give a container a new name; the
 * old one is free at once. Name errors come from reserveName, wrapped as
 * `Error when allocating new name: …` (names carry their leading slash there: `(/x)`).
 */
import { conflict, DaemonError, invalidParameter } from '../errdefs/errors.ts';
import type { Daemon } from './daemon.ts';
import { isValidName, RESTRICTED_NAME_CHARS } from './names.ts';
import { containerConfigJSON } from './persist.ts';

export function renameContainer(d: Daemon, oldName: string, newName: string): void {
  if (oldName === '' || newName === '') throw invalidParameter('Neither old nor new names may be empty');
  const c = d.containers.get(oldName);
  const name = newName.startsWith('/') ? newName : `/${newName}`;
  if (c.name === name) throw invalidParameter('Renaming a container with the same name as its current name');
  try {
    if (!isValidName(name)) throw invalidParameter(`Invalid container name (${name}), only ${RESTRICTED_NAME_CHARS} are allowed`);
    const holder = d.containers.byName(name);
    if (holder && holder !== c) {
      throw conflict(
        `Conflict. The container name "${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `Error when allocating new name: ${e.message}`);
    throw e;
  }
  c.name = name;
  d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
}
