import { SPFI } from '@pnp/sp';
import { FinancialYearLabel, Plan } from '../domain/model';
import { and, eq, idEq } from './odata';
import { planFromItem } from './mapping/planMapping';
import { ItemJson } from './mapping/fieldValues';
import { etagOf } from './mapping/selection';
import { readAll } from './queries/pagedReads';
import { planRead } from './queries/trackerReads';
import { NotFoundError } from './errors';
import { Stored } from './ITrackerRepository';

/**
 * Finds the list items a save points at — a plan by title, an action, measure or milestone by
 * reference within its plan — each with one indexed query. Plan ids are remembered: they never
 * change once created.
 */
export class ItemLookups {
  private readonly plans: Map<string, Stored<Plan>> = new Map();

  public constructor(private readonly sp: SPFI) {}

  /** The plan with this title (NotFoundError when there is none). */
  public async plan(title: string): Promise<Stored<Plan>> {
    const known = this.plans.get(title);
    if (known) {
      return known;
    }
    const found = (await readAll(this.sp, planRead(title)))[0];
    if (!found) {
      throw new NotFoundError(`Plan "${title}"`);
    }
    const plan = { id: found.Id as number, etag: etagOf(found), value: planFromItem(found) };
    this.plans.set(title, plan);
    return plan;
  }

  public async action(planId: number, ref: string): Promise<ItemJson> {
    return this.single(await readAll(this.sp, { query: 'actionByPlanAndRef', filter: and(eq('Ref', ref), idEq('Plan', planId)) }), `Action ${ref}`);
  }

  public async measure(planId: number, ref: string, financialYear: FinancialYearLabel): Promise<ItemJson> {
    const items = await readAll(this.sp, {
      query: 'measureByRef',
      filter: and(eq('Ref', ref), idEq('Plan', planId), eq('FinancialYear', financialYear))
    });
    return this.single(items, `Measure ${ref} for ${financialYear}`);
  }

  public async objective(planId: number, ref: string): Promise<ItemJson> {
    return this.single(await readAll(this.sp, { query: 'objectiveByRef', filter: and(eq('Ref', ref), idEq('Plan', planId)) }), `Objective ${ref}`);
  }

  /** The action's milestone with this title. */
  public async milestone(actionId: number, title: string): Promise<ItemJson> {
    const items = await readAll(this.sp, { query: 'milestonesOfAction', filter: idEq('Action', actionId) });
    return this.single(items.filter((item) => item.Title === title.slice(0, 255)), `Milestone "${title}"`);
  }

  private single(items: ItemJson[], what: string): ItemJson {
    if (items.length === 0) {
      throw new NotFoundError(what);
    }
    return items[0];
  }
}
