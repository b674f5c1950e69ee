import { FieldProblem } from '../../../../domain/updateValidation';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { Update } from '../../../../domain/model';

/** A validation problem in the page's language, from its code (the domain's message is English). */
export function problemText(problem: FieldProblem, update: Pick<Update, 'status'>, strings: IMyUpdatesWebPartStrings, earliest?: string): string {
  const words = strings.Validation;
  const anUpdate = update.status === 'Red' ? words.RedUpdate : words.AmberUpdate;
  switch (problem.code) {
    case 'needsProgress': return formatString(words.needsProgress, anUpdate);
    case 'needsRemedialAction': return formatString(words.needsRemedialAction, anUpdate);
    case 'needsWithdrawnReason': return words.needsWithdrawnReason;
    case 'blueNeedsEvidence': return words.blueNeedsEvidence;
    case 'badRevisedDate': return words.badRevisedDate;
    case 'revisedDateTooEarly': return formatString(words.revisedDateTooEarly, earliest ? formatDay(earliest, strings.General.DateLocale, 'd MMM yyyy') : '');
    case 'badStatus': return strings.Form.StatusLegend;
    default: return words.Other;
  }
}
