/** The task panel and the state inspector drawn from plain data, and the two locales' strings. */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../graders/grade.ts';
import type { InspectorState } from '../../site/lib/inspector/types.ts';
import { renderGrade, renderTasks, checkSummary, newlyPassed } from '../../site/lib/lesson/tasks-view.ts';
import { dockerSize, pickerOptions, renderInspector, shortID } from '../../site/lib/inspector/view.ts';
import { esc, inlineCode } from '../../site/lib/lesson/html.ts';
import { workspaceEn } from '../../site/i18n/workspace.en.ts';
import { workspaceRu } from '../../site/i18n/workspace.ru.ts';

const g: GradeResult = {
  exercise: 'layers',
  score: 1,
  maxScore: 3,
  tasks: [
    { id: 'diff', title: { key: 'layers.diff.title' }, weight: 1, passed: false, diagnosis: { key: 'layers.diff.missing', params: { changes: 'A /app, D /etc/motd' } } },
    { id: 'commit', title: { key: 'layers.commit.title' }, weight: 1, passed: true },
    { id: 'base', title: { key: 'layers.base.title' }, weight: 1, passed: false, diagnosis: { key: 'layers.base.commitFirst', params: { image: '<b>layered:v1</b>' } } },
  ],
};

/** Text content of an HTML fragment (enough for these views: tags dropped, entities decoded). */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

describe('html helpers', () => {
  it('escapes markup and turns backtick spans into code', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(inlineCode('run `docker diff <c>` now')).toBe('run <code>docker diff &#60;c&#62;</code> now');
    expect(inlineCode('a ` b')).toBe('a ` b');
  });
});

describe('task panel', () => {
  it('lists every task with a status word, a score, and diagnoses only for failing ones', () => {
    const html = renderGrade(g, workspaceEn.tasks, 'en');
    expect(html).toContain('data-score="1" data-max="3"');
    const items = html.split('<li').slice(1);
    expect(items.map((li) => li.match(/data-task="(\w+)" data-state="(\w+)"/)!.slice(1))).toEqual([
      ['diff', 'failed'],
      ['commit', 'passed'],
      ['base', 'failed'],
    ]);
    expect(text(items[0])).toContain('Not yet: docker diff layered shows exactly the requested changes');
    expect(items[0]).toContain('<code>docker diff layered</code>');
    expect(text(items[0])).toContain('does not show yet: A /app, D /etc/motd.');
    expect(text(items[1])).toContain('Done: Image layered:v1 is the base image plus one layer');
    expect(items[1]).not.toContain('ws-task-diagnosis');
    // Parameters are data, never markup.
    expect(items[2]).toContain('&#60;b&#62;layered:v1&#60;/b&#62;');
    expect(items[2]).not.toContain('<b>');
    expect(text(html)).toContain('Score: 1 of 3');
  });

  it('speaks the student\'s language', () => {
    const html = renderGrade(g, workspaceRu.tasks, 'ru');
    expect(text(html)).toContain('Баллы: 1 из 3');
    expect(text(html)).toContain('Готово:');
    expect(text(html)).toContain('Пока нет:');
    expect(html).not.toContain('layers.diff.title');
  });

  it('before the first check the tasks say so, with no score', () => {
    const html = renderTasks([{ id: 'diff', title: { key: 'layers.diff.title' } }], null, workspaceEn.tasks, 'en');
    expect(html).toContain('data-state="pending"');
    expect(text(html)).toContain('Not checked yet:');
    expect(html).not.toContain('data-score');
  });

  it('sums up a check, and tells which tasks just passed', () => {
    expect(checkSummary(g, workspaceEn.tasks)).toBe('Checked: 1 of 3 tasks done, score 1 of 3.');
    const all: GradeResult = { ...g, score: 3, tasks: g.tasks.map((t) => ({ ...t, passed: true, diagnosis: undefined })) };
    expect(checkSummary(all, workspaceEn.tasks)).toBe('Checked: 3 of 3 tasks done, score 3 of 3. All tasks are done. Well done!');
    expect(newlyPassed(g, all)).toEqual([{ key: 'layers.diff.title' }, { key: 'layers.base.title' }]);
    expect(newlyPassed(null, g)).toEqual([{ key: 'layers.commit.title' }]);
  });
});

const inspector: InspectorState = {
  containers: [
    { id: 'c2'.padEnd(64, '2'), name: 'web', image: 'alpine:3.20', status: 'running' },
    { id: 'c1'.padEnd(64, '1'), name: 'old', image: 'busybox', status: 'exited' },
  ],
  selected: {
    id: 'c2'.padEnd(64, '2'),
    name: 'web',
    image: 'alpine:3.20',
    status: 'running',
    imageID: 'sha256:' + 'ab'.repeat(32),
    layers: [
      { diffID: 'sha256:0123456789abcdef' + '0'.repeat(48), size: 7_800_000, createdBy: 'ADD alpine-minirootfs.tar.gz / # buildkit', emptyLayer: false },
      { diffID: '', size: 0, createdBy: 'CMD ["/bin/sh"]', emptyLayer: true },
      { diffID: 'sha256:fedcba9876543210' + '1'.repeat(48), size: 1234, createdBy: 'RUN echo <hi> > /x', emptyLayer: false },
    ],
    changes: [
      { kind: 'C', path: '/etc' },
      { kind: 'D', path: '/etc/motd' },
      { kind: 'A', path: '/app' },
    ],
    sizeRw: 21,
    mounts: [
      { type: 'tmpfs', source: '', destination: '/run/cache', rw: true },
      { type: 'bind', source: '/home/student/site', destination: '/usr/share/nginx/html', rw: false },
      { type: 'volume', source: 'data', destination: '/data', rw: true },
    ],
  },
  images: [{ id: 'sha256:' + 'ab'.repeat(32), tags: ['alpine:3.20', 'alpine:latest'], size: 8_830_000 }, { id: 'sha256:' + 'cd'.repeat(32), tags: [], size: 0 }],
  volumes: ['data'],
};

