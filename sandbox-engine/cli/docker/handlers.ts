/**
 * docker command paths (as in cli/command/**.spec.ts) → handlers. One file per command under
 * cli/docker/<object>/, as docker/cli's cli/command/<object>/<verb>.go.
 */
import type { DockerHandler } from './io.ts';
import { create } from './container/create.ts';
import { run } from './container/run.ts';
import { start } from './container/start.ts';

export const HANDLERS: Record<string, DockerHandler> = {
  'container create': create,
  'container run': run,
  'container start': start,
};
