import { ReportedStatus, ReportingPeriod, Update } from '../../../domain/model';

/** What the update form holds: every text as typed, nothing missing (inputs stay controlled). */
export interface UpdateFields {
  status: ReportedStatus | '';
  progress: string;
  issue: string;
  remedialAction: string;
  evidence: string;
  withdrawnReason: string;
  revisedDate: string;
}

export const FORM_FIELDS: ReadonlyArray<keyof UpdateFields> = [
  'status', 'progress', 'issue', 'remedialAction', 'evidence', 'withdrawnReason', 'revisedDate'
];

export function fieldsOf(update: Update | undefined): UpdateFields {
  return {
    status: update ? update.status : '',
    progress: (update && update.progress) || '',
    issue: (update && update.issue) || '',
    remedialAction: (update && update.remedialAction) || '',
    evidence: (update && update.evidence) || '',
    withdrawnReason: (update && update.withdrawnReason) || '',
    revisedDate: (update && update.revisedDate) || ''
  };
}

const optional = (text: string): string | undefined => (text.trim() ? text : undefined);

/** The update to save from the form; a status not yet chosen is saved as Not due only in drafts. */
export function updateOf(fields: UpdateFields, actionRef: string, period: ReportingPeriod, extra: Pick<Update, 'reviewState' | 'reviewComment' | 'submittedBy' | 'submittedOn'>): Update {
  return {
    actionRef,
    financialYear: period.financialYear,
    quarter: period.quarter,
    status: fields.status || 'NotDue',
    progress: optional(fields.progress),
    issue: optional(fields.issue),
    remedialAction: optional(fields.remedialAction),
    evidence: optional(fields.evidence),
    withdrawnReason: fields.status === 'Withdrawn' ? optional(fields.withdrawnReason) : undefined,
    revisedDate: optional(fields.revisedDate),
    ...extra
  };
}

export function sameFields(a: UpdateFields, b: UpdateFields): boolean {
  return FORM_FIELDS.every((field) => a[field] === b[field]);
}
