import { describe, expect, it } from 'vitest';
import { TabWriter, tabwrite } from './tabwriter.ts';
import { TABWRITER_GOLDENS } from '../testdata/tabwriter-goldens.ts';

describe('tabwriter (Go text/tabwriter 10, 1, 3, " ", 0)', () => {
  // Recorded through docker CLI 28.2.2: cli/testdata/record/rec_tabwriter.py.
  TABWRITER_GOLDENS.forEach((g, i) => {
    it(`golden ${i}: ${JSON.stringify(g.input.slice(0, 30))}`, () => {
      expect(tabwrite(g.input)).toBe(g.output);
    });
  });

  it('docker/cli volume-list-without-format.golden (docker-semantics.md §12)', () => {
    expect(tabwrite('DRIVER\tVOLUME NAME\nlocal\tbaz\nbar\tfoo\nlocal\tvolume\n')).toBe(
      'DRIVER    VOLUME NAME\nlocal     baz\nbar       foo\nlocal     volume\n',
    );
  });

  it('docker/cli history-command-success.simple.golden (§12)', () => {
    expect(tabwrite('IMAGE\tCREATED\tCREATED BY\tSIZE\tCOMMENT\n123456789012\tLess than a second ago\t\t0B\tnone\n')).toBe(
      'IMAGE          CREATED                  CREATED BY   SIZE      COMMENT\n' +
        '123456789012   Less than a second ago                0B        none\n',
    );
  });

  it('docker/cli container-list-without-format.golden header and row (§12)', () => {
    const out = tabwrite(
      'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n' +
        'container_id\tbusybox:latest\t"top"\tAbout a minute ago\tUp 1 minute\t8.8.8.8:82->82/tcp\tc5\n',
    );
    expect(out.split('\n')[0]).toBe(
      'CONTAINER ID   IMAGE            COMMAND   CREATED              STATUS        PORTS                NAMES',
    );
    expect(out.split('\n')[1]).toBe(
      'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   8.8.8.8:82->82/tcp   c5',
    );
  });

  it('keeps text after the last newline (unterminated last line is written on flush)', () => {
    expect(tabwrite('a\tb\nccc\td')).toBe('a         b\nccc       d');
  });

  it('streams: output appears once a tab-less line flushes, the rest on flush()', () => {
    const w = new TabWriter();
    w.write('x\ty\nheader only\n');
    w.write('longer-than-ten\tz\n');
    expect(w.flush()).toBe('x         y\nheader only\nlonger-than-ten   z\n');
  });

  it('formfeed ends columns like a tab-less line', () => {
    expect(tabwrite('aaaaaaaaaaaaa\tb\fc\td\n')).toBe('aaaaaaaaaaaaa   b\nc         d\n');
  });
});
