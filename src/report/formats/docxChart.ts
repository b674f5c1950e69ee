import { ImageRun, Paragraph } from 'docx';
import { ReportDocument } from '../../domain/reporting';
import { chartPng } from './chartPng';
import { chartSvg } from './chartSvg';
import { layoutChart } from './chartLayout';
import { heading, paragraph } from './docxParts';
import { ExportLabels } from './exportLabels';
import { periodName } from './reportText';
import { actionsChart, chartAltText, chartKeyText, measuresChart, StatusChart } from './statusChart';

/**
 * Status at a glance drawn as stacked bars, as an SVG image (sharp at any zoom, with its counts
 * written in the bars) with a PNG of the same bars for Word versions that cannot show SVG. The alt
 * text says what the chart shows and every number in it; the key beside it is real text.
 */

function chartParagraphs(chart: StatusChart, report: ReportDocument, l: ExportLabels): Paragraph[] {
  const layout = layoutChart(chart);
  const fallback = chartPng(layout);
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(chartSvg(layout, chart.title)),
    fallback: { type: 'png', data: fallback.png },
    transformation: { width: layout.width, height: layout.height },
    altText: { name: chart.title, title: chart.title, description: chartAltText(chart, l, periodName(report, l)) }
  });
  return [new Paragraph({ text: chart.title, keepNext: true, style: 'Caption' }), new Paragraph({ children: [image], keepNext: true }), paragraph(chartKeyText(chart, l))];
}

/** A chart of nothing says nothing: a plan without measures (or actions) has no chart for them. */
export function chartSection(report: ReportDocument, l: ExportLabels): Paragraph[] {
  const { actions, measures } = report.atAGlance.total;
  const charts = [actions.total ? actionsChart(report, l) : undefined, measures.total ? measuresChart(report, l) : undefined];
  return [heading(l.section.chart, 2), ...charts.reduce<Paragraph[]>((all, chart) => (chart ? all.concat(chartParagraphs(chart, report, l)) : all), [])];
}
