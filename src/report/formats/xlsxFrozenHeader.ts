import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Freezes each worksheet's header row, so it stays in view while scrolling. SheetJS Community
 * Edition writes no panes (frozen panes are its Pro edition's), so the written workbook's sheet
 * views get the pane Excel itself writes for View > Freeze Top Row.
 */

const FROZEN_TOP_ROW = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';

export function freezeHeaderRows(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).forEach((name) => {
    const xml = strFromU8(files[name]);
    const frozen = xml.replace(/<sheetView ([^>]*?)\/>/, `<sheetView $1>${FROZEN_TOP_ROW}</sheetView>`);
    if (frozen === xml) throw new Error(`${name} has no sheet view to freeze: has the SheetJS version changed what it writes?`);
    files[name] = strToU8(frozen);
  });
  return zipSync(files, { level: 6 });
}
