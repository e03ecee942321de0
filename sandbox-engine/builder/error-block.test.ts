/**
 * The Dockerfile excerpt of a failed build against Source.Print of buildx v0.29.1 (vendor/github.com/
 * moby/buildkit/solver/errdefs/source.go:47-95): its loop, run with `go run` on these inputs,
 * printed the expected texts below.
 */
import { describe, expect, it } from 'vitest';
import { errorBlock, failureSummary, sourceExcerpt } from './error-block.ts';

const DF = 'FROM alpine:3.20\nRUN echo a\nRUN echo one \\\n    two \\\n    three && false\nRUN echo b\nRUN echo c\nRUN echo d\n';

describe('sourceExcerpt', () => {
  it('shows one line of context around a multi-line instruction, named by its first line', () => {
    expect(sourceExcerpt(DF, 'Dockerfile', 3, 5)).toBe(
      'Dockerfile:3\n--------------------\n   2 |     RUN echo a\n   3 | >>> RUN echo one \\\n   4 | >>>     two \\\n   5 | >>>     three && false\n   6 |     RUN echo b\n--------------------\n',
    );
  });

  it('shows two lines each side of a one-line instruction, fewer at the edges', () => {
    expect(sourceExcerpt(DF, 'Dockerfile', 6, 6)).toBe(
      'Dockerfile:6\n--------------------\n   4 |         two \\\n   5 |         three && false\n   6 | >>> RUN echo b\n   7 |     RUN echo c\n   8 |     RUN echo d\n--------------------\n',
    );
    expect(sourceExcerpt(DF, 'Dockerfile', 1, 1)).toBe('Dockerfile:1\n--------------------\n   1 | >>> FROM alpine:3.20\n   2 |     RUN echo a\n   3 |     RUN echo one \\\n--------------------\n');
    expect(sourceExcerpt('FROM alpine:3.20\nRUN a \\\n  b\n', 'Dockerfile', 2, 3)).toBe(
      'Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN a \\\n   3 | >>>   b\n   4 |     \n--------------------\n',
    );
  });

  it('takes an end before the start as the start (file with no instructions: line N to 0)', () => {
    expect(sourceExcerpt('# nothing\n\n', 'Dockerfile', 2, 0)).toBe('Dockerfile:2\n--------------------\n   1 |     # nothing\n   2 | >>> \n   3 |     \n--------------------\n');
  });
});

describe('errorBlock', () => {
  const failure = { message: 'process "/bin/sh -c false" did not complete successfully: exit code: 1', vertex: '[2/2] RUN false', logs: ['0.051 oops'], startLine: 2, endLine: 2 };

  it('is the failed step box, the excerpt and the ERROR line', () => {
    expect(errorBlock('FROM alpine:3.20\nRUN false\n', 'Dockerfile', failure)).toBe(
      '------\n > [2/2] RUN false:\n0.051 oops\n------\nDockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN false\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1\n',
    );
  });

  it('leaves the box out of the summary -q prints', () => {
    expect(failureSummary('FROM alpine:3.20\nRUN false\n', 'Dockerfile', failure)).toBe(
      'Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN false\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1\n',
    );
  });
});
