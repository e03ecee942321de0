/**
 * ONBUILD triggers (BuildKit v0.25.2 dockerfile2llb convert.go:616-639 and initOnBuildTriggers
 * :1156-1201). A stage's triggers are its base image's `Config.OnBuild` (or, for FROM <stage>, that
 * stage's own ONBUILD instructions); each is parsed as a one-instruction Dockerfile and runs before
 * the stage's own instructions, with the FROM line as its location. They count in the step total
 * (`cmdTotal += len(triggers)`, every trigger, even those that make no layer), their vertices read
 * `[2/4] ONBUILD RUN …` (prefixCommand), their history entries are those of the instruction, and
 * the new image's `Config.OnBuild` starts empty: triggers fire once, in the first child.
 *
 * Recorded with BuildKit (Engine 20.10, whose frontend did not count triggers in the total):
 *   #5 [2/2] RUN echo triggered > /trig.txt    (v0.25.2: [2/4] ONBUILD RUN echo triggered > /trig.txt)
 */
import type { Command, Stage } from './dockerfile/index.ts';
import { parse, parseInstruction } from './dockerfile/index.ts';

const triggers = new WeakSet<Command>();

/** Whether the command came from an ONBUILD trigger (its vertex name says `ONBUILD `). */
export function isTrigger(c: Command): boolean {
  return triggers.has(c);
}

export class TriggerError extends Error {}

/** The trigger expressions parsed into commands located at the stage's FROM line. */
export function triggerCommands(expressions: readonly string[], stage: Stage): Command[] {
  const out: Command[] = [];
  for (const expr of expressions) {
    const parsed = parse(expr);
    if (!parsed.ok) throw new TriggerError(parsed.error.message);
    const children = parsed.result.ast.children;
    if (children.length !== 1) throw new TriggerError('onbuild trigger should be a single expression');
    let ins;
    try {
      ins = parseInstruction(children[0]);
    } catch (e) {
      throw new TriggerError((e as Error).message);
    }
    if (ins.kind === 'from') throw new TriggerError('onbuild trigger should be a single expression');
    const c = { ...ins, startLine: stage.startLine, endLine: stage.endLine } as Command;
    triggers.add(c);
    out.push(c);
  }
  return out;
}

/** The ONBUILD expressions a stage declares itself (what a FROM <stage> child runs). */
export function stageTriggers(stage: Stage): string[] {
  return stage.commands.flatMap((c) => (c.kind === 'onbuild' ? [c.expression] : []));
}
