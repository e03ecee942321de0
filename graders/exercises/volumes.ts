/**
 * "Volumes": one container writes into a named volume and another container reads it back; a
 * container gets another one's volumes with --volumes-from; a bind mount of a host directory
 * hides what the image has at that path; and a tmpfs mount loses what was written to it when its
 * container restarts.
 *
 * The checks look at the timeline (a snapshot after every command), so `docker run --rm` readers
 * and writers count even though those containers are gone at the end.
 */
import { ROOT, type DockerView, type Host, type ObservedContainer } from '../../sandbox-engine/index.ts';
import { fail, pass, type CheckContext, type CheckResult, type Exercise } from '../model.ts';
import { namedVolumeFiles, tmpfsContents } from '../checks/state.ts';
import { execTarget } from '../checks/commands.ts';
import { imageDirNames, imageLayers } from './image-files.ts';

/** A bind mount as it was when the snapshot was taken. */
interface BindSnap {
  destination: string;
  /** Names in the host directory. */
  hostNames: string[];
  /** Names the container's image has at the destination (what the mount hides). */
  imageNames: string[];
}

interface Snap {
  containers: Array<Pick<ObservedContainer, 'id' | 'name' | 'logs'> & { volumes: string[]; binds: BindSnap[] }>;
  volumes: Array<{ name: string; files: Record<string, string> }>;
  tmpfs: Array<{ id: string; startedAt: number; dest: string; entries: string[] }>;
}

type Ctx = CheckContext<Snap>;

/** Named volumes that two different containers have mounted at some point. */
function sharedVolumes(ctx: Ctx): Set<string> {
  const users = new Map<string, Set<string>>();
  for (const s of ctx.timeline) {
    for (const c of s.containers) {
      for (const v of c.volumes) {
        if (!users.has(v)) users.set(v, new Set());
        users.get(v)!.add(c.id);
      }
    }
  }
  const named = new Set(ctx.timeline.flatMap((s) => s.volumes.map((v) => v.name)));
  return new Set([...users].filter(([v, ids]) => named.has(v) && ids.size >= 2).map(([v]) => v));
}

/**
 * A read across containers: a file with text appeared in volume V at snapshot i, and a container
 * created after that (absent at i), with V mounted, printed the text: in its own log (`docker run
 * ... cat`) or as the output of a `docker exec` in it.
 */
function crossRead(ctx: Ctx): boolean {
  const tl = ctx.timeline;
  for (let i = 0; i < tl.length; i++) {
    for (const vol of tl[i].volumes) {
      for (const [file, text] of Object.entries(vol.files)) {
        const wanted = text.trim();
        if (wanted === '') continue;
        if (i > 0 && tl[i - 1].volumes.find((v) => v.name === vol.name)?.files[file] === text) continue; // not new here
        const present = new Set(tl[i].containers.map((c) => c.id));
        const reader = (c: Snap['containers'][number]) => !present.has(c.id) && c.volumes.includes(vol.name);
        for (let j = i; j < ctx.commands.length; j++) {
          const after = tl[j + 1];
          if (after.containers.some((c) => reader(c) && c.logs.includes(wanted))) return true;
          const target = execTarget(ctx.commands[j].text);
          const c = target === undefined ? undefined : after.containers.find((x) => x.name === target || x.id.startsWith(target));
          if (c && reader(c) && ctx.commands[j].output.includes(wanted)) return true;
        }
      }
    }
  }
  return false;
}

/** Images never change under one ID, so what one shows at a path is computed once. */
const imageNamesCache = new Map<string, string[]>();

function imageNamesAt(host: Host, imageID: string, dir: string): string[] {
  const key = `${imageID} ${dir}`;
  let names = imageNamesCache.get(key);
  if (!names) {
    const layers = imageLayers(host, imageID);
    if (!layers) return []; // not cached: the image may be readable later
    names = imageDirNames(host, layers, dir);
    imageNamesCache.set(key, names);
  }
  return names;
}

function hostNames(host: Host, dir: string): string[] {
  try {
    return host.fs(ROOT).readdir(dir).sort();
  } catch {
    return [];
  }
}

function bindsOf(c: ObservedContainer, host: Host): BindSnap[] {
  return c.mounts
    .filter((m) => m.type === 'bind')
    .map((m) => ({ destination: m.destination, hostNames: hostNames(host, m.source), imageNames: imageNamesAt(host, c.imageID, m.destination) }));
}

