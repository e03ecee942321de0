/**
 * The client half of `docker version` and `docker info` (docker/cli v28.5.2
 * cli/command/system/version.go clientVersion): the docker-ce-cli 28.5.2 build for Debian.
 */
import { goStruct, type GoStruct } from '../../../api/gostruct.ts';
import { API_VERSION } from '../../../daemon/daemon.ts';
import { PLATFORM_NAME } from '../../../daemon/info.ts';

export const CLIENT_VERSION = '28.5.2';
export const CLIENT_GIT_COMMIT = 'ecc6942';
export const CLIENT_GO_VERSION = 'go1.25.3';
/** version.BuildTime, printed in time.ANSIC by reformatDate. */
export const CLIENT_BUILD_TIME = 'Wed Nov  5 14:43:33 2025';

/** clientVersion; `apiVersion` is only known once the CLI has talked to the daemon. */
export function clientVersionFields(apiVersion: string): ReadonlyArray<readonly [string, unknown, { json?: string; omitempty?: boolean }?]> {
  const o = { omitempty: true };
  return [
    ['Platform', goStruct('*system.platformInfo', [['Name', PLATFORM_NAME, o]]), o],
    ['Version', CLIENT_VERSION, o],
    ['APIVersion', apiVersion, { json: 'ApiVersion', omitempty: true }],
    ['DefaultAPIVersion', API_VERSION, o],
    ['GitCommit', CLIENT_GIT_COMMIT, o],
    ['GoVersion', CLIENT_GO_VERSION, o],
    ['Os', 'linux', o],
    ['Arch', 'amd64', o],
    ['BuildTime', CLIENT_BUILD_TIME, o],
    ['Context', 'default'],
  ];
}

export function clientVersion(apiVersion: string): GoStruct {
  return goStruct('system.clientVersion', clientVersionFields(apiVersion));
}
