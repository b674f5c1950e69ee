import { Document, Packer, PageOrientation } from 'docx';
import { LoadedReport } from '../loadReport';
import { chartSection } from './docxChart';
import { heading, paragraph } from './docxParts';
import { atAGlanceTable, challengesSection, headlinesSection, measuresSection, overdueSection, risksSection } from './docxSections';
import { ExportLocale, exportLabels } from './exportLabels';
import { longDate, reportTitle } from './reportText';

/**
 * The quarterly report as a Word document (SPEC §4.4): real headings, real tables with repeating
 * header rows, the status chart with alt text, in the document's language. The headlines and
 * challenge reasons are the report's own sentences: load the report in the same language.
 * Runs in Node and in the browser (no Node built-ins), so the dashboard can load it on export.
 */
export async function formatDocx(loaded: LoadedReport, options: { locale: ExportLocale }): Promise<Uint8Array> {
  const report = loaded.document;
  const l = exportLabels(options.locale);
  const title = reportTitle(report, l);
  const document = new Document({
    title,
    creator: 'Performance Tracker for Microsoft 365',
    styles: { default: { document: { run: { language: { value: l.lang }, font: 'Arial' } } } },
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        heading(title, 1),
        paragraph(l.statusAsAt(longDate(report.asOf, l))),
        ...headlinesSection(report, l),
        heading(l.section.atAGlance, 2),
        atAGlanceTable(report, l),
        ...chartSection(report, l),
        ...challengesSection(report, l),
        ...measuresSection(report, l),
        ...overdueSection(report, l),
        ...risksSection(report, l)
      ]
    }]
  });
  return Packer.pack(document, 'uint8array');
}
