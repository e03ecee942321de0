/**
 * English texts of the graders' messages. `{name}` slots are filled from the message's params.
 * The key set here is the reference: ru.ts must have exactly the same keys (checked by its type
 * and by graders/i18n.test.ts).
 */
export const en = {
  'task.passed': 'done',
  'task.failed': 'not yet',

  'layers.title': 'Layers and docker diff',
  'layers.goal':
    'Make a container named `layered` from alpine:3.20 whose `docker diff` shows exactly: A /app, A /app/hello.txt, C /etc, D /etc/motd. Commit it as layered:v1 and check that alpine:3.20 is still the same image.',
  'layers.diff.title': '`docker diff layered` shows exactly the requested changes',
  'layers.diff.noContainer': 'There is no container named {name}. Create it with `docker run --name {name} ...` (without --rm, so it stays for diff and commit).',
  'layers.diff.missing': '`docker diff` does not show yet: {changes}.',
  'layers.diff.extra': '`docker diff` shows changes that were not asked for: {changes}. Start a new container and change only what is asked.',
  'layers.commit.title': 'Image layered:v1 is the base image plus one layer',
  'layers.commit.missing': 'There is no image {image}. Save the container with `docker commit`.',
  'layers.commit.notFromBase': 'Image {image} is not built on the layers of {base}.',
  'layers.commit.layerCount': 'Image {image} has {actual} layers; a commit of a container from the base image gives {expected}.',
  'layers.base.title': 'The base image alpine:3.20 did not change',
  'layers.base.commitFirst': 'Commit the container as {image} first, then compare the base image with it.',
  'layers.base.missing': 'Image {base} is gone. Removing it was not needed: a commit never changes the base image.',
  'layers.base.changed': 'The name {base} now points to another image ({now} instead of {was}): the commit was saved under the base image\'s name.',
  'layers.hint.diff': '`docker diff NAME` lists changes of the container\'s own layer: A added, C changed, D deleted.',
  'layers.hint.etc': 'Deleting a file in /etc changes the /etc directory too, so C /etc appears by itself.',
  'layers.hint.commit': '`docker commit NAME layered:v1` stores the container layer as a new image layer; compare `docker history` of both images.',

  'volumes.title': 'Named volumes and tmpfs',
  'volumes.goal':
    'Write a file into a named volume from one container and read it from another container; keep both containers (no --rm) so the check can see them. Then show that a file written to a tmpfs mount is gone after its container restarts.',
  'volumes.shared.title': 'A named volume is mounted by two different containers',
  'volumes.shared.noNamed': 'No named volume has been used yet. Anonymous volumes (`-v /data`) get a new volume for every container; give the volume a name: `-v NAME:/data`.',
  'volumes.shared.gone': 'No container that used the named volume is left to look at: containers run with --rm are removed as soon as they exit. Run the writer and the reader without --rm.',
  'volumes.shared.notTwo': 'The named volume was mounted by only one container. Mount the same volume in a second container.',
  'volumes.written.title': 'The shared volume holds the written data',
  'volumes.written.noVolume': 'There is no shared named volume to look into (it may have been removed).',
  'volumes.written.empty': 'Volume {volume} has no file with text at its top level.',
  'volumes.read.title': 'A second container read the data from the volume',
  'volumes.read.none': 'No container created after the file was written has printed its content. Run a second container with the same volume that prints the file (for example with `cat`).',
  'volumes.tmpfs.title': 'Data in a tmpfs mount is lost when the container restarts',
  'volumes.tmpfs.none': 'No running container has had a tmpfs mount. Use `--tmpfs PATH` or `--mount type=tmpfs,target=PATH`.',
  'volumes.tmpfs.neverWritten': 'Nothing was ever written into the tmpfs mount. Write a file there before restarting the container.',
  'volumes.tmpfs.notRestarted': 'The tmpfs holds data, but its container has not been restarted (and started again) since then.',
  'volumes.hint.named': '`docker volume create NAME` or just `-v NAME:/path`: a named volume outlives the containers that use it.',
  'volumes.hint.read': 'Keep both containers (no --rm): one writes, the other reads with `cat`, in its own command or through `docker exec`.',
  'volumes.hint.tmpfs': '`docker restart NAME` (or stop and start), then `docker exec NAME ls PATH`.',
} as const;

export type MessageKey = keyof typeof en;
