import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { ReportingPeriod } from '../../domain/model';
import { parsePeriodKey } from '../../domain/periods';
import { NotFoundError } from '../errors';
import { ItemLookups } from '../itemLookups';
import { ItemJson, textOf, titleOf } from '../mapping/fieldValues';
import { itemVersionFrom } from '../mapping/versionMapping';
import { and, eq, idEq } from '../odata';
import { LISTS, ListKey } from '../schema';
import { ItemVersions, VersionedItem } from '../trackerTypes';
import { PlannedRead, readAllBatched } from './pagedReads';

/**
 * The list items behind an action's or a measure's history, and their versions: the action with
 * its quarterly updates, or each year's definition of the measure with its values. The items are
 * found by indexed queries; their versions are read in one `$batch`.
 */

interface Versioned {
  list: ListKey;
  id: number;
  period?: ReportingPeriod;
}

const ID_ONLY = { select: ['Id', 'PeriodKey'], expand: [] };
const VALUE_PLACE = { select: ['Id', 'FinancialYear', 'ValuePeriod'], expand: [] };

function valuePeriod(item: ItemJson): ReportingPeriod | undefined {
  const quarter = textOf(item.ValuePeriod);
  const financialYear = textOf(item.FinancialYear);
  // An annual value is the year's outturn: the history places it in Q4, as the report does.
  return financialYear && quarter ? { financialYear, quarter: quarter === 'Annual' ? 'Q4' : (quarter as ReportingPeriod['quarter']) } : undefined;
}

async function versionsOf(sp: SPFI, items: readonly Versioned[]): Promise<VersionedItem[]> {
  const [batched, execute] = sp.batched();
  const reads = items.map((item) => batched.web.lists.getByTitle(LISTS[item.list].title).items.getById(item.id).versions<ItemJson[]>());
  const settled = Promise.all(reads.map((read) => read.then((value) => ({ value }), (error: unknown) => ({ error, value: [] as ItemJson[] }))));
  await execute();
  const outcomes = await settled;
  return outcomes.map((outcome, index) => {
    if ('error' in outcome) {
      throw outcome.error;
    }
    const versions = outcome.value.map((version) => itemVersionFrom(items[index].list, version)).sort((a, b) => a.version - b.version);
    return { period: items[index].period, versions };
  });
}

export async function readActionVersions(sp: SPFI, lookups: ItemLookups, planTitle: string, ref: string): Promise<ItemVersions> {
  const plan = await lookups.plan(planTitle);
  const action = await lookups.action(plan.id, ref);
  const [updates] = await readAllBatched(sp, [{ query: 'updatesOfAction', filter: idEq('Action', action.Id as number), columns: ID_ONLY }]);
  const items: Versioned[] = [{ list: 'actions', id: action.Id as number }];
  updates.forEach((update) => items.push({ list: 'updates', id: update.Id as number, period: parsePeriodKey(textOf(update.PeriodKey) || '') }));
  return { itemType: 'action', ref, title: titleOf(action), items: await versionsOf(sp, items) };
}

export async function readMeasureVersions(sp: SPFI, lookups: ItemLookups, planTitle: string, ref: string): Promise<ItemVersions> {
  const plan = await lookups.plan(planTitle);
  const [measures] = await readAllBatched(sp, [{ query: 'measureByRef', filter: and(eq('Ref', ref), idEq('Plan', plan.id)) }]);
  if (measures.length === 0) {
    throw new NotFoundError(`Measure ${ref}`);
  }
  const valueReads: PlannedRead[] = measures.map((measure) => ({ query: 'valuesOfMeasure', filter: idEq('Measure', measure.Id as number), columns: VALUE_PLACE }));
  const values = ([] as ItemJson[]).concat(...(await readAllBatched(sp, valueReads)));
  const items: Versioned[] = measures.map((measure): Versioned => ({ list: 'measures', id: measure.Id as number }));
  values.forEach((value) => items.push({ list: 'measureValues', id: value.Id as number, period: valuePeriod(value) }));
  return { itemType: 'measure', ref, title: titleOf(measures[measures.length - 1]), items: await versionsOf(sp, items) };
}
