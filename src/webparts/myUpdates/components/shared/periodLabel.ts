import { formatString } from '../../../../components/formatString';

/** `Q1 2018-19` in the page's language. */
export function periodLabel(period: { financialYear: string; quarter: string }, strings: IMyUpdatesWebPartStrings): string {
  return formatString(strings.General.Period, period.quarter, period.financialYear);
}