describe('state inspector', () => {
  it('prints sizes and IDs as the docker CLI does', () => {
    expect(dockerSize(7_800_000)).toBe('7.8MB');
    expect(dockerSize(8_830_000)).toBe('8.83MB');
    expect(dockerSize(1234)).toBe('1.23kB');
    expect(dockerSize(0)).toBe('0B');
    expect(shortID('sha256:0123456789abcdef')).toBe('0123456789ab');
    expect(shortID('0123456789abcdef')).toBe('0123456789ab');
  });

  it('offers every container in the picker', () => {
    expect(pickerOptions(inspector.containers, workspaceEn.inspector)).toEqual([
      { value: 'web', label: 'web (running)' },
      { value: 'old', label: 'old (exited)' },
    ]);
  });

  it('draws the stack bottom first: image layers, then the writable layer with its diff', () => {
    const html = renderInspector(inspector, workspaceEn.inspector);
    const stack = html.slice(html.indexOf('<ol class="ins-stack"'), html.indexOf('</ol>'));
    const kinds = [...stack.matchAll(/class="ins-layer" data-kind="(\w+)"/g)].map((m) => m[1]);
    expect(kinds).toEqual(['image', 'empty', 'image', 'writable']);
    const items = stack.split(/(?=<li class="ins-layer")/).slice(1);
    expect(text(items[0])).toBe('Image layer 1 of 2 (read-only) DiffID 0123456789ab Size 7.8MB Created by ADD alpine-minirootfs.tar.gz / # buildkit');
    expect(items[0]).toContain('title="sha256:0123456789abcdef');
    expect(text(items[1])).toBe('No layer: this step only changed the image settings Size 0B Created by CMD ["/bin/sh"]');
    expect(text(items[2])).toContain('Image layer 2 of 2 (read-only) DiffID fedcba987654 Size 1.23kB Created by RUN echo <hi> > /x');
    expect(items[2]).not.toContain('<hi>');
    expect(text(items[3])).toBe('Container layer (writable) Size 21B Changes (docker diff) C /etc (changed) D /etc/motd (deleted) A /app (added)');
    expect(html).toContain('aria-labelledby="ins-stack-h"');
    expect(text(html)).toContain('Layers of container web (image alpine:3.20), from the bottom up');
  });

  it('groups mounts by type beside the stack: volumes, bind mounts, tmpfs', () => {
    const html = renderInspector(inspector, workspaceEn.inspector);
    const mounts = html.slice(html.indexOf('ins-mounts-box'));
    expect([...mounts.matchAll(/data-mount-type="(\w+)"/g)].map((m) => m[1])).toEqual(['volume', 'bind', 'tmpfs']);
    const t = text(mounts);
    expect(t).toContain('Volumes data → /data (read-write)');
    expect(t).toContain('Bind mounts /home/student/site → /usr/share/nginx/html (read-only)');
    expect(t).toContain('tmpfs (in memory) memory → /run/cache (read-write)');
    expect(t).toContain('Images: alpine:3.20, alpine:latest (8.83MB); cdcdcdcdcdcd (0B)');
    expect(t).toContain('Volumes: data');
  });

  it('says when there are no changes, no mounts, no container', () => {
    const bare: InspectorState = { ...inspector, selected: { ...inspector.selected!, changes: [], mounts: [] } };
    const t = text(renderInspector(bare, workspaceRu.inspector));
    expect(t).toContain('Изменений нет: docker diff ничего не выводит.');
    expect(t).toContain('Монтирований нет.');
    const none = text(renderInspector({ containers: [], selected: null, images: [], volumes: [] }, workspaceEn.inspector));
    expect(none).toContain('No containers yet.');
    expect(none).toContain('Images: none');
  });
});

describe('workspace strings', () => {
  /** Every leaf as [path, text]. */
  function leaves(o: object, prefix = ''): Array<[string, string]> {
    return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));
  }
  const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('ru and en have the same keys and the same {slots}, and no empty text', () => {
    const en = leaves(workspaceEn);
    const ru = new Map(leaves(workspaceRu));
    expect([...ru.keys()].sort()).toEqual(en.map(([k]) => k).sort());
    for (const [k, v] of en) {
      expect(v.trim(), k).not.toBe('');
      expect(ru.get(k)!.trim(), k).not.toBe('');
      expect(slots(ru.get(k)!), k).toEqual(slots(v));
    }
  });
});
