import { SPFI } from '@pnp/sp';
import { ImportParseResult } from '../../domain/import';
import { periodKey } from '../../domain/periods';
import { and, eq, idEq } from '../odata';
import { ItemJson, lookupId } from '../mapping/fieldValues';
import { PlannedRead, readAllBatched } from '../queries/pagedReads';
import { TrackerItems } from '../queries/trackerReads';

/**
 * What the lists already hold for the plans an import names, read before anything is written so
 * rows match existing items on plan + reference (SPEC §4.6). One batched round trip per import.
 */

/** The plan's id and the items of the lists an import writes, as a tracker load reads them. */
export type PlanState = { id: number } & Pick<TrackerItems, 'objectives' | 'actions' | 'milestones' | 'measures' | 'measureValues' | 'updates'>;

/** How rows match items: references trimmed and compared case-insensitively, as the parser does. */
export function matchKey(...parts: Array<string | number>): string {
  return parts.map((part) => String(part).trim().toLowerCase()).join('|');
}

function periodsOf(parsed: ImportParseResult): string[] {
  const keys: string[] = [];
  if (parsed.kind === 'actions') {
    parsed.rows.forEach((row) => {
      const key = row.update ? periodKey(row.update) : undefined;
      if (key && keys.indexOf(key) < 0) {
        keys.push(key);
      }
    });
  }
  return keys;
}

function yearsOf(parsed: ImportParseResult): string[] {
  const years: string[] = [];
  if (parsed.kind === 'measures') {
    parsed.rows.forEach((row) => {
      if (years.indexOf(row.measure.financialYear) < 0) {
        years.push(row.measure.financialYear);
      }
    });
  }
  return years;
}

/** Reads the existing items of each plan (by id) that the import's kind can touch. */
export async function readPlanStates(sp: SPFI, parsed: ImportParseResult, planIds: readonly number[]): Promise<Map<number, PlanState>> {
  const states = new Map<number, PlanState>();
  if (planIds.length === 0) {
    return states;
  }
  const periods = periodsOf(parsed);
  const years = yearsOf(parsed);
  const reads: PlannedRead[] = [];
  planIds.forEach((planId) => {
    const ofPlan = idEq('Plan', planId);
    reads.push({ query: 'objectivesOfPlan', filter: ofPlan }, { query: 'actionsOfPlan', filter: ofPlan });
    if (parsed.kind === 'milestones') {
      reads.push({ query: 'milestonesOfPlan', filter: ofPlan });
    }
    if (parsed.kind === 'measures') {
      reads.push({ query: 'measuresOfPlan', filter: ofPlan });
      years.forEach((year) => reads.push({ query: 'valuesOfYear', filter: and(eq('FinancialYear', year), ofPlan) }));
    }
    periods.forEach((key) => reads.push({ query: 'updatesOfPeriod', filter: and(eq('PeriodKey', key), ofPlan) }));
  });
  const results = await readAllBatched(sp, reads);
  let next = 0;
  const take = (): ItemJson[] => results[next++];
  const takeAll = (count: number): ItemJson[] => {
    const items: ItemJson[] = [];
    for (let index = 0; index < count; index += 1) {
      items.push(...take());
    }
    return items;
  };
  planIds.forEach((id) => {
    const state: PlanState = { id, objectives: take(), actions: take(), milestones: [], measures: [], measureValues: [], updates: [] };
    if (parsed.kind === 'milestones') {
      state.milestones = take();
    }
    if (parsed.kind === 'measures') {
      state.measures = take();
      state.measureValues = takeAll(years.length);
    }
    state.updates = takeAll(periods.length);
    states.set(id, state);
  });
  return states;
}

/** Items indexed by a key built from each (e.g. Ref), first one kept. */
export function indexBy(items: readonly ItemJson[], keyOf: (item: ItemJson) => string): Map<string, ItemJson> {
  const index = new Map<string, ItemJson>();
  items.forEach((item) => {
    const key = keyOf(item);
    if (!index.has(key)) {
      index.set(key, item);
    }
  });
  return index;
}

export { lookupId };
