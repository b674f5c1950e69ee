import { ImportParseResult } from '../../domain/import';
import { PeopleResolver } from '../people';
import { PlanState } from './importState';
import { ImportPlan } from './planning/importPlan';
import { ImportPlanning } from './planning/importPlanning';
import { planActionRows } from './planning/planActions';
import { planMeasureRows } from './planning/planMeasures';
import { planMilestoneRows } from './planning/planMilestones';

export type { ImportPlan } from './planning/importPlan';

/**
 * Matches parsed rows to what the lists hold (plan + reference) and plans the writes, phase by
 * phase in lookup order, one planner per import kind. Reads nothing itself; people are resolved
 * through PeopleResolver.
 */
export async function planImport(
  parsed: ImportParseResult,
  plans: ReadonlyMap<string, number>,
  states: ReadonlyMap<number, PlanState>,
  people: PeopleResolver
): Promise<ImportPlan> {
  const planning = new ImportPlanning(parsed, plans, states);
  if (parsed.kind === 'actions') {
    await planActionRows(planning, parsed.rows, people);
  } else if (parsed.kind === 'measures') {
    await planMeasureRows(planning, parsed.rows, people);
  } else if (parsed.kind === 'milestones') {
    await planMilestoneRows(planning, parsed.rows, people);
  }
  return planning.result;
}
