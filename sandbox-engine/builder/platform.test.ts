/**
 * Platforms: containerd's platforms.Parse as BuildKit v0.25.2 vendors it, the automatic platform
 * ARGs (dockerfile2llb/platform.go defaultArgs), and FROM --platform in a build. The linux/amd64
 * values in a real build were recorded (engine scenario 346: `$BUILDPLATFORM $TARGETPLATFORM
 * $TARGETOS $TARGETARCH` printed `linux/amd64 linux/amd64 linux amd64`).
 */
import { describe, expect, it } from 'vitest';
import { formatPlatform, parsePlatform, platformArgs, ENGINE_PLATFORM } from './platform.ts';
import { imageHost } from '../../test/engine/image-fixture.ts';

describe('parsePlatform', () => {
  it('normalizes as containerd does', () => {
    expect(formatPlatform(parsePlatform('linux/amd64'))).toBe('linux/amd64');
    expect(formatPlatform(parsePlatform('linux/x86_64'))).toBe('linux/amd64');
    expect(formatPlatform(parsePlatform('amd64'))).toBe('linux/amd64');
    expect(formatPlatform(parsePlatform('linux'))).toBe('linux/amd64');
    expect(formatPlatform(parsePlatform('linux/aarch64'))).toBe('linux/arm64');
    expect(formatPlatform(parsePlatform('linux/arm64/v8'))).toBe('linux/arm64/v8');
    expect(formatPlatform(parsePlatform('linux/armhf'))).toBe('linux/arm'); // v7 is arm's default, dropped
  });

  it('rejects what platforms.Parse rejects', () => {
    expect(() => parsePlatform('foo')).toThrow('"foo": unknown operating system or architecture: invalid argument');
    expect(() => parsePlatform('linux/*')).toThrow('"linux/*": wildcards not yet supported: invalid argument');
  });
});

describe('platform ARGs', () => {
  it('are linux/amd64 with the target stage, overridable by --build-arg', () => {
    const args = platformArgs(ENGINE_PLATFORM, '', new Map([['TARGETARCH', 'custom']]));
    expect(args).toContain('BUILDPLATFORM=linux/amd64');
    expect(args).toContain('TARGETPLATFORM=linux/amd64');
    expect(args).toContain('TARGETARCH=custom');
    expect(args).toContain('TARGETSTAGE=default');
  });

  it('reach FROM lines and stages that declare them; FROM --platform errors', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await h.run(`mkdir ctx && printf 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS base\\nARG TARGETOS TARGETARCH\\nRUN echo $TARGETOS/$TARGETARCH > /p\\n' > ctx/Dockerfile`);
    expect((await h.run('docker build -q -t plat ctx')).status).toBe(0);
    expect((await h.run('docker run --rm plat cat /p')).stdout).toBe('linux/amd64\n');
    await h.run(`printf 'FROM --platform=$NOPE alpine:3.20\\n' > ctx/Dockerfile`);
    const empty = await h.run('docker build -q ctx');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('ERROR: failed to build: failed to solve: empty platform value from expression $NOPE\n');
    await h.run(`printf 'FROM --platform=linux/arm64 alpine:3.20\\n' > ctx/Dockerfile`);
    const arm = await h.run('docker build -q ctx');
    expect(arm.stderr).toContain('no match for platform in manifest: not found\n');
  });
});
