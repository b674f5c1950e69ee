import { Frequency, Quarter, ValuePeriod } from '../model';
import { CellValue, parseMeasureValue } from './numbers';
import { normaliseWords, Parsed, parseFailure, parsedValue } from './parsed';

/**
 * What one Q1–Q4 cell of a measures row records (SPEC §4.6). An annual measure has one value a
 * year: its Q4 cell is the outturn, recorded for the period `Annual`. Councils publish annual
 * measures with `Annual` (or `n/a`, `-`) in Q1–Q3; that says the measure has no quarterly value,
 * not that this quarter's data is missing, so it records nothing. Other text there ("Data due in
 * Q4") is kept as that quarter's note; a figure there is an error, since it is not clear whose
 * value it is.
 */

/** A value to record: the period it is for and the cell as read. */
export interface QuarterRecord {
  period: ValuePeriod;
  cell: CellValue;
}

const NAMES_ANNUAL =
  /^(?:(?:reported|measured|collected|published) )?(?:annual|annually|yearly)(?: (?:measure|indicator|figure|data|only|result))?$/;
const NOT_APPLICABLE = /^(?:n\/a|na|not applicable|-|–|—)$/;

/**
 * True when an annual measure's Q1–Q3 cell says the measure has no quarterly value: it names
 * the frequency (`Annual`, `Annually`, `Yearly`, `Annual measure`, `Reported annually`) or says
 * not applicable (`n/a`, `-`), in any case, with or without a full stop or brackets.
 */
export function saysNoQuarterlyValue(text: string): boolean {
  const words = normaliseWords(text).replace(/^\((.*)\)$/, '$1').trim();
  return NAMES_ANNUAL.test(words) || NOT_APPLICABLE.test(words);
}

function recordOf(period: ValuePeriod, parsed: Parsed<CellValue>): Parsed<QuarterRecord | undefined> {
  if (!parsed.ok) {
    return parseFailure(parsed.message);
  }
  const { value, note } = parsed.value;
  return parsedValue(value === undefined && note === undefined ? undefined : { period, cell: parsed.value });
}

/**
 * Reads a measure's cell for `quarter`: the value to record, or `undefined` when the cell records
 * nothing (it is empty, or it is an annual measure's Q1–Q3 cell saying it has no quarterly
 * value). `frequency` is undefined when the row's frequency could not be read: the cell is then
 * read as a quarter's value.
 */
export function readQuarterCell(text: string, quarter: Quarter, frequency: Frequency | undefined): Parsed<QuarterRecord | undefined> {
  if (frequency !== 'Annual') {
    return recordOf(quarter, parseMeasureValue(text));
  }
  if (quarter === 'Q4') {
    return recordOf('Annual', parseMeasureValue(text));
  }
  if (saysNoQuarterlyValue(text)) {
    return parsedValue(undefined);
  }
  const parsed = parseMeasureValue(text);
  if (parsed.ok && parsed.value.value !== undefined) {
    return parseFailure('an annual measure has one value a year: put the outturn in Q4 and leave Q1–Q3 empty');
  }
  return recordOf(quarter, parsed);
}
