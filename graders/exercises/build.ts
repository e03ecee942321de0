/**
 * "Build": fix a Dockerfile that leaks a cloud key into a layer. The starting recipe copies
 * key.json into the image and deletes it in a later RUN, so the image looks clean but the COPY
 * layer still carries the key (and weighs its bytes). The student brings the key in with a build
 * mount (`RUN --mount=type=secret` and `docker build --secret`, or `RUN --mount=type=bind`), and
 * orders the steps so that changing app.sh rebuilds without re-running the step that uses the key.
 *
 * The checks read the image's layers where the host keeps them (image-files.ts) and the build
 * progress the terminal showed (build-progress.ts).
 */
import type { DockerView, Host } from '../../sandbox-engine/index.ts';
import { fail, pass, type CheckContext, type CheckResult, type Exercise } from '../model.ts';
import { imageConfig, imageLayers, layerFiles, layerFileText, topLayerWith, type ImageLayer } from './image-files.ts';
import { parseBuilds, type BuildStep } from './build-progress.ts';

export const IMAGE = 'app:v1';
export const BASE_IMAGE = 'alpine:3.20';
/** The secret part of key.json: it must be in no layer, history entry or config of the image. */
export const TOKEN = 'tok-5f3a9c1e';
export const DATA_PATH = 'app/data.txt';
export const DATA_TEXT = 'dataset 1.0';

export const START_FILES: Record<string, string> = {
  'build/Dockerfile': [
    'FROM alpine:3.20',
    'WORKDIR /app',
    'COPY app.sh .',
    'COPY key.json /tmp/key.json',
    '# "download" the data set: needs the cloud key',
    'RUN grep -q token /tmp/key.json && echo "dataset 1.0" > data.txt',
    'RUN rm /tmp/key.json',
    'CMD ["sh", "app.sh"]',
    '',
  ].join('\n'),
  'build/app.sh': ['#!/bin/sh', 'cat /app/data.txt', ''].join('\n'),
  'build/key.json': `{"user": "student", "token": "${TOKEN}"}\n`,
};

/** Setup lines that write a file with a quoted here-document (its text is taken literally). */
function writeFileLines(path: string, text: string): string[] {
  return [`cat > ${path} <<'EOF'`, ...text.replace(/\n$/, '').split('\n'), 'EOF'];
}

type Ctx = CheckContext<null>;

/** The image's layers above the base image's, or a diagnosis. */
function ownLayers(ctx: Ctx): { layers: ImageLayer[]; all: ImageLayer[]; id: string } | CheckResult {
  const img = ctx.docker?.image(IMAGE);
  if (!ctx.docker || !img) return fail('build.noImage', { image: IMAGE });
  const all = imageLayers(ctx.host, img.id);
  if (!all) return fail('build.noImage', { image: IMAGE });
  const base = ctx.docker.image(ctx.baseline.baseID)?.layers ?? [];
  const fromBase = base.length > 0 && base.every((l, i) => img.layers[i] === l);
  if (!fromBase) return fail('build.built.notFromBase', { image: IMAGE, base: BASE_IMAGE });
  return { layers: all.slice(base.length), all, id: img.id };
}

const isDiagnosis = (x: unknown): x is CheckResult => typeof x === 'object' && x !== null && 'ok' in x;

