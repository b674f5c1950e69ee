import { StoreDatabase } from './database';
import { errors } from './errors';
import { isAlwaysIndexed } from './fields/builtInFields';
import { isMultiValued } from './fields/fieldTypes';
import { itemsTable } from './items/columnSql';
import { resolveColumn } from './items/fieldResolver';
import { FilterExpression, leadingCondition } from './odata/filterAst';
import { filterToSql, FilterScope } from './odata/filterToSql';
import { FieldRecord, ListRecord } from './storeTypes';

/**
 * SharePoint Online's list view threshold (M365-LIMITS.md, SHAREPOINT-REST.md §3): on a list of
 * more than 5,000 items a query is refused, even when paged, unless
 * - its filter leads (leftmost condition) with a seekable condition on an indexed column, and
 *   that condition alone matches at most 5,000 items, and
 * - every `$orderby` key is indexed (ID always is).
 * An unfiltered query in ID order pages through any size of list, as `for await (… of list.items)`
 * does on SharePoint (pnp/pnpjs#3149).
 */
export const LIST_VIEW_THRESHOLD = 5000;

function indexed(field: FieldRecord): boolean {
  return isAlwaysIndexed(field) || (field.indexed && !isMultiValued(field));
}

/**
 * Whether SharePoint could seek an index for this condition: `ne`, `not` and `substringof` scan,
 * and a person or lookup field's index holds ids, so only `Owner/Id` (or `OwnerId`) seeks it.
 */
function seekableColumn(scope: FilterScope, condition: FilterExpression): FieldRecord | undefined {
  if (condition.kind === 'compare' && condition.operator !== 'ne') {
    const column = resolveColumn(scope.fields, condition.member.path);
    return column.property === undefined || column.property.toLowerCase() === 'id' ? column.field : undefined;
  }
  if (condition.kind === 'function' && condition.call.name === 'startswith' && !condition.negated) {
    return resolveColumn(scope.fields, condition.call.member.path).field;
  }
  return undefined;
}

/** Throws SharePoint's throttling error when the query would exceed the threshold. */
export function enforceThreshold(
  db: StoreDatabase,
  list: ListRecord,
  scope: FilterScope,
  filter: FilterExpression | undefined,
  orderFields: FieldRecord[]
): void {
  if (list.itemCount <= LIST_VIEW_THRESHOLD) {
    return;
  }
  if (orderFields.some((field) => !indexed(field))) {
    throw errors.throttled();
  }
  if (!filter) {
    return;
  }
  const leading = leadingCondition(filter);
  const column = seekableColumn(scope, leading);
  if (!column || !indexed(column)) {
    throw errors.throttled();
  }
  const where = filterToSql(scope, leading);
  const matched = db.get<{ n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${itemsTable(list.tableNo)} WHERE ${where.sql} LIMIT ${LIST_VIEW_THRESHOLD + 1})`,
    ...where.params
  );
  if ((matched?.n || 0) > LIST_VIEW_THRESHOLD) {
    throw errors.throttled();
  }
}
