import { formatString } from '../../../../components/formatString';
import { QUARTERS } from '../../../../domain/model';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

/** A quarter as the page's language writes it: `Q1`, or `Ch1` in Welsh. */
export function quarterLabel(quarter: string, strings: ITrackerCommonStrings): string {
  const index = (QUARTERS as readonly string[]).indexOf(quarter);
  return index >= 0 ? strings.Quarters[index] : quarter;
}

/** `Q1 2018-19`, `Ch1 2018-19`: a period in the page's language. */
export function periodLabel(period: { financialYear: string; quarter: string }, strings: MyUpdatesStrings): string {
  return formatString(strings.General.Period, quarterLabel(period.quarter, strings), period.financialYear);
}