/** Without terminal colour codes (`ls` colours names when it writes to a terminal). */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- ESC starts the sequences being removed
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** What a container printed: its own log, and the output of every `docker exec` in it. */
function printedBy(ctx: Ctx, id: string): string[] {
  const out: string[] = [];
  for (const s of ctx.timeline) {
    const c = s.containers.find((x) => x.id === id);
    if (c) out.push(c.logs);
  }
  ctx.commands.forEach((cmd, j) => {
    const target = execTarget(cmd.text);
    if (target === undefined) return;
    const c = ctx.timeline[j + 1]?.containers.find((x) => x.name === target || x.id.startsWith(target));
    if (c?.id === id) out.push(cmd.output);
  });
  return out;
}

/**
 * A container with a host directory bind-mounted over a directory its image has files in, that
 * listed the directory: every host name shown and none of the names only the image has.
 */
function bindHides(ctx: Ctx): CheckResult {
  let anyBind = false;
  let overImage = false;
  let emptyHost = false;
  const seen = new Set<string>();
  for (const s of ctx.timeline) {
    for (const c of s.containers) {
      for (const b of c.binds) {
        anyBind = true;
        if (b.imageNames.length === 0) continue;
        overImage = true;
        if (b.hostNames.length === 0) {
          emptyHost = true;
          continue;
        }
        const key = `${c.id} ${b.destination} ${b.hostNames.join('/')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const hidden = b.imageNames.filter((n) => !b.hostNames.includes(n));
        for (const text of printedBy(ctx, c.id)) {
          const words = new Set(plain(text).split(/\s+/));
          if (b.hostNames.every((n) => words.has(n)) && !hidden.some((n) => words.has(n))) return pass;
        }
      }
    }
  }
  if (!anyBind) return fail('volumes.bind.none');
  if (!overImage) return fail('volumes.bind.notOverImage');
  if (emptyHost) return fail('volumes.bind.emptyHost');
  return fail('volumes.bind.notListed');
}

/** A container created by a `--volumes-from` command that shares a volume with another container. */
function volumesFrom(ctx: Ctx): CheckResult {
  let used = false;
  let kept = false;
  for (let j = 0; j < ctx.commands.length; j++) {
    if (!/--volumes-from[=\s]/.test(ctx.commands[j].text)) continue;
    used = true;
    const before = new Set(ctx.timeline[j].containers.map((c) => c.id));
    const after = ctx.timeline[j + 1].containers;
    for (const c of after.filter((x) => !before.has(x.id))) {
      kept = true;
      if (after.some((o) => o.id !== c.id && o.volumes.some((v) => c.volumes.includes(v)))) return pass;
    }
  }
  if (!used) return fail('volumes.from.none');
  return fail(kept ? 'volumes.from.noVolume' : 'volumes.from.gone');
}

export const volumes: Exercise<Snap> = {
  id: 'volumes',
  title: 'volumes.title',
  goal: 'volumes.goal',
  scenario: { seed: 2, images: ['alpine:3.20', 'alpine', 'nginx:alpine'] },
  snapshot: (docker: DockerView, host: Host) => ({
    containers: docker.containers().map((c) => ({
      id: c.id,
      name: c.name,
      logs: c.logs,
      volumes: c.mounts.filter((m) => m.type === 'volume').map((m) => m.name),
      binds: bindsOf(c, host),
    })),
    volumes: namedVolumeFiles(docker, host),
    tmpfs: tmpfsContents(docker),
  }),
  tasks: [
    {
      id: 'shared',
      title: 'volumes.shared.title',
      weight: 1,
      check: (ctx) => {
        if (sharedVolumes(ctx).size > 0) return pass;
        const named = new Set(ctx.timeline.flatMap((s) => s.volumes.map((v) => v.name)));
        if (named.size === 0) return fail('volumes.shared.noNamed');
        const used = ctx.timeline.some((s) => s.containers.some((c) => c.volumes.some((v) => named.has(v))));
        // `--rm` containers are gone before anything can look at them.
        return fail(used ? 'volumes.shared.notTwo' : 'volumes.shared.gone');
      },
    },
    {
      id: 'written',
      title: 'volumes.written.title',
      weight: 1,
      check: (ctx) => {
        const last = ctx.timeline[ctx.timeline.length - 1];
        const shared = sharedVolumes(ctx);
        const vols = last.volumes.filter((v) => shared.has(v.name));
        if (vols.length === 0) return fail('volumes.written.noVolume');
        const hasData = vols.some((v) => Object.values(v.files).some((t) => t.trim() !== ''));
        return hasData ? pass : fail('volumes.written.empty', { volume: vols[0].name });
      },
    },
    {
      id: 'read',
      title: 'volumes.read.title',
      weight: 1,
      check: (ctx) => (crossRead(ctx) ? pass : fail('volumes.read.none')),
    },
    {
      id: 'from',
      title: 'volumes.from.title',
      weight: 1,
      check: volumesFrom,
    },
    {
      id: 'bind',
      title: 'volumes.bind.title',
      weight: 1,
      check: bindHides,
    },
    {
      id: 'tmpfs',
      title: 'volumes.tmpfs.title',
      weight: 2,
      check: (ctx) => {
        const obs = ctx.timeline.flatMap((s, i) => s.tmpfs.map((t) => ({ ...t, i })));
        if (obs.length === 0) return fail('volumes.tmpfs.none');
        const written = obs.filter((o) => o.entries.length > 0);
        if (written.length === 0) return fail('volumes.tmpfs.neverWritten');
        // The same container and mount, started again later, and empty there.
        const lost = written.some((w) => obs.some((o) => o.id === w.id && o.dest === w.dest && o.i > w.i && o.startedAt > w.startedAt && o.entries.length === 0));
        return lost ? pass : fail('volumes.tmpfs.notRestarted');
      },
    },
  ],
  hints: ['volumes.hint.named', 'volumes.hint.read', 'volumes.hint.from', 'volumes.hint.bind', 'volumes.hint.tmpfs'],
  solutions: [
    {
      name: 'writer and reader with -v, restart for tmpfs',
      log: [
        'docker volume create shared',
        `docker run --name writer -v shared:/data alpine:3.20 sh -c 'echo hello from writer > /data/msg.txt'`,
        'docker run --name reader -v shared:/data alpine:3.20 cat /data/msg.txt',
        'docker run -d --name scratch --tmpfs /cache alpine:3.20 sleep 1000',
        `docker exec scratch sh -c 'echo temp > /cache/t.txt'`,
        'docker exec scratch ls /cache',
        'docker restart scratch',
        'docker exec scratch ls /cache',
        'docker create --name box -v /share-vol alpine:3.20 nop',
        'docker run --name AA --volumes-from box alpine:3.20 touch /share-vol/wine',
        'docker run --name BB --volumes-from box alpine:3.20 ls /share-vol',
        'mkdir site',
        `echo '<h1>mine</h1>' > site/index.html`,
        'docker run --name web -v $(pwd)/site:/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html',
      ],
    },
    {
      name: '--mount syntax, named containers, stop and start',
      log: [
        `docker run --name writer --mount type=volume,source=appdata,target=/srv alpine:3.20 sh -c 'echo 42 > /srv/answer'`,
        'docker run --name reader --mount source=appdata,target=/mnt,readonly alpine:3.20 cat /mnt/answer',
        'docker logs reader',
        'docker run -d --name tmp1 --mount type=tmpfs,target=/run/cache alpine:3.20 sleep 600',
        'docker exec tmp1 touch /run/cache/lock',
        'docker stop tmp1',
        'docker start tmp1',
        'docker exec tmp1 ls -A /run/cache',
        'docker run --name reader2 --volumes-from writer alpine:3.20 cat /srv/answer',
        'mkdir -p www',
        'echo hi > www/about.html',
        'echo home > www/index.html',
        'docker run --name web --mount type=bind,source=$HOME/www,target=/usr/share/nginx/html nginx:alpine ls -l /usr/share/nginx/html',
      ],
    },
    {
      name: 'a long-running reader, read with exec',
      log: [
        `docker run -v notes:/notes alpine:3.20 sh -c 'echo remember > /notes/todo'`,
        'docker run -d --name viewer -v notes:/notes:ro alpine:3.20 sleep 1000',
        'docker exec -it viewer cat /notes/todo',
        'docker run -d --name t2 --tmpfs /scratch:rw,size=1m alpine:3.20 sleep 1000',
        `docker exec t2 sh -c 'date > /scratch/now'`,
        'docker restart t2',
        'docker run -d --name viewer2 --volumes-from viewer alpine:3.20 sleep 1000',
        'mkdir conf',
        "printf 'server { listen 8080; }\\n' > conf/my.conf",
        'docker run -d --name web -v ~/conf:/etc/nginx/conf.d:ro nginx:alpine sleep 1000',
        'docker exec web ls /etc/nginx/conf.d',
      ],
    },
  ],
  wrongAttempts: [
    {
      name: 'containers run with --rm leave nothing to check',
      log: [
        'docker volume create shared',
        `docker run --rm -v shared:/data alpine:3.20 sh -c 'echo hello > /data/msg.txt'`,
        'docker run --rm -v shared:/data alpine:3.20 cat /data/msg.txt',
      ],
      expect: [
        { task: 'shared', key: 'volumes.shared.gone' },
        { task: 'read', key: 'volumes.read.none' },
      ],
    },
    {
      name: 'exec in the writer itself is not a second container',
      log: [
        'docker run -d --name one -v shared:/data alpine:3.20 sleep 1000',
        `docker exec one sh -c 'echo hello > /data/msg.txt'`,
        'docker exec one cat /data/msg.txt',
      ],
      expect: [
        { task: 'shared', key: 'volumes.shared.notTwo' },
        { task: 'read', key: 'volumes.read.none' },
      ],
    },
    {
      name: 'anonymous volumes are not shared',
      log: [
        `docker run -v /data alpine:3.20 sh -c 'echo hi > /data/msg'`,
        'docker run -v /data alpine:3.20 cat /data/msg',
      ],
      expect: [
        { task: 'shared', key: 'volumes.shared.noNamed' },
        { task: 'read', key: 'volumes.read.none' },
      ],
    },
    {
      name: 'read from the host instead of a second container',
      log: [
        `docker run -v vol1:/data alpine:3.20 sh -c 'echo hi > /data/msg'`,
        'sudo cat /var/lib/docker/volumes/vol1/_data/msg',
      ],
      expect: [
        { task: 'shared', key: 'volumes.shared.notTwo' },
        { task: 'read', key: 'volumes.read.none' },
      ],
    },
    {
      name: 'a named volume where a tmpfs was asked for',
      log: [
        'docker run -d --name scratch -v cache:/cache alpine:3.20 sleep 1000',
        `docker exec scratch sh -c 'echo temp > /cache/t.txt'`,
        'docker restart scratch',
      ],
      expect: [{ task: 'tmpfs', key: 'volumes.tmpfs.none' }],
    },
    {
      name: 'tmpfs written but never restarted',
      log: ['docker run -d --name scratch --tmpfs /cache alpine:3.20 sleep 1000', `docker exec scratch sh -c 'echo temp > /cache/t.txt'`],
      expect: [{ task: 'tmpfs', key: 'volumes.tmpfs.notRestarted' }],
    },
    {
      name: 'tmpfs restarted but nothing was written first',
      log: ['docker run -d --name scratch --tmpfs /cache alpine:3.20 sleep 1000', 'docker restart scratch'],
      expect: [{ task: 'tmpfs', key: 'volumes.tmpfs.neverWritten' }],
    },
    {
      name: 'a named volume over the nginx pages copies them instead of hiding them',
      log: ['docker run --name web -v html:/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html'],
      expect: [{ task: 'bind', key: 'volumes.bind.none' }],
    },
    {
      name: 'a bind mount over a path the image does not have',
      log: ['mkdir site', 'echo hi > site/index.html', 'docker run --name probe -v $(pwd)/site:/data alpine:3.20 ls /data'],
      expect: [{ task: 'bind', key: 'volumes.bind.notOverImage' }],
    },
    {
      name: 'a bind mount of a directory that does not exist yet: Docker creates it empty',
      log: ['docker run --name web -v $(pwd)/nothing:/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html'],
      expect: [{ task: 'bind', key: 'volumes.bind.emptyHost' }],
    },
    {
      name: 'a bind mount over the pages, never listed',
      log: ['mkdir site', 'echo hi > site/index.html', 'docker create --name web -v $(pwd)/site:/usr/share/nginx/html nginx:alpine'],
      expect: [{ task: 'bind', key: 'volumes.bind.notListed' }],
    },
    {
      name: 'the bind mount listed in a --rm container',
      log: ['mkdir site', 'echo hi > site/index.html', 'docker run --rm -v $(pwd)/site:/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html'],
      expect: [{ task: 'bind', key: 'volumes.bind.none' }],
    },
    {
      name: '--volumes-from into a --rm container',
      log: ['docker create --name box -v /share-vol alpine:3.20 nop', 'docker run --rm --volumes-from box alpine:3.20 touch /share-vol/wine'],
      expect: [{ task: 'from', key: 'volumes.from.gone' }],
    },
    {
      name: 'the same -v /share-vol in two containers makes two volumes',
      log: ['docker run --name AA -v /share-vol alpine:3.20 touch /share-vol/wine', 'docker run --name BB -v /share-vol alpine:3.20 ls /share-vol'],
      expect: [{ task: 'from', key: 'volumes.from.none' }],
    },
    {
      name: '--volumes-from a container that has no volumes',
      log: ['docker create --name box alpine:3.20 nop', 'docker run --name AA --volumes-from box alpine:3.20 ls /'],
      expect: [{ task: 'from', key: 'volumes.from.noVolume' }],
    },
  ],
};
