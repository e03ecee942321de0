/**
 * Helpers over a lesson's command log (LessonState.log) for the progress controls.
 */
import type { LogEntry } from '../../../graders/model.ts';
import type { LessonState } from './protocol.ts';

/**
 * The log as it was before the last complete command (what "undo last command" replays), or null
 * when there is nothing to undo. A command typed over several lines (an open quote, `if`...) goes
 * as a whole; blank lines after it go with it.
 */
export function undoLog(state: Pick<LessonState, 'log' | 'lastCommandStart'>): LogEntry[] | null {
  if (state.lastCommandStart < 0) return null;
  return state.log.slice(0, state.lastCommandStart).map((e) => ({ ...e }));
}
