import { FieldText } from '../../domain/itemHistory';
import { LISTS, ListKey } from '../schema';
import { FieldDefinition } from '../schemaTypes';
import { ItemVersion } from '../trackerTypes';
import { dateOf, ItemJson, textOf } from './fieldValues';

/**
 * A list item version (`items(id)/versions`) as a person reads it: each field by its display
 * name, people and lookups by the name SharePoint gives them (`LookupValue`), dates as calendar
 * dates, yes/no as words. Columns that only place the item (its plan, its action or measure, its
 * period) are left out: the history names them once; so is an action's ReportedStatuses, which
 * the repository works out from its updates (their own versions are the history of that).
 */

const LEFT_OUT = ['Plan', 'Action', 'Measure', 'PeriodKey', 'FinancialYear', 'Quarter', 'ValuePeriod', 'ReportedStatuses'];
/** Lists whose Title is made from other columns (`1.a. 2018-19 Q4`), so says nothing of its own. */
const DERIVED_TITLES: readonly ListKey[] = ['updates', 'measureValues'];

function historyFields(list: ListKey): FieldDefinition[] {
  return LISTS[list].fields.filter((field) =>
    LEFT_OUT.indexOf(field.name) < 0 && !(field.name === 'Title' && DERIVED_TITLES.indexOf(list) >= 0));
}

function referenceText(value: unknown): string {
  const values = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results) ? (value as { results: unknown[] }).results : [value];
  return values
    .map((entry) => (entry && typeof entry === 'object' ? textOf((entry as { LookupValue?: unknown }).LookupValue) || '' : ''))
    .filter((text) => text !== '')
    .join('; ');
}

function fieldText(field: FieldDefinition, value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  switch (field.kind) {
    case 'person':
    case 'personMulti':
    case 'lookup':
      return referenceText(value);
    case 'date':
      return dateOf(value) || '';
    case 'boolean':
      return value === true || value === 1 || value === '1' ? 'Yes' : 'No';
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

export function itemVersionFrom(list: ListKey, version: ItemJson): ItemVersion {
  const fields: FieldText[] = historyFields(list).map((field) => ({ field: field.title, text: fieldText(field, version[field.name]) }));
  return {
    version: parseInt(textOf(version.VersionLabel) || '0', 10),
    savedOn: textOf(version.Modified) || textOf(version.Created) || '',
    savedBy: referenceText(version.Editor),
    fields
  };
}
