import { pluralForm } from '../domain/plurals';
import { formatString } from './formatString';

/**
 * A counted sentence in the form the page language gives `count` ("1 day overdue", "2 ddiwrnod
 * yn hwyr"), with `{0}`, `{1}` … filled from `values`.
 */
export function formatCount(locale: ITrackerCommonStrings['Locale'], sentence: ITrackerCountedString, count: number, ...values: Array<string | number>): string {
  return formatString(pluralForm(locale, count, sentence), ...values);
}
