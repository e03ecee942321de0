/**
 * The task panel's contents from a grade: the score, then each task with a status word (never
 * colour alone) and, when it fails, the diagnosis in the student's language. Before the first
 * state the tasks are listed as "not checked yet".
 */
import type { GradeResult } from '../../../graders/grade.ts';
import type { Lang, Message } from '../../../graders/model.ts';
import { translate } from '../../../graders/i18n/index.ts';
import { attrs, esc, inlineCode } from './html.ts';
import { fill, type WorkspaceStrings } from './strings.ts';

export interface TaskView {
  id: string;
  title: Message;
  /** Undefined: not checked yet. */
  passed?: boolean;
  diagnosis?: Message;
}

/** The counts the progress store keeps and the check summary says. */
export function gradeCounts(g: GradeResult): { passed: number; total: number; score: number; max: number } {
  return { passed: g.tasks.filter((t) => t.passed).length, total: g.tasks.length, score: g.score, max: g.maxScore };
}

export function renderTasks(tasks: readonly TaskView[], score: { score: number; max: number } | null, s: WorkspaceStrings['tasks'], lang: Lang): string {
  let out = '';
  if (score) out += `<p class="ws-score" data-score="${score.score}" data-max="${score.max}">${esc(fill(s.score, score))}</p>`;
  out += '<ol class="ws-task-list">';
  for (const t of tasks) {
    const state = t.passed === undefined ? 'pending' : t.passed ? 'passed' : 'failed';
    const word = state === 'pending' ? s.pending : state === 'passed' ? s.passed : s.failed;
    const mark = state === 'pending' ? '…' : state === 'passed' ? '✓' : '✗';
    out += `<li${attrs({ class: 'ws-task', 'data-task': t.id, 'data-state': state })}>`;
    out += `<span class="ws-task-status"><span aria-hidden="true">${mark}</span> ${esc(word)}:</span> `;
    out += `<span class="ws-task-title">${inlineCode(translate(t.title, lang))}</span>`;
    if (state === 'failed' && t.diagnosis) out += `<p class="ws-task-diagnosis">${inlineCode(translate(t.diagnosis, lang))}</p>`;
    out += '</li>';
  }
  out += '</ol>';
  return out;
}

export function renderGrade(g: GradeResult, s: WorkspaceStrings['tasks'], lang: Lang): string {
  return renderTasks(g.tasks, { score: g.score, max: g.maxScore }, s, lang);
}

/** The "Check" summary sentence. */
export function checkSummary(g: GradeResult, s: WorkspaceStrings['tasks']): string {
  const c = gradeCounts(g);
  const line = fill(s.checked, c);
  return c.passed === c.total && c.total > 0 ? `${line} ${s.allDone}` : line;
}

/** Titles of the tasks that passed now and did not before (for the polite announcement). */
export function newlyPassed(before: GradeResult | null, now: GradeResult): Message[] {
  const was = new Set(before?.tasks.filter((t) => t.passed).map((t) => t.id) ?? []);
  return now.tasks.filter((t) => t.passed && !was.has(t.id)).map((t) => t.title);
}
