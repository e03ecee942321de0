/** goDuration against Go 1.19's time.Duration.String (go run: printed the values below). */
import { describe, expect, it } from 'vitest';
import { goDuration, healthcheckHistory } from './healthcheck.ts';

describe('goDuration', () => {
  it('formats as Go does', () => {
    const ms = 1_000_000n;
    expect([0n, 90_000n * ms, 3_600_000n * ms, 1500n * ms, 500n * ms, 1_500_000n, 42n, (3n * 3600n + 2n) * 1000n * ms + 5n * ms].map(goDuration)).toEqual([
      '0s',
      '1m30s',
      '1h0m0s',
      '1.5s',
      '500ms',
      '1.5ms',
      '42ns',
      '3h0m2.005s',
    ]);
  });

  it('quotes the retry count as a rune (Go: %q of 0, 3, 9, 65 → \'\\x00\' \'\\x03\' \'\\t\' \'A\')', () => {
    const h = { test: ['NONE'], interval: 0n, timeout: 0n, startPeriod: 0n, startInterval: 0n };
    expect([0, 3, 9, 65].map((retries) => healthcheckHistory({ ...h, retries }))).toEqual([0, 3, 9, 65].map((_, k) => `HEALTHCHECK &{["NONE"] "0s" "0s" "0s" "0s" ${["'\\x00'", "'\\x03'", "'\\t'", "'A'"][k]}}`));
  });
});
