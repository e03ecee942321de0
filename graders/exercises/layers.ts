/**
 * "Layers": change a container's file system so that `docker diff` shows exactly the given
 * changes, commit it as an image, and see that the base image is untouched (copy-on-write: the
 * container wrote only to its own layer; commit adds that layer on top of the base's).
 */
import type { DockerView } from '../../sandbox-engine/index.ts';
import { fail, pass, type Exercise } from '../model.ts';
import { diffLines } from '../checks/state.ts';

export const CONTAINER = 'layered';
export const TARGET_IMAGE = 'layered:v1';
export const BASE_IMAGE = 'alpine:3.20';
/** What `docker diff layered` must show, line for line (any order). */
export const EXPECTED_DIFF = ['A /app', 'A /app/hello.txt', 'C /etc', 'D /etc/motd'];

/** `true` once the committed image exists (recorded after setup and after every command). */
type Snap = true | null;

/**
 * Output that shows the base image as it is: its image ID (`docker images`, `history`, `image
 * inspect`), or /etc/motd still there in a container of the base (`ls` or `cat` of it).
 */
function showsBase(output: string, baseID: string): boolean {
  const id = baseID.replace(/^sha256:/, '');
  if (id !== '' && output.includes(id.slice(0, 12))) return true;
  return /^\/etc\/motd\s*$/m.test(output) || output.includes('Welcome to Alpine!');
}

function baseLayers(docker: DockerView, baseID: string): string[] {
  return docker.image(baseID)?.layers ?? [];
}

