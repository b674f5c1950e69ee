import { MeasureImportRow } from '../../../domain/import';
import { measureToItem, measureValueToItem } from '../../mapping/measureMapping';
import { PeopleResolver } from '../../people';
import { matchKey } from '../importState';
import { ImportPlanning } from './importPlanning';

/** Measures per financial year (phase 2) and their values (phase 3), matched on plan + reference + year and measure + year + period. */
export async function planMeasureRows(planning: ImportPlanning, rows: readonly MeasureImportRow[], people: PeopleResolver): Promise<void> {
  for (const row of rows) {
    const pKey = planning.planKey(row.plan, row.rowNumber);
    if (!pKey) {
      continue;
    }
    const oKey = row.objectiveRef ? planning.objectiveKey(pKey, row.objectiveRef, row.objectiveTitle, row.rowNumber) : undefined;
    const measure = row.measure;
    const mKey = `${pKey}|m|${matchKey(measure.ref, measure.financialYear)}`;
    const existing = planning.index(pKey).measures.get(matchKey(measure.ref, measure.financialYear));
    const ownerId = await people.idOf(measure.owner, planning.index(pKey).links);
    planning.write(2, {
      list: 'measures', row: row.rowNumber, key: mKey, existing,
      props: (idOf) => measureToItem(measure, { planId: idOf(pKey), objectiveId: oKey ? idOf(oKey) : undefined, ownerId })
    });
    row.values.forEach((value) => {
      const previous = existing ? planning.index(pKey).values.get(matchKey(existing.Id as number, value.financialYear, value.period)) : undefined;
      planning.write(3, {
        list: 'measureValues', row: row.rowNumber, existing: previous,
        props: (idOf) => measureValueToItem(value, { planId: idOf(pKey), measureId: idOf(mKey) })
      });
    });
    planning.counted(existing);
  }
}
