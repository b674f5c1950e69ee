import { ImportParseResult } from '../../../domain/import';
import { planYearsFromRows } from '../../../domain/import/planYears';
import { Plan } from '../../../domain/model';
import { textOf, titleProps, ItemJson, ItemProps } from '../../mapping/fieldValues';
import { objectiveToItem } from '../../mapping/actionMapping';
import { planToItem } from '../../mapping/planMapping';
import { indexBy, lookupId, matchKey, PlanState } from '../importState';
import { IdOf, PHASES, WriteOp } from '../writeOps';
import { ImportPlan, PlanIndex } from './importPlan';
import { namedLinks } from './namedLinks';

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
    updates: indexBy(items.updates.filter((item) => item.ReviewState === 'Approved'), (item) => matchKey(lookupId(item, 'Action') || 0, textOf(item.PeriodKey) || '')),
    links: namedLinks([...items.actions, ...items.milestones, ...items.measures])
  };
}

/**
 * What every import kind shares while its rows are planned: the plans and objectives rows name
 * (found, or created once), the items they match, and the plan of writes being built.
 */
export class ImportPlanning {
  public readonly result: ImportPlan = { phases: [], created: 0, updated: 0, plansCreated: [], problems: [], knownIds: new Map() };
  private readonly known: Map<string, true> = new Map();
  private readonly indexes: Map<string, PlanIndex> = new Map();

  public constructor(
    private readonly parsed: ImportParseResult,
    private readonly plans: ReadonlyMap<string, number>,
    private readonly states: ReadonlyMap<number, PlanState>
  ) {
    for (let phase = 0; phase < PHASES; phase += 1) {
      this.result.phases.push([]);
    }
  }

  /** The plan's key, created (with years from the rows) when the site has none; undefined, with a problem, when it cannot be. */
  public planKey(title: string, row: number): string | undefined {
    const key = matchKey('p', title);
    if (this.indexes.has(key)) {
      return key;
    }
    const id = this.plans.get(matchKey(title));
    this.indexes.set(key, indexOf(id === undefined ? undefined : this.states.get(id)));
    if (id !== undefined) {
      this.result.knownIds.set(key, id);
      return key;
    }
    const years = planYearsFromRows(this.parsed, title);
    if (years.length === 0) {
      this.result.problems.push({ row, field: 'Plan', message: `There is no plan called "${title}" yet: import its actions or measures first.` });
      return undefined;
    }
    const plan: Plan = { title, type: 'Other', firstYear: years[0], lastYear: years[years.length - 1], status: 'Active', allowChangeRequests: true };
    this.write(0, { list: 'plans', row: 0, key, props: () => planToItem(plan) });
    this.result.plansCreated.push(title);
    return key;
  }

  public index(planKey: string): PlanIndex {
    return this.indexes.get(planKey) as PlanIndex;
  }

  /** The objective's key; created under the plan when missing, its title brought up to date when the row gives one. */
  public objectiveKey(planKey: string, ref: string, title: string | undefined, row: number): string {
    const key = `${planKey}|o|${matchKey(ref)}`;
    if (this.known.has(key)) {
      return key;
    }
    this.known.set(key, true);
    const existing = this.index(planKey).objectives.get(matchKey(ref));
    if (existing) {
      this.result.knownIds.set(key, existing.Id as number);
      if (title) {
        this.write(1, { list: 'objectives', row, key, existing, props: () => titleProps(title) });
      }
    } else {
      const props = (idOf: IdOf): ItemProps => objectiveToItem({ ref, title: title || ref, leads: [] }, { planId: idOf(planKey), leadIds: [] });
      this.write(1, { list: 'objectives', row, key, props });
    }
    return key;
  }

  public write(phase: number, op: WriteOp): void {
    this.result.phases[phase].push(op);
  }

  /** A row matched an existing item (updated) or makes a new one (created). */
  public counted(existing: ItemJson | undefined): void {
    this.result[existing ? 'updated' : 'created'] += 1;
  }
}
