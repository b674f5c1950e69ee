import { ValidationProblem } from '../../errors';
import { ItemJson } from '../../mapping/fieldValues';
import { WriteOp } from '../writeOps';

/** The writes an import will make, phase by phase, with what it found and what stops it. */
export interface ImportPlan {
  phases: WriteOp[][];
  created: number;
  updated: number;
  plansCreated: string[];
  problems: ValidationProblem[];
  /** Ids of the existing items rows refer to, by import key. */
  knownIds: Map<string, number>;
}

/** What a plan's existing items are found by, when rows are matched to them (plan + reference). */
export interface PlanIndex {
  id?: number;
  objectives: Map<string, ItemJson>;
  actions: Map<string, ItemJson>;
  milestones: Map<string, ItemJson>;
  measures: Map<string, ItemJson>;
  values: Map<string, ItemJson>;
  updates: Map<string, ItemJson>;
  /** Names the plan's items already link to people (namedLinks.ts): a re-import keeps them. */
  links: Map<string, number>;
}
