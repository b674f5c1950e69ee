import { MilestoneImportRow } from '../../../domain/import';
import { textOf } from '../../mapping/fieldValues';
import { milestoneToItem } from '../../mapping/actionMapping';
import { PeopleResolver } from '../../people';
import { matchKey } from '../importState';
import { ImportPlanning } from './importPlanning';

/**
 * Milestones (phase 3) under actions already on the site, matched on action + title; a milestone
 * without an owner of its own is the action's owner's.
 */
export async function planMilestoneRows(planning: ImportPlanning, rows: readonly MilestoneImportRow[], people: PeopleResolver): Promise<void> {
  for (const row of rows) {
    const pKey = planning.planKey(row.plan, row.rowNumber);
    const action = pKey ? planning.index(pKey).actions.get(matchKey(row.milestone.actionRef)) : undefined;
    if (!pKey || !action) {
      if (pKey) {
        planning.result.problems.push({ row: row.rowNumber, field: 'Action Ref', message: `Plan "${row.plan}" has no action ${row.milestone.actionRef}: import the actions first.` });
      }
      continue;
    }
    const actionOwner = action.Owner as { Id?: number } | undefined;
    const owner = row.milestone.owner || { name: textOf(action.OwnerName) || '' };
    const ownerId = row.milestone.owner ? await people.idOf(row.milestone.owner, planning.index(pKey).links) : actionOwner && actionOwner.Id;
    const existing = planning.index(pKey).milestones.get(matchKey(action.Id as number, row.milestone.title.slice(0, 255)));
    const milestone = { ...row.milestone, owner };
    planning.write(3, {
      list: 'milestones', row: row.rowNumber, existing,
      props: (idOf) => milestoneToItem(milestone, { planId: idOf(pKey), actionId: action.Id as number, ownerId })
    });
    planning.counted(existing);
  }
}
