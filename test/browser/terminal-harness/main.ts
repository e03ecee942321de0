/**
 * A page with nothing but the course terminal, for test/browser/terminal-api.test.ts: the mount
 * options come from `?opts=JSON`; the MountedTerminal and every state it reported are on `window`.
 */
import { mountTerminal, type MountOptions } from '../../../site/lib/terminal/terminal.ts';
import type { LessonState } from '../../../site/lib/terminal/protocol.ts';

const opts = JSON.parse(new URLSearchParams(location.search).get('opts') ?? '{}') as MountOptions;
const terminal = mountTerminal(document.getElementById('term')!, opts);
const states: LessonState[] = [];
terminal.onState((s) => states.push(s));
Object.assign(window, { terminal, states });
