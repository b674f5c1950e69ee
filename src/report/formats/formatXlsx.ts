import { utils, write } from '@e965/xlsx';
import { LoadedReport } from '../loadReport';
import { ExportLocale, exportLabels } from './exportLabels';
import { reportTitle } from './reportText';
import { freezeHeaderRows } from './xlsxFrozenHeader';
import { sheetOf } from './xlsxSheet';
import { actionRows, atAGlanceRows, challengeRows, measureRows, overdueRows, riskRows } from './xlsxSheets';

/**
 * The quarterly report as an Excel workbook (SPEC §4.4 "CSV/Excel data"): status at a glance with
 * its percentages and exact shares, the actions, one row per measure per quarter, the performance
 * challenges, overdue items and risks; each sheet with a frozen, filterable header row, in the
 * chosen language. Runs in Node and in the browser.
 */
export function formatXlsx(loaded: LoadedReport, options: { locale: ExportLocale }): Uint8Array {
  const l = exportLabels(options.locale);
  const workbook = utils.book_new();
  const sheets: Array<[string, ReturnType<typeof atAGlanceRows>]> = [
    [l.sheet.atAGlance, atAGlanceRows(loaded, l)],
    [l.sheet.actions, actionRows(loaded, l)],
    [l.sheet.measures, measureRows(loaded, l)],
    [l.sheet.challenges, challengeRows(loaded, l)],
    [l.sheet.overdue, overdueRows(loaded, l)],
    [l.sheet.risks, riskRows(loaded, l)]
  ];
  sheets.forEach(([name, { header, rows }]) => utils.book_append_sheet(workbook, sheetOf(header, rows), name));
  workbook.Props = { Title: reportTitle(loaded.document, l) };
  const bytes = write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return freezeHeaderRows(new Uint8Array(bytes));
}
