/**
 * docker command paths (as in cli/command/**.spec.ts) → handlers. One file per command under
 * cli/docker/<object>/, as docker/cli's cli/command/<object>/<verb>.go.
 */
import type { DockerHandler } from './io.ts';
import { create } from './container/create.ts';
import { run } from './container/run.ts';
import { start } from './container/start.ts';
import { pull } from './image/pull.ts';
import { imageList } from './image/list.ts';
import { history } from './image/history.ts';
import { buildCmd } from './image/build.ts';
import { tag } from './image/tag.ts';
import { imageRemove } from './image/remove.ts';
import { commit } from './container/commit.ts';
import { imagePrune } from './image/prune.ts';
import { systemPrune } from './system/prune.ts';
import { cp } from './container/cp.ts';
import { exportCmd } from './container/export.ts';
import { containerList } from './container/ls.ts';
import { containerInspect } from './container/inspect.ts';
import { imageInspect } from './image/inspect.ts';
import { systemInspect } from './system/inspect.ts';
import { info } from './system/info.ts';
import { version } from './system/version.ts';
import { stop } from './container/stop.ts';
import { kill } from './container/kill.ts';
import { restart } from './container/restart.ts';
import { pause, unpause } from './container/pause.ts';
import { rm } from './container/rm.ts';
import { rename } from './container/rename.ts';
import { wait } from './container/wait.ts';
import { top } from './container/top.ts';
import { logs } from './container/logs.ts';
import { exec } from './container/exec.ts';
import { attach } from './container/attach.ts';
import { diff } from './container/diff.ts';
import { containerPrune } from './container/prune.ts';
import { volumeCreate } from './volume/create.ts';
import { volumeList } from './volume/ls.ts';
import { volumeInspect } from './volume/inspect.ts';
import { volumeRemove } from './volume/rm.ts';
import { volumePrune } from './volume/prune.ts';
import { systemDf } from './system/df.ts';
import { builderPrune } from './builder/prune.ts';
import { pluginList } from './plugin/ls.ts';
import { networkList } from './network/ls.ts';
import { networkInspect } from './network/inspect.ts';
import { networkRemove } from './network/rm.ts';
import { networkPrune } from './network/prune.ts';
import { save } from './image/save.ts';
import { load } from './image/load.ts';
import { importCmd } from './image/import.ts';

export const HANDLERS: Record<string, DockerHandler> = {
  'container create': create,
  'container run': run,
  'container start': start,
  'image pull': pull,
  'image ls': imageList,
  'image history': history,
  'image build': buildCmd,
  'image tag': tag,
  'image rm': imageRemove,
  'container commit': commit,
  'image prune': imagePrune,
  'system prune': systemPrune,
  'container cp': cp,
  'container export': exportCmd,
  'container ls': containerList,
  'container inspect': containerInspect,
  'image inspect': imageInspect,
  inspect: systemInspect,
  'system info': info,
  version,
  'container stop': stop,
  'container kill': kill,
  'container restart': restart,
  'container pause': pause,
  'container unpause': unpause,
  'container rm': rm,
  'container rename': rename,
  'container wait': wait,
  'container top': top,
  'container logs': logs,
  'container exec': exec,
  'container attach': attach,
  'container diff': diff,
  'container prune': containerPrune,
  'volume create': volumeCreate,
  'volume ls': volumeList,
  'volume inspect': volumeInspect,
  'volume rm': volumeRemove,
  'volume prune': volumePrune,
  'system df': systemDf,
  'builder prune': builderPrune,
  // `docker build`, `docker image build`, `docker builder ...` run these (cli/builder-forward.ts).
  'buildx build': buildCmd,
  'buildx prune': builderPrune,
  'plugin ls': pluginList,
  'network ls': networkList,
  'network inspect': networkInspect,
  'network rm': networkRemove,
  'network prune': networkPrune,
  'image save': save,
  'image load': load,
  'image import': importCmd,
};