export const layers: Exercise<Snap> = {
  id: 'layers',
  title: 'layers.title',
  goal: 'layers.goal',
  scenario: { seed: 1, images: [BASE_IMAGE, 'alpine'] },
  baseline: (docker) => ({ baseID: docker.image(BASE_IMAGE)?.id ?? '' }),
  snapshot: (docker) => (docker.image(TARGET_IMAGE) ? true : null),
  tasks: [
    {
      id: 'diff',
      title: 'layers.diff.title',
      weight: 1,
      check: ({ docker }) => {
        const lines = docker && diffLines(docker, CONTAINER);
        if (!lines) return fail('layers.diff.noContainer', { name: CONTAINER });
        const missing = EXPECTED_DIFF.filter((l) => !lines.includes(l));
        if (missing.length > 0) return fail('layers.diff.missing', { changes: missing.join(', ') });
        const extra = lines.filter((l) => !EXPECTED_DIFF.includes(l));
        if (extra.length > 0) return fail('layers.diff.extra', { changes: extra.join(', ') });
        return pass;
      },
    },
    {
      id: 'commit',
      title: 'layers.commit.title',
      weight: 1,
      check: ({ docker, baseline }) => {
        const img = docker?.image(TARGET_IMAGE);
        if (!docker || !img) return fail('layers.commit.missing', { image: TARGET_IMAGE });
        const base = baseLayers(docker, baseline.baseID);
        const fromBase = base.length > 0 && base.every((l, i) => img.layers[i] === l);
        if (!fromBase) return fail('layers.commit.notFromBase', { image: TARGET_IMAGE, base: BASE_IMAGE });
        if (img.layers.length !== base.length + 1) {
          return fail('layers.commit.layerCount', { image: TARGET_IMAGE, expected: base.length + 1, actual: img.layers.length });
        }
        return pass;
      },
    },
    {
      id: 'base',
      title: 'layers.base.title',
      weight: 1,
      check: ({ docker, baseline, timeline, commands }) => {
        // Comparing needs something to compare with: the task is about what commit did not touch.
        if (!docker?.image(TARGET_IMAGE)) return fail('layers.base.commitFirst', { image: TARGET_IMAGE });
        const now = docker.image(BASE_IMAGE);
        if (!now) return fail('layers.base.missing', { base: BASE_IMAGE });
        if (now.id !== baseline.baseID) {
          return fail('layers.base.changed', { base: BASE_IMAGE, was: baseline.baseID.slice(7, 19), now: now.id.slice(7, 19) });
        }
        // "Prove": a command after the commit that shows the base as it is.
        const since = timeline.findIndex((s) => s === true);
        const shown = since >= 1 && commands.slice(since).some((c) => c.status === 0 && showsBase(c.output, baseline.baseID));
        return shown ? pass : fail('layers.base.notShown', { base: BASE_IMAGE });
      },
    },
  ],
  hints: ['layers.hint.diff', 'layers.hint.etc', 'layers.hint.commit'],
  solutions: [
    {
      name: 'one run, then commit',
      log: [
        `docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'`,
        `docker diff ${CONTAINER}`,
        `docker commit ${CONTAINER} ${TARGET_IMAGE}`,
        `docker history ${TARGET_IMAGE}`,
        `docker image inspect ${BASE_IMAGE} --format '{{.Id}}'`,
      ],
    },
    {
      name: 'from alpine:latest (the same image), files written with a here-document',
      log: [
        `docker run -i --name ${CONTAINER} alpine sh <<'EOF'`,
        'mkdir /app',
        'echo hello > /app/hello.txt',
        'rm /etc/motd',
        'EOF',
        `docker commit -m 'app layer' ${CONTAINER} ${TARGET_IMAGE}`,
        'docker run --rm alpine:3.20 ls /etc/motd',
      ],
    },
    {
      name: 'step by step with exec in a running container',
      log: [
        `docker run -d --name ${CONTAINER} ${BASE_IMAGE} sleep 1000`,
        `docker exec ${CONTAINER} mkdir /app`,
        `docker exec ${CONTAINER} sh -c 'echo hi > /app/hello.txt'`,
        `docker exec ${CONTAINER} rm /etc/motd`,
        `docker diff ${CONTAINER}`,
        `docker commit ${CONTAINER} ${TARGET_IMAGE}`,
        `docker images`,
      ],
    },
  ],
  wrongAttempts: [
    {
      name: 'removed the base image to "prove" it is not needed',
      log: [
        `docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'`,
        `docker commit ${CONTAINER} ${TARGET_IMAGE}`,
        `docker rmi -f ${BASE_IMAGE}`,
      ],
      expect: [{ task: 'base', key: 'layers.base.missing' }],
    },
    {
      name: 'forgot to delete /etc/motd',
      log: [`docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt'`, `docker commit ${CONTAINER} ${TARGET_IMAGE}`],
      expect: [{ task: 'diff', key: 'layers.diff.missing' }],
    },
    {
      name: 'an extra file in /tmp',
      log: [
        `docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd && touch /tmp/x'`,
        `docker commit ${CONTAINER} ${TARGET_IMAGE}`,
      ],
      expect: [{ task: 'diff', key: 'layers.diff.extra' }],
    },
    {
      name: 'tagged the base instead of committing',
      log: [
        `docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'`,
        `docker tag ${BASE_IMAGE} ${TARGET_IMAGE}`,
      ],
      expect: [{ task: 'commit', key: 'layers.commit.layerCount' }],
    },
    {
      name: 'committed over the base tag',
      log: [
        `docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'`,
        `docker commit ${CONTAINER} ${BASE_IMAGE}`,
        `docker tag ${BASE_IMAGE} ${TARGET_IMAGE}`,
      ],
      expect: [{ task: 'base', key: 'layers.base.changed' }],
    },
    {
      name: 'committed, but never looked at the base image again',
      log: [
        `docker run --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'`,
        `docker commit ${CONTAINER} ${TARGET_IMAGE}`,
        `docker run --rm ${TARGET_IMAGE} ls /etc/motd`,
      ],
      expect: [{ task: 'base', key: 'layers.base.notShown' }],
    },
    {
      name: 'the changes were typed in a container that was then removed',
      log: [`docker run --rm --name ${CONTAINER} ${BASE_IMAGE} sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'`],
      expect: [
        { task: 'diff', key: 'layers.diff.noContainer' },
        { task: 'commit', key: 'layers.commit.missing' },
        { task: 'base', key: 'layers.base.commitFirst' },
      ],
    },
  ],
};
