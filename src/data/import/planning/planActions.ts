import { ActionImportRow } from '../../../domain/import';
import { periodKey } from '../../../domain/periods';
import { actionToItem } from '../../mapping/actionMapping';
import { updateToItem } from '../../mapping/updateMapping';
import { PeopleResolver } from '../../people';
import { matchKey } from '../importState';
import { ImportPlanning } from './importPlanning';

/** Actions (phase 2) and their updates (phase 3), matched on plan + reference and plan + action + period. */
export async function planActionRows(planning: ImportPlanning, rows: readonly ActionImportRow[], people: PeopleResolver): Promise<void> {
  for (const row of rows) {
    const pKey = planning.planKey(row.plan, row.rowNumber);
    if (!pKey) {
      continue;
    }
    const oKey = planning.objectiveKey(pKey, row.objectiveRef, row.objectiveTitle, row.rowNumber);
    const aKey = `${pKey}|a|${matchKey(row.action.ref)}`;
    const existing = planning.index(pKey).actions.get(matchKey(row.action.ref));
    const links = planning.index(pKey).links;
    const ownerId = await people.idOf(row.action.owner, links);
    const delegateIds = await people.idsOf(row.action.delegates, links);
    planning.write(2, {
      list: 'actions', row: row.rowNumber, key: aKey, existing,
      props: (idOf) => actionToItem(row.action, { planId: idOf(pKey), objectiveId: idOf(oKey), ownerId, delegateIds })
    });
    const update = row.update;
    if (update) {
      const submittedById = await people.idOf(update.submittedBy);
      const previous = existing ? planning.index(pKey).updates.get(matchKey(existing.Id as number, periodKey(update))) : undefined;
      planning.write(3, {
        list: 'updates', row: row.rowNumber, existing: previous,
        props: (idOf) => updateToItem(update, { planId: idOf(pKey), actionId: idOf(aKey), submittedById })
      });
    }
    planning.counted(existing);
  }
}
