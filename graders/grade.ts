/**
 * Grading: run every task's check over a run's observable state, and score by weights.
 */
import type { CheckContext, Exercise, Lang, Message } from './model.ts';
import { translate } from './i18n/index.ts';

export interface TaskResult {
  id: string;
  title: Message;
  weight: number;
  passed: boolean;
  diagnosis?: Message;
}

export interface GradeResult {
  exercise: string;
  tasks: TaskResult[];
  score: number;
  maxScore: number;
}

export function gradeContext<S>(exercise: Exercise<S>, ctx: CheckContext<S>): GradeResult {
  const tasks = exercise.tasks.map((t): TaskResult => {
    const r = t.check(ctx);
    const base = { id: t.id, title: { key: t.title }, weight: t.weight };
    return r.ok ? { ...base, passed: true } : { ...base, passed: false, diagnosis: r.diagnosis };
  });
  return {
    exercise: exercise.id,
    tasks,
    score: tasks.reduce((n, t) => n + (t.passed ? t.weight : 0), 0),
    maxScore: tasks.reduce((n, t) => n + t.weight, 0),
  };
}

/** Plain text, one line per task, diagnoses indented under failed ones. */
export function formatText(r: GradeResult, lang: Lang): string {
  const lines = [`${r.exercise}: ${r.score}/${r.maxScore}`];
  for (const t of r.tasks) {
    lines.push(`  [${t.passed ? 'x' : ' '}] ${t.id} (${t.weight}): ${translate(t.title, lang)}`);
    if (t.diagnosis) lines.push(`        ${translate(t.diagnosis, lang)}`);
  }
  return lines.join('\n') + '\n';
}
