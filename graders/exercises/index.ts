/** Every exercise, by id. */
import type { Exercise } from '../model.ts';
import { layers } from './layers.ts';
import { build } from './build.ts';
import { volumes } from './volumes.ts';

export const EXERCISES: ReadonlyMap<string, Exercise<any>> = new Map<string, Exercise<any>>([
  [layers.id, layers],
  [build.id, build],
  [volumes.id, volumes],
]);