/** A history entry as a message shows it: without the `# buildkit` marker, cut to 70 characters. */
function step(createdBy: string): string {
  const s = createdBy.replace(/ # buildkit$/, '');
  return s.length > 70 ? `${s.slice(0, 69)}…` : s;
}

/**
 * The RUN that uses the key (and writes data.txt). The tty display cuts instructions to the
 * terminal's width, so any of the words such a step starts with will do.
 */
function dataStep(s: BuildStep): boolean {
  return s.instruction.startsWith('RUN') && /data\.t|token|key|secret/i.test(s.instruction);
}

export const build: Exercise<null> = {
  id: 'build',
  title: 'build.title',
  goal: 'build.goal',
  scenario: {
    seed: 3,
    images: [BASE_IMAGE],
    commands: ['mkdir build', ...Object.entries(START_FILES).flatMap(([p, t]) => writeFileLines(p, t))],
  },
  baseline: (docker: DockerView, _host: Host) => ({ baseID: docker.image(BASE_IMAGE)?.id ?? '' }),
  snapshot: () => null,
  tasks: [
    {
      id: 'built',
      title: 'build.built.title',
      weight: 1,
      check: (ctx) => {
        const own = ownLayers(ctx);
        if (isDiagnosis(own)) return own;
        // A committed container leaves an entry without BuildKit's comment (its command as CreatedBy);
        // a mere tag of the base adds no entry at all.
        const baseCount = imageConfig(ctx.host, ctx.baseline.baseID)?.history.length ?? 0;
        const added = (imageConfig(ctx.host, own.id)?.history ?? []).slice(baseCount);
        if (added.length === 0 || added.some((h) => h.comment !== 'buildkit.dockerfile.v0')) return fail('build.built.notBuilt', { image: IMAGE });
        return pass;
      },
    },
    {
      id: 'data',
      title: 'build.data.title',
      weight: 1,
      check: (ctx) => {
        const own = ownLayers(ctx);
        if (isDiagnosis(own)) return own;
        const at = topLayerWith(ctx.host, own.all, DATA_PATH);
        if (at < 0) return fail('build.data.missing', { path: `/${DATA_PATH}` });
        const text = layerFileText(ctx.host, own.all[at].dir, DATA_PATH) ?? '';
        if (text.trim() !== DATA_TEXT) return fail('build.data.wrong', { path: `/${DATA_PATH}`, text: text.trim().slice(0, 40), expected: DATA_TEXT });
        // The step that wrote it must still check the key: dropping the check is not the fix, and a
        // copy from another stage, though it keeps the key out too, is not the build mount practised.
        const by = own.all[at].createdBy;
        if (/^(COPY|ADD) /.test(by)) return fail('build.data.copied', { step: step(by) });
        if (!/key|secret/i.test(by)) return fail('build.data.noKey', { step: step(by) });
        return pass;
      },
    },
    {
      id: 'secret',
      title: 'build.secret.title',
      weight: 2,
      check: (ctx) => {
        const own = ownLayers(ctx);
        if (isDiagnosis(own)) return own;
        for (const l of own.layers) {
          if (l.createdBy.includes(TOKEN)) return fail('build.secret.inHistory', { step: step(l.createdBy) });
          if (l.dir === '') continue;
          for (const f of layerFiles(ctx.host, l.dir)) {
            if (f.kind !== 'file' || !(layerFileText(ctx.host, l.dir, f.path) ?? '').includes(TOKEN)) continue;
            const visible = topLayerWith(ctx.host, own.all, f.path) >= 0;
            return fail(visible ? 'build.secret.inImage' : 'build.secret.hidden', { path: `/${f.path}`, step: step(l.createdBy) });
          }
        }
        // ENV, LABEL and ARG values end up in the config (and in the history of the steps using them).
        const cfg = imageConfig(ctx.host, own.id);
        if (cfg?.raw.includes(TOKEN)) return fail('build.secret.inConfig', { image: IMAGE });
        return pass;
      },
    },
    {
      id: 'cache',
      title: 'build.cache.title',
      weight: 1,
      check: (ctx) => {
        const builds = ctx.commands.flatMap((c) => parseBuilds(c.output).map((b) => ({ ...b, text: c.text }))).filter((b) => b.succeeded);
        const withData = builds.filter((b) => b.steps.some(dataStep));
        if (builds.length === 0) return fail('build.cache.noBuild');
        if (withData.length === 0) return fail('build.cache.noDataStep');
        let allCached = false;
        for (const b of withData) {
          const i = b.steps.findIndex(dataStep);
          if (!b.steps[i].cached) continue;
          if (b.steps.slice(i + 1).some((s) => !s.cached)) return pass;
          allCached = true;
        }
        if (allCached) return fail('build.cache.nothingChanged');
        if (withData.length < 2) return fail('build.cache.once');
        if (withData.some((b) => /--no-cache\b/.test(b.text))) return fail('build.cache.noCache');
        return fail('build.cache.rerun');
      },
    },
  ],
  hints: ['build.hint.history', 'build.hint.secret', 'build.hint.order'],
  solutions: [
    {
      name: 'secret mount, key step before COPY app.sh',
      log: [
        'cd ~/build',
        'docker build -t app:v1 .',
        'docker history app:v1',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build --secret id=cloud-key,src=key.json -t app:v1 .',
        "echo 'echo done' >> app.sh",
        'docker build --secret id=cloud-key,src=key.json -t app:v1 .',
        'docker run --rm app:v1',
      ],
    },
    {
      name: 'seed 000 style: a bind mount from the context, built with -f from home',
      log: [
        'cd',
        "cat > build/Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN --mount=type=bind,source=key.json,destination=/tmp/key.json \\',
        '    grep -q token /tmp/key.json && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker image build -f build/Dockerfile -t app:v1 build',
        "sed -i 's/cat/head -n 1/' build/app.sh",
        'docker image build -f build/Dockerfile -t app:v1 build',
      ],
    },
    {
      name: 'secret from an environment variable, plain progress asked for',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN --mount=type=secret,id=key,target=/key.json grep -q token /key.json && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'export KEY="$(cat key.json)"',
        'docker build --progress=plain --secret id=key,env=KEY -t app:v1 .',
        "echo '# v2' >> app.sh",
        'docker build --progress=plain --secret id=key,env=KEY -t app:v1 .',
      ],
    },
  ],
  wrongAttempts: [
    {
      name: 'the starting Dockerfile, built twice after a change to app.sh',
      log: ['cd build', 'docker build -t app:v1 .', "echo 'echo v2' >> app.sh", 'docker build -t app:v1 .'],
      expect: [
        { task: 'secret', key: 'build.secret.hidden' },
        { task: 'cache', key: 'build.cache.rerun' },
      ],
    },
    {
      name: 'the key copied and never deleted',
      log: [
        'cd build',
        "sed -i '/rm \\/tmp\\/key.json/d' Dockerfile",
        'docker build -t app:v1 .',
      ],
      expect: [
        { task: 'secret', key: 'build.secret.inImage' },
        { task: 'cache', key: 'build.cache.once' },
      ],
    },
    {
      name: 'the key passed as a build argument',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'ARG KEY',
        'WORKDIR /app',
        'RUN echo "$KEY" | grep -q token && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build --build-arg KEY="$(cat key.json)" -t app:v1 .',
      ],
      expect: [{ task: 'secret', key: 'build.secret.inHistory' }],
    },
    {
      name: 'the key check dropped instead of mounted',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build -t app:v1 .',
        "echo '# v2' >> app.sh",
        'docker build -t app:v1 .',
      ],
      expect: [{ task: 'data', key: 'build.data.noKey' }],
    },
    {
      name: 'a multi-stage build: the key in a first stage, data.txt copied from it',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20 AS fetch',
        'COPY key.json /tmp/key.json',
        'RUN grep -q token /tmp/key.json && echo "dataset 1.0" > /data.txt',
        'FROM alpine:3.20',
        'WORKDIR /app',
        'COPY --from=fetch /data.txt .',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build -t app:v1 .',
      ],
      expect: [{ task: 'data', key: 'build.data.copied' }],
    },
    {
      name: 'rebuilt with --no-cache',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build --secret id=cloud-key,src=key.json -t app:v1 .',
        "echo 'echo v2' >> app.sh",
        'docker build --no-cache --secret id=cloud-key,src=key.json -t app:v1 .',
      ],
      expect: [{ task: 'cache', key: 'build.cache.noCache' }],
    },
    {
      name: 'rebuilt without changing anything',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build --secret id=cloud-key,src=key.json -t app:v1 .',
        'docker build --secret id=cloud-key,src=key.json -t app:v1 .',
      ],
      expect: [{ task: 'cache', key: 'build.cache.nothingChanged' }],
    },
    {
      name: 'the secret mount forgotten on the command line: the build fails',
      log: [
        'cd build',
        "cat > Dockerfile <<'EOF'",
        'FROM alpine:3.20',
        'WORKDIR /app',
        'RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key && echo "dataset 1.0" > data.txt',
        'COPY app.sh .',
        'CMD ["sh", "app.sh"]',
        'EOF',
        'docker build -t app:v1 .',
      ],
      expect: [
        { task: 'built', key: 'build.noImage' },
        { task: 'cache', key: 'build.cache.noBuild' },
      ],
    },
    {
      name: 'a committed container instead of a build',
      log: [
        `docker run --name maker -w /app ${BASE_IMAGE} sh -c 'echo "dataset 1.0" > data.txt'`,
        'docker commit maker app:v1',
      ],
      expect: [
        { task: 'built', key: 'build.built.notBuilt' },
        { task: 'data', key: 'build.data.noKey' },
      ],
    },
    {
      name: 'built under another name',
      log: ['cd build', 'docker build -t app .'],
      expect: [
        { task: 'built', key: 'build.noImage' },
        { task: 'secret', key: 'build.noImage' },
      ],
    },
  ],
};
