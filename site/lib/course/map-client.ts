/**
 * The course map's client side: paints each lesson's state (not started, in progress, done) from
 * the progress store (site/lib/progress/store.ts), which lives in this browser's localStorage. The
 * page is static; without JavaScript or saved progress every lesson reads "not started", which is
 * then true.
 *
 * Markup it reads (site/components/CourseMap.astro):
 *   [data-course-map]                 data-labels = JSON of MapLabels
 *   [data-lesson][data-exercise=ID]   one per lesson with an exercise; gets data-state
 *     [data-state-text]               the visible (and spoken) state
 */
import { lessonStatus, type LessonStatus, type ProgressData, type ProgressEntry } from '../progress/store.ts';
import { fill } from './locale.ts';

export interface MapLabels {
  states: { notStarted: string; inProgress: string; done: string };
  /** "{passed} of {total} tasks" */
  tasksDone: string;
}

/** The text shown for a lesson: its state, with the task count while in progress. */
export function stateText(labels: MapLabels, state: LessonStatus, entry: ProgressEntry | undefined): string {
  if (state === 'done') return labels.states.done;
  if (state === 'not-started') return labels.states.notStarted;
  const r = entry?.results;
  return r && r.total > 0
    ? `${labels.states.inProgress} · ${fill(labels.tasksDone, { passed: r.passed, total: r.total })}`
    : labels.states.inProgress;
}

/** Paints every lesson under `root` from the stored progress. */
export function paintProgress(root: ParentNode, progress: ProgressData): void {
  const map = root.querySelector<HTMLElement>('[data-course-map]');
  if (!map) return;
  const labels = JSON.parse(map.dataset.labels ?? '{}') as MapLabels;
  for (const item of map.querySelectorAll<HTMLElement>('[data-lesson][data-exercise]')) {
    const id = item.dataset.exercise ?? '';
    const entry = Object.hasOwn(progress, id) ? progress[id] : undefined;
    const state = lessonStatus(entry);
    item.dataset.state = state;
    const text = item.querySelector<HTMLElement>('[data-state-text]');
    if (text) text.textContent = stateText(labels, state, entry);
  }
}
