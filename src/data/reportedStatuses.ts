import { SPFI } from '@pnp/sp';
import { encodeReportedStatuses } from '../domain/reporting/reportedStatuses';
import { Update } from '../domain/model';
import { ItemWrite, writeBatch } from './import/batchWrites';
import { ItemJson, lookupId, textOf } from './mapping/fieldValues';
import { etagOf } from './mapping/selection';
import { updateFromItem } from './mapping/updateMapping';
import { and, idEq } from './odata';
import { distinctIds, itemsWithIds, ofIds } from './queries/idGroups';
import { PlannedRead, readGroupsBatched } from './queries/pagedReads';

/**
 * Keeps each action's ReportedStatuses column (domain/reporting/reportedStatuses) equal to what
 * its updates say, after every write that adds, changes or removes an update: saving and
 * reviewing an update, and importing (its undo included). The column is worked out afresh from
 * the action's updates, never patched, and saved over the action's ETag: if anyone saved the
 * action between the read and the write, the action is read and worked out again, so two writers
 * racing cannot leave it holding the older of their reads.
 */

/** Rounds of read-and-save before a still-contended action's failure is thrown. */
const ATTEMPTS = 3;

/** The columns the refresh reads of the updates: what the report counts, and the action. */
const UPDATE_COLUMNS = {
  select: ['Id', 'Action/Id', 'Action/Ref', 'FinancialYear', 'Quarter', 'Status', 'ReviewState', 'SubmittedOn', 'Progress'],
  expand: ['Action']
};
const ACTION_COLUMNS = { select: ['Id', 'ReportedStatuses'], expand: [] };

/** An action's column saved: its id and ETag after, and the text it held before (for an import's undo). */
export interface StatusesSaved {
  id: number;
  etag: string;
  /** Absent when the column was empty. */
  previous?: string;
}

/** An action whose updates changed, and its plan (the index its read leads with). */
export interface ActionKey {
  planId: number;
  actionId: number;
}

async function readWithUpdates(sp: SPFI, keys: readonly ActionKey[]): Promise<{ actions: ItemJson[]; updates: ItemJson[] }> {
  const actionIds = keys.map((key) => key.actionId);
  const actionReads: PlannedRead[] = [];
  distinctIds(keys.map((key) => key.planId)).forEach((planId) =>
    itemsWithIds(keys.filter((key) => key.planId === planId).map((key) => key.actionId)).forEach((group) =>
      actionReads.push({ query: 'actionsOfPlan', filter: and(idEq('Plan', planId), group), columns: ACTION_COLUMNS, metadata: 'minimal' })));
  const updateReads: PlannedRead[] = ofIds('Action', actionIds).map((filter) => ({ query: 'updatesOfAction', filter, columns: UPDATE_COLUMNS }));
  const [actions, updates] = await readGroupsBatched(sp, [actionReads, updateReads]);
  return { actions, updates };
}

interface Round {
  saved: number;
  /** Actions someone saved between this round's read and its write: to read and work out again. */
  contended: ActionKey[];
}

/** Reads the actions and their updates, and saves each column that changed over the ETag read. */
async function refreshRound(sp: SPFI, keys: readonly ActionKey[], lastRound: boolean, onSaved: (saved: StatusesSaved) => void): Promise<Round> {
  const { actions, updates } = await readWithUpdates(sp, keys);
  const byAction = new Map<number, Update[]>();
  updates.forEach((item) => {
    const actionId = lookupId(item, 'Action') as number;
    byAction.set(actionId, (byAction.get(actionId) || []).concat(updateFromItem(item)));
  });
  const writes: Array<{ write: ItemWrite & { kind: 'update' }; key: ActionKey; previous?: string }> = [];
  actions.forEach((action) => {
    const text = encodeReportedStatuses(byAction.get(action.Id as number) || []);
    const previous = textOf(action.ReportedStatuses);
    if (text !== previous) {
      const key = keys.filter((each) => each.actionId === action.Id)[0];
      writes.push({ write: { kind: 'update', list: 'actions', id: action.Id as number, etag: etagOf(action), props: { ReportedStatuses: text } }, key, previous });
    }
  });
  const outcomes = await writeBatch(sp, writes.map((entry) => entry.write));
  const round: Round = { saved: 0, contended: [] };
  let failure: unknown;
  outcomes.forEach((outcome, index) => {
    if (outcome.ok) {
      round.saved += 1;
      onSaved({ id: outcome.id, etag: outcome.etag, previous: writes[index].previous });
    } else if ((outcome.error as { status?: number }).status === 412 && !lastRound) {
      round.contended.push(writes[index].key);
    } else {
      failure = failure || outcome.error;
    }
  });
  if (failure !== undefined) {
    throw failure;
  }
  return round;
}

/**
 * Works out the actions' ReportedStatuses from their updates and saves those that changed.
 * Returns how many were saved; throws the first failure still standing after the retries.
 */
export async function refreshReportedStatuses(sp: SPFI, actions: readonly ActionKey[], onSaved: (saved: StatusesSaved) => void = () => undefined): Promise<number> {
  let saved = 0;
  let pending = actions.filter((key, index) => actions.findIndex((other) => other.actionId === key.actionId) === index);
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const round = await refreshRound(sp, pending, attempt === ATTEMPTS, onSaved);
    saved += round.saved;
    pending = round.contended;
  }
  return saved;
}
