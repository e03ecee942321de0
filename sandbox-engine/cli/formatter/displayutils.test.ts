import { describe, expect, it } from 'vitest';
import { ellipsis, prettyPrint, truncateID } from './displayutils.ts';
import { formatRows } from '../template/docker.ts';
import { CONTAINER_HEADERS, DEFAULT_FORMATS, VOLUME_HEADERS } from './headers.ts';

describe('display helpers (docker/cli formatter/displayutils.go)', () => {
  it('Ellipsis cuts to n-1 characters plus …', () => {
    // docker-semantics.md §11.1: "nginx -g 'daemon of…"
    expect(ellipsis("nginx -g 'daemon off;'", 20)).toBe("nginx -g 'daemon of…");
    expect(ellipsis('short', 20)).toBe('short');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('日本語日本語', 5)).toBe('日本…');
  });
  it('TruncateID', () => {
    expect(truncateID('sha256:4048db5d36726e313ab8f7ffccf2362a34cba69e4cdd49119713483a68641fce')).toBe('4048db5d3672');
    expect(truncateID('abc')).toBe('abc');
  });
  it('PrettyPrint', () => {
    expect(prettyPrint('running')).toBe('Running');
    expect(prettyPrint(null)).toBe('None');
  });
});

describe('default table formats with the header maps', () => {
  it('docker volume ls (docker/cli volume-list-without-format.golden)', () => {
    const rows = ['baz', 'foo', 'volume'].map((n, i) => ({ Driver: i === 1 ? 'bar' : 'local', Name: n }));
    expect(formatRows({ format: DEFAULT_FORMATS.volume, rows, header: VOLUME_HEADERS })).toBe(
      'DRIVER    VOLUME NAME\nlocal     baz\nbar       foo\nlocal     volume\n',
    );
  });
  it('docker ps (docker/cli container-list-without-format.golden first row)', () => {
    const row = {
      ID: 'container_id',
      Image: 'busybox:latest',
      Command: '"top"',
      RunningFor: 'About a minute ago',
      Status: 'Up 1 minute',
      Ports: '8.8.8.8:82->82/tcp',
      Names: 'c5',
    };
    expect(formatRows({ format: DEFAULT_FORMATS.container, rows: [row], header: CONTAINER_HEADERS })).toBe(
      'CONTAINER ID   IMAGE            COMMAND   CREATED              STATUS        PORTS                NAMES\n' +
        'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   8.8.8.8:82->82/tcp   c5\n',
    );
  });
});
