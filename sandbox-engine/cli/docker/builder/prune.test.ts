/**
 * `docker builder prune` as buildx v0.29.1 commands/prune.go prints it (Engine 28 forwards
 * `docker builder` to buildx). The records and sizes pruned were recorded with BuildKit (engine
 * scenario 347); the prompt, filter errors and row layout are buildx's source: the prompt is
 * `<warning> [y/N] ` and a refusal ends quietly (status 0); `until` takes a Go duration.
 */
import { describe, expect, it } from 'vitest';
import { imageHost } from '../../../../test/engine/image-fixture.ts';

describe('docker builder prune', () => {
  it('asks first, parses filters as buildx does, and lists what it removed', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    await h.run(`mkdir ctx && echo hi > ctx/a.txt && printf 'FROM alpine:3.20\\nCOPY a.txt /a.txt\\n' > Dockerfile`);
    expect((await h.run('docker build -q -f Dockerfile -t pr ctx')).status).toBe(0);
    const no = await h.run('docker builder prune < /dev/null');
    expect([no.status, no.stdout, no.stderr]).toEqual([0, 'WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ', '']);
    const bad = await h.run('docker builder prune -f --filter until=soon');
    expect([bad.status, bad.stderr]).toEqual([1, `ERROR: "until" filter expects a duration (e.g., '24h'): time: invalid duration "soon"\n`]);
    const two = await h.run('docker builder prune -f --filter until=1h --filter until=2h');
    expect(two.stderr).toBe('ERROR: filters expect only one value\n');
    const kept = await h.run('docker builder prune -f --filter until=1h');
    expect(kept.stdout).toBe('Total:\t0B\n');
    const yes = await h.run('echo y | docker builder prune');
    const rows = yes.stdout.split('[y/N] ')[1].split('\n');
    expect(rows[0]).toBe('ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED');
    // local sources: the Dockerfile (35 bytes), the .dockerignore load (none), the context (a.txt)
    expect(rows.slice(1).map((r) => r.replace(/^[a-z0-9]{25}/, '<id>'))).toEqual([
      '<id>*              \ttrue \t\t35B       \tLess than a second ago',
      '<id>*              \ttrue \t0B        \tLess than a second ago',
      '<id>*              \ttrue \t3B        \tLess than a second ago',
      'Total:\t38B',
      '',
    ]);
    const df = await h.run('docker system df --format "{{.Type}} {{.TotalCount}} {{.Size}}"');
    expect(df.stdout.split('\n')[3]).toBe('Build Cache 2 0B');
  });
});
