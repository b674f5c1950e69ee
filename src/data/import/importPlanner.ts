import { ImportParseResult } from '../../domain/import';
import { financialYearOf, periodKey, startYearOf } from '../../domain/periods';
import { Plan } from '../../domain/model';
import { ValidationProblem } from '../errors';
import { ItemJson, ItemProps, textOf, titleProps } from '../mapping/fieldValues';
import { actionToItem, milestoneToItem, objectiveToItem } from '../mapping/actionMapping';
import { measureToItem, measureValueToItem } from '../mapping/measureMapping';
import { planToItem } from '../mapping/planMapping';
import { updateToItem } from '../mapping/updateMapping';
import { PeopleResolver } from '../people';
import { indexBy, lookupId, matchKey, PlanState } from './importState';
import { IdOf, PHASES, WriteOp } from './writeOps';

/**
 * Matches parsed rows to what the lists hold (plan + reference) and plans the writes, phase by
 * phase in lookup order. Reads nothing itself; people are resolved through PeopleResolver.
 */

export interface ImportPlan {
  phases: WriteOp[][];
  created: number;
  updated: number;
  plansCreated: string[];
  problems: ValidationProblem[];
  /** Ids of the existing items rows refer to, by import key. */
  knownIds: Map<string, number>;
}

interface PlanIndex {
  id?: number;
  objectives: Map<string, ItemJson>;
  actions: Map<string, ItemJson>;
  milestones: Map<string, ItemJson>;
  measures: Map<string, ItemJson>;
  values: Map<string, ItemJson>;
  updates: Map<string, ItemJson>;
}

function indexOf(state: PlanState | undefined): PlanIndex {
  const items = state || { objectives: [], actions: [], milestones: [], measures: [], measureValues: [], updates: [] };
  return {
    id: state ? state.id : undefined,
    objectives: indexBy(items.objectives, (item) => matchKey(textOf(item.Ref) || '')),
    actions: indexBy(items.actions, (item) => matchKey(textOf(item.Ref) || '')),
    milestones: indexBy(items.milestones, (item) => matchKey(lookupId(item, 'Action') || 0, textOf(item.Title) || '')),
    measures: indexBy(items.measures, (item) => matchKey(textOf(item.Ref) || '', textOf(item.FinancialYear) || '')),
    values: indexBy(items.measureValues, (item) => matchKey(lookupId(item, 'Measure') || 0, textOf(item.FinancialYear) || '', textOf(item.ValuePeriod) || '')),
    // The import's own update for an action and period is the approved one it wrote before.
    updates: indexBy(items.updates.filter((item) => item.ReviewState === 'Approved'), (item) => matchKey(lookupId(item, 'Action') || 0, textOf(item.PeriodKey) || ''))
  };
}

/** Financial years a new plan covers, from the rows' years and dates. */
function yearsOfRows(parsed: ImportParseResult, plan: string): string[] {
  const years: string[] = [];
  const add = (year: string | undefined): void => {
    if (year) {
      years.push(year);
    }
  };
  if (parsed.kind === 'actions') {
    parsed.rows.filter((row) => row.plan === plan).forEach((row) => {
      add(row.update ? row.update.financialYear : undefined);
      add(row.action.startDate ? financialYearOf(row.action.startDate) : undefined);
      add(row.action.endDate ? financialYearOf(row.action.endDate) : undefined);
    });
  } else if (parsed.kind === 'measures') {
    parsed.rows.filter((row) => row.plan === plan).forEach((row) => add(row.measure.financialYear));
  }
  return years.sort((a, b) => startYearOf(a) - startYearOf(b));
}

