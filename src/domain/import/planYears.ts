import { financialYearOf, startYearOf } from '../periods';
import { ImportParseResult } from './importRows';

/**
 * The financial years a plan created by an import covers, from its rows: the years of its
 * updates and measures, and of its actions' start and end dates, earliest first. A milestones
 * file (or a plan with no dated row) gives none: such a plan cannot be created from it.
 */
export function planYearsFromRows(parsed: ImportParseResult, plan: string): string[] {
  const years: string[] = [];
  const add = (year: string | undefined): void => {
    if (year && years.indexOf(year) < 0) {
      years.push(year);
    }
  };
  if (parsed.kind === 'actions') {
    parsed.rows.filter((row) => row.plan === plan).forEach((row) => {
      add(row.update ? row.update.financialYear : undefined);
      add(row.action.startDate ? financialYearOf(row.action.startDate) : undefined);
      add(row.action.endDate ? financialYearOf(row.action.endDate) : undefined);
    });
  } else if (parsed.kind === 'measures') {
    parsed.rows.filter((row) => row.plan === plan).forEach((row) => add(row.measure.financialYear));
  }
  return years.sort((a, b) => startYearOf(a) - startYearOf(b));
}
