/**
 * docker run/create options the daemon validates or rewrites: -e, --env-file, -w, --entrypoint ''.
 * Expectations recorded with docker CLI 28.2.2 against the reference engine (20.10); where Engine
 * 28 words it otherwise the moby v28.5.2 line is cited.
 */
import { describe, expect, it } from 'vitest';
import { engineSession } from './engine-session.ts';

describe('docker run/create options', () => {
  it('keeps a bare -e NAME in Config.Env but not in the process environment', async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    // recorded: `docker run -e UNSETVAR -e HOSTNAME alpine env` prints PATH and HOME only:
    // a bare name also removes the daemon's own HOSTNAME (container/env.go ReplaceOrAppendEnvValues).
    expect((await e.run('docker run --name e1 -e UNSETVAR -e HOSTNAME alpine env')).stdout).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOME=/root\n');
    expect((await e.run("docker inspect -f '{{json .Config.Env}}' e1")).stdout).toBe('["UNSETVAR","HOSTNAME","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]\n');
  });

  it('reads --env-file as docker/cli kvfile does', async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    await e.run("printf '  # c\\n\\tX\\r\\nY=1\\r\\n' > cr.list; printf 'A B=1\\n' > ws.list; mkdir envd");
    await e.run('X=fromhost docker create --name ef --env-file cr.list alpine true');
    expect((await e.run("docker inspect -f '{{json .Config.Env}}' ef")).stdout).toBe('["X=fromhost","Y=1","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]\n');
    expect(await e.run('docker create --env-file ws.list alpine true')).toMatchObject({
      stderr: "docker: invalid env file (ws.list): variable 'A B' contains whitespaces\n\nRun 'docker create --help' for more information\n",
      status: 125,
    });
    expect(await e.run('docker create --env-file envd alpine true')).toMatchObject({
      stderr: "docker: invalid env file (envd): read envd: is a directory\n\nRun 'docker create --help' for more information\n",
      status: 125,
    });
  });

  it('cleans an absolute -w and refuses a relative one before looking at the image', async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    await e.run('docker create --name wd -w /a/../b/./c/ alpine true');
    expect((await e.run("docker inspect -f '{{.Config.WorkingDir}}' wd")).stdout).toBe('/b/c\n');
    // create returns the daemon's error unwrapped (cli create.go), status 1.
    expect(await e.run('docker create -w rel nosuchimage')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: the working directory 'rel' is invalid, it needs to be an absolute path\n",
      status: 1,
    });
  });

  it("--entrypoint '' drops the image's entrypoint and command", async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    // 20.10 says "No command specified"; moby v28.5.2 daemon/create.go:352 says it in lower case.
    expect(await e.run("docker create --entrypoint '' alpine")).toEqual({ stdout: '', stderr: 'Error response from daemon: no command specified\n', status: 1 });
    await e.run("docker create --name ep --entrypoint '' alpine echo hi");
    expect((await e.run("docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}}' ep")).stdout).toBe('null ["echo","hi"] echo\n');
  });
});