export async function planImport(
  parsed: ImportParseResult,
  plans: ReadonlyMap<string, number>,
  states: ReadonlyMap<number, PlanState>,
  people: PeopleResolver
): Promise<ImportPlan> {
  const result: ImportPlan = { phases: [], created: 0, updated: 0, plansCreated: [], problems: [], knownIds: new Map() };
  for (let phase = 0; phase < PHASES; phase += 1) {
    result.phases.push([]);
  }
  const known = new Map<string, true>();
  const indexes = new Map<string, PlanIndex>();

  const planKey = (title: string, row: number): string | undefined => {
    const key = matchKey('p', title);
    if (!indexes.has(key)) {
      const id = plans.get(matchKey(title));
      indexes.set(key, indexOf(id === undefined ? undefined : states.get(id)));
      if (id !== undefined) {
        result.knownIds.set(key, id);
      } else {
        const years = yearsOfRows(parsed, title);
        if (parsed.kind === 'milestones' || years.length === 0) {
          result.problems.push({ row, field: 'Plan', message: `There is no plan called "${title}" yet: import its actions or measures first.` });
          return undefined;
        }
        const plan: Plan = { title, type: 'Other', firstYear: years[0], lastYear: years[years.length - 1], status: 'Active', allowChangeRequests: true };
        result.phases[0].push({ list: 'plans', row: 0, key, props: () => planToItem(plan) });
        result.plansCreated.push(title);
      }
    }
    return key;
  };
  const index = (key: string): PlanIndex => indexes.get(key) as PlanIndex;

  const objectiveKey = (pKey: string, ref: string, title: string | undefined, row: number): string => {
    const key = `${pKey}|o|${matchKey(ref)}`;
    if (known.has(key)) {
      return key;
    }
    known.set(key, true);
    const existing = index(pKey).objectives.get(matchKey(ref));
    if (existing) {
      result.knownIds.set(key, existing.Id as number);
    }
    if (!existing) {
      const props = (idOf: IdOf): ItemProps => objectiveToItem({ ref, title: title || ref, leads: [] }, { planId: idOf(pKey), leadIds: [] });
      result.phases[1].push({ list: 'objectives', row, key, props });
    } else if (title) {
      result.phases[1].push({ list: 'objectives', row, key, existing, props: () => titleProps(title) });
    }
    return key;
  };

  if (parsed.kind === 'actions') {
    for (let n = 0; n < parsed.rows.length; n += 1) {
      const row = parsed.rows[n];
      const pKey = planKey(row.plan, row.rowNumber);
      if (!pKey) {
        continue;
      }
      const oKey = objectiveKey(pKey, row.objectiveRef, row.objectiveTitle, row.rowNumber);
      const aKey = `${pKey}|a|${matchKey(row.action.ref)}`;
      const existing = index(pKey).actions.get(matchKey(row.action.ref));
      const ownerId = await people.idOf(row.action.owner);
      const delegateIds = await people.idsOf(row.action.delegates);
      result.phases[2].push({
        list: 'actions', row: row.rowNumber, key: aKey, existing,
        props: (idOf) => actionToItem(row.action, { planId: idOf(pKey), objectiveId: idOf(oKey), ownerId, delegateIds })
      });
      const update = row.update;
      if (update) {
        const submittedById = await people.idOf(update.submittedBy);
        const previous = existing ? index(pKey).updates.get(matchKey(existing.Id as number, periodKey(update))) : undefined;
        result.phases[3].push({
          list: 'updates', row: row.rowNumber, existing: previous,
          props: (idOf) => updateToItem(update, { planId: idOf(pKey), actionId: idOf(aKey), submittedById })
        });
      }
      result[existing ? 'updated' : 'created'] += 1;
    }
  } else if (parsed.kind === 'measures') {
    for (let n = 0; n < parsed.rows.length; n += 1) {
      const row = parsed.rows[n];
      const pKey = planKey(row.plan, row.rowNumber);
      if (!pKey) {
        continue;
      }
      const oKey = row.objectiveRef ? objectiveKey(pKey, row.objectiveRef, row.objectiveTitle, row.rowNumber) : undefined;
      const measure = row.measure;
      const mKey = `${pKey}|m|${matchKey(measure.ref, measure.financialYear)}`;
      const existing = index(pKey).measures.get(matchKey(measure.ref, measure.financialYear));
      const ownerId = await people.idOf(measure.owner);
      result.phases[2].push({
        list: 'measures', row: row.rowNumber, key: mKey, existing,
        props: (idOf) => measureToItem(measure, { planId: idOf(pKey), objectiveId: oKey ? idOf(oKey) : undefined, ownerId })
      });
      row.values.forEach((value) => {
        const previous = existing ? index(pKey).values.get(matchKey(existing.Id as number, value.financialYear, value.period)) : undefined;
        result.phases[3].push({
          list: 'measureValues', row: row.rowNumber, existing: previous,
          props: (idOf) => measureValueToItem(value, { planId: idOf(pKey), measureId: idOf(mKey) })
        });
      });
      result[existing ? 'updated' : 'created'] += 1;
    }
  } else if (parsed.kind === 'milestones') {
    for (let n = 0; n < parsed.rows.length; n += 1) {
      const row = parsed.rows[n];
      const pKey = planKey(row.plan, row.rowNumber);
      const action = pKey ? index(pKey).actions.get(matchKey(row.milestone.actionRef)) : undefined;
      if (!pKey || !action) {
        if (pKey) {
          result.problems.push({ row: row.rowNumber, field: 'Action Ref', message: `Plan "${row.plan}" has no action ${row.milestone.actionRef}: import the actions first.` });
        }
        continue;
      }
      const actionOwner = action.Owner as { Id?: number } | undefined;
      const owner = row.milestone.owner || { name: textOf(action.OwnerName) || '' };
      const ownerId = row.milestone.owner ? await people.idOf(row.milestone.owner) : actionOwner && actionOwner.Id;
      const existing = index(pKey).milestones.get(matchKey(action.Id as number, row.milestone.title.slice(0, 255)));
      const milestone = { ...row.milestone, owner };
      result.phases[3].push({
        list: 'milestones', row: row.rowNumber, existing,
        props: (idOf) => milestoneToItem(milestone, { planId: idOf(pKey), actionId: action.Id as number, ownerId })
      });
      result[existing ? 'updated' : 'created'] += 1;
    }
  }
  return result;
}
