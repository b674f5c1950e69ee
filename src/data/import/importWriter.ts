import { SPFI } from '@pnp/sp';
import { ImportParseResult } from '../../domain/import';
import { ImportOptions, ImportOutcome } from '../ITrackerRepository';
import { toTrackerError, TrackerError, ValidationError, ValidationProblem } from '../errors';
import { textOf } from '../mapping/fieldValues';
import { PeopleResolver } from '../people';
import { readPlans } from '../queries/trackerReads';
import { ItemWrite, WRITE_BATCH_SIZE, writeBatch } from './batchWrites';
import { CompensationLog } from './compensation';
import { changeOf } from './itemDiff';
import { ImportPlan, planImport } from './importPlanner';
import { matchKey, readPlanStates } from './importState';
import { schemaProblems, WriteOp } from './writeOps';
import { ActionKey, refreshReportedStatuses } from '../reportedStatuses';

/**
 * Writes a parsed import all or nothing (SPEC §4.6). Every row is validated and matched before
 * the first write; writes go in lookup order, batched; if any write fails, everything written
 * so far is undone (CompensationLog) and the failure is thrown.
 */

/** The import failed part-way and some of its writes could not be undone. */
export class ImportRollbackError extends TrackerError {
  public constructor(public readonly notUndone: number, cause: unknown) {
    super(`The import stopped part-way and ${notUndone} of its changes could not be undone. Check the tracker's lists before importing again.`, cause);
  }
}

function problemsOf(parsed: ImportParseResult): ValidationProblem[] {
  return parsed.errors.map((problem) => ({ row: problem.row, field: problem.column, message: problem.message }));
}

async function planned(sp: SPFI, parsed: ImportParseResult, people: PeopleResolver): Promise<ImportPlan> {
  const plans = new Map<string, number>();
  (await readPlans(sp)).forEach((item) => plans.set(matchKey(textOf(item.Title) || ''), item.Id as number));
  const titles: string[] = [];
  (parsed.rows as Array<{ plan: string }>).forEach((row) => {
    if (titles.indexOf(matchKey(row.plan)) < 0) {
      titles.push(matchKey(row.plan));
    }
  });
  const ids = titles.map((title) => plans.get(title)).filter((id): id is number => id !== undefined);
  const states = await readPlanStates(sp, parsed, ids);
  const plan = await planImport(parsed, plans, states, people);
  plan.phases.forEach((phase) => phase.forEach((op) => plan.problems.push(...schemaProblems(op))));
  return plan;
}

interface PendingWrite {
  op: WriteOp;
  write: ItemWrite;
  previous?: Record<string, unknown>;
}

function pendingWrite(op: WriteOp, idOf: (key: string) => number): PendingWrite | undefined {
  const props = op.props(idOf);
  if (!op.existing) {
    return { op, write: { kind: 'add', list: op.list, props } };
  }
  const change = changeOf(op.list, op.existing, props);
  if (!change) {
    return undefined;
  }
  const etag = textOf(op.existing['odata.etag']) || '*';
  return { op, write: { kind: 'update', list: op.list, id: op.existing.Id as number, etag, props: change.props }, previous: change.previous };
}

/** The action an update write is for: its ReportedStatuses are worked out again once all is written. */
function updatedAction(op: WriteOp, idOf: (key: string) => number): ActionKey | undefined {
  if (op.list !== 'updates') {
    return undefined;
  }
  const props = op.props(idOf);
  return typeof props.PlanId === 'number' && typeof props.ActionId === 'number' ? { planId: props.PlanId, actionId: props.ActionId } : undefined;
}

async function undoAndThrow(sp: SPFI, log: CompensationLog, failure: unknown): Promise<never> {
  const notUndone = await log.undo(sp);
  throw notUndone > 0 ? new ImportRollbackError(notUndone, failure) : toTrackerError(failure, 'An item the import writes');
}

/**
 * Runs the planned writes, then brings the ReportedStatuses of the actions whose updates it wrote
 * up to date; on the first failed write, of either, undoes all and throws. Returns the writes made.
 */
async function write(sp: SPFI, plan: ImportPlan, options: ImportOptions): Promise<number> {
  const ids = new Map<string, number>(plan.knownIds);
  plan.phases.forEach((phase) => phase.forEach((op) => {
    if (op.key && op.existing) {
      ids.set(op.key, op.existing.Id as number);
    }
  }));
  const idOf = (key: string): number => {
    const id = ids.get(key);
    if (id === undefined) {
      throw new Error(`No item for ${key}: import writes out of lookup order`);
    }
    return id;
  };
  const total = plan.phases.reduce((sum, phase) => sum + phase.length, 0);
  const log = new CompensationLog();
  const touched: ActionKey[] = [];
  let done = 0;
  let writes = 0;
  for (let phase = 0; phase < plan.phases.length; phase += 1) {
    const ops = plan.phases[phase];
    for (let start = 0; start < ops.length; start += WRITE_BATCH_SIZE) {
      const chunk = ops.slice(start, start + WRITE_BATCH_SIZE).map((op) => pendingWrite(op, idOf)).filter((item): item is PendingWrite => !!item);
      const outcomes = await writeBatch(sp, chunk.map((item) => item.write));
      let failure: unknown;
      outcomes.forEach((outcome, index) => {
        const item = chunk[index];
        if (!outcome.ok) {
          failure = failure || outcome.error;
          return;
        }
        writes += 1;
        const action = updatedAction(item.op, idOf);
        if (action) {
          touched.push(action);
        }
        if (item.write.kind === 'add') {
          log.created(item.op.list, outcome.id, outcome.etag);
          if (item.op.key) {
            ids.set(item.op.key, outcome.id);
          }
        } else {
          log.updated(item.op.list, outcome.id, outcome.etag, item.previous || {});
        }
      });
      if (failure !== undefined) {
        await undoAndThrow(sp, log, failure);
      }
      done += Math.min(WRITE_BATCH_SIZE, ops.length - start);
      if (options.onProgress) {
        options.onProgress(done, total);
      }
    }
  }
  try {
    // eslint-disable-next-line @rushstack/no-new-null -- null clears the column in SharePoint
    await refreshReportedStatuses(sp, touched, (saved) => log.updated('actions', saved.id, saved.etag, { ReportedStatuses: saved.previous === undefined ? null : saved.previous }));
  } catch (error) {
    await undoAndThrow(sp, log, error);
  }
  return writes;
}

/** ITrackerRepository.importRows: validate, match, then write all or nothing. */
export async function importRows(sp: SPFI, parsed: ImportParseResult, options: ImportOptions = {}): Promise<ImportOutcome> {
  if (parsed.kind === 'unknown' || parsed.errors.length > 0) {
    throw new ValidationError(problemsOf(parsed).length > 0 ? problemsOf(parsed) : [{ message: 'The file is not one of the import layouts.' }]);
  }
  try {
    const people = new PeopleResolver(sp, { readOnly: !!options.dryRun });
    const plan = await planned(sp, parsed, people);
    if (plan.problems.length > 0) {
      throw new ValidationError(plan.problems);
    }
    const writes = options.dryRun ? 0 : await write(sp, plan, options);
    return {
      kind: parsed.kind,
      created: plan.created,
      updated: plan.updated,
      plansCreated: plan.plansCreated,
      unlinkedOwners: people.unlinkedNames(),
      writes
    };
  } catch (error) {
    throw toTrackerError(error, 'A list the import writes to');
  }
}
