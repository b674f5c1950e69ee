import { IsoDate } from '../model';
import { LEADING_DATE, parseDate } from './dates';

/**
 * Post-inspection plans (seed 004) keep an action's milestones as dated lines in one
 * "Monitoring / Milestones" cell — `Dec 2019: North Powys OLEVI programme…`, `March 2020 – Most
 * recommendations…` — mixed with undated lines that describe how the work is monitored
 * (`Termly meetings with ERW…`). This splits the two.
 */

export interface DatedMilestone {
  /** A month alone is the last day of that month: "by Dec 2019". */
  dueDate: IsoDate;
  title: string;
}

export interface MonitoringMilestones {
  milestones: DatedMilestone[];
  /** The undated lines, in order: how progress is monitored rather than when. */
  notes: string[];
}

/** Paragraph and line-break tags left by a Word or rich-text copy are line breaks. */
const LINE_BREAK_TAGS = /<\/?(?:p|br|div|li)\b[^>]*>/gi;
const BULLET = /^[•·*▪◦-]\s+/;
const SEPARATOR = /^[:\-–—]\s*/;

/**
 * Splits a "Monitoring / Milestones" cell into dated milestones (the line starts with a date or
 * a month, e.g. `Dec 2019:`, `April 2020 -`, `Jan 2021 –`) and monitoring notes (the other lines).
 */
export function parseMonitoringMilestones(text: string): MonitoringMilestones {
  const result: MonitoringMilestones = { milestones: [], notes: [] };
  text
    .replace(LINE_BREAK_TAGS, '\n')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(BULLET, ''))
    .filter((line) => line !== '')
    .forEach((line) => {
      const match = LEADING_DATE.exec(line);
      const date = match ? parseDate(match[1], 'end') : undefined;
      const title = match ? match[2].replace(SEPARATOR, '').trim() : '';
      if (date && date.ok && title !== '') {
        result.milestones.push({ dueDate: date.value, title });
      } else {
        result.notes.push(line);
      }
    });
  return result;
}
