import { LISTS, ListKey } from '../schema';
import { ValidationProblem } from '../errors';
import { ItemJson, ItemProps } from '../mapping/fieldValues';
import { writeKeyOf } from '../mapping/selection';

/**
 * One planned import write: add an item, or change an existing one. Properties are built when
 * the write runs, so lookups to items created earlier in the import get those items' new ids.
 */

/** The id of an item by its import key (existing items, and items created by earlier writes). */
export type IdOf = (key: string) => number;

export interface WriteOp {
  list: ListKey;
  /** The spreadsheet row the write comes from (0 for items several rows share, e.g. a plan). */
  row: number;
  /** Set on items other rows look up (plans, objectives, actions, measures). */
  key?: string;
  /** The item as read, when the row matches one (then only changed values are written). */
  existing?: ItemJson;
  props: (idOf: IdOf) => ItemProps;
}

/** Writes in lookup order: plans, objectives, actions and measures, then what hangs off them. */
export const PHASES = 4;

/**
 * SharePoint's own refusals caught before any write: required values and text lengths from
 * schema.ts, checked with placeholder lookup ids.
 */
export function schemaProblems(op: WriteOp): ValidationProblem[] {
  const props = op.props(() => 1);
  const problems: ValidationProblem[] = [];
  LISTS[op.list].fields.forEach((field) => {
    const key = writeKeyOf(field);
    if (!(key in props)) {
      return;
    }
    const value = props[key];
    if (field.required && (value === null || value === undefined || value === '')) {
      problems.push({ row: op.row, field: field.title, message: `${field.title} is required in the ${LISTS[op.list].title} list` });
    }
    if (field.maxLength && typeof value === 'string' && value.length > field.maxLength) {
      problems.push({
        row: op.row,
        field: field.title,
        message: `${field.title} can hold at most ${field.maxLength} characters, and this has ${value.length}`
      });
    }
  });
  return problems;
}
