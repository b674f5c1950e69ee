import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

/** A rule broken, as the domain and the repository report it: its code, and what its sentence names. */
export interface CodedProblem {
  code?: string;
  args?: Readonly<Record<string, string | number>>;
}

/** Which of a problem's `args` fill `{0}`, `{1}` … of its sentence in `strings.Problems`. */
const PROBLEM_ARGS: Record<keyof IMyUpdatesProblemStrings, string[]> = {
  reviewDraft: [],
  reviewApproved: [],
  reviewReturned: [],
  reviewNotSubmitted: [],
  badDecision: ['decision'],
  returnNeedsComment: [],
  changeRequestsOff: ['plan'],
  changeAlreadyPending: ['deadline'],
  requesterNotUser: ['name'],
  fileEmpty: ['name'],
  fileTooLarge: ['name', 'size', 'limit'],
  fileNameTaken: ['name', 'tries'],
  requestDecided: [],
  badDeadlineDecision: ['decision'],
  periodOutsidePlan: ['plan', 'first', 'last', 'period'],
  periodNotStarted: ['period']
};

function isProblemCode(code: string | undefined): code is keyof IMyUpdatesProblemStrings {
  return code !== undefined && Object.prototype.hasOwnProperty.call(PROBLEM_ARGS, code);
}

function updateProblemText(problem: CodedProblem, strings: MyUpdatesStrings): string {
  const words = strings.Validation;
  const args = problem.args || {};
  const anUpdate = args.status === 'Red' ? words.RedUpdate : words.AmberUpdate;
  switch (problem.code) {
    case 'needsProgress': return formatString(words.needsProgress, anUpdate);
    case 'needsRemedialAction': return formatString(words.needsRemedialAction, anUpdate);
    case 'needsWithdrawnReason': return words.needsWithdrawnReason;
    case 'blueNeedsEvidence': return words.blueNeedsEvidence;
    case 'badRevisedDate': return words.badRevisedDate;
    case 'revisedDateTooEarly': return formatString(words.revisedDateTooEarly, args.earliest ? formatDay(String(args.earliest), strings.Dates) : '');
    case 'badStatus': return words.badStatus;
    default: return words.Other;
  }
}

/** A problem in the page's language, from its code; the domain's and the repository's `message` is English and is never shown. */
export function problemText(problem: CodedProblem, strings: MyUpdatesStrings): string {
  if (isProblemCode(problem.code)) {
    const args = problem.args || {};
    return formatString(strings.Problems[problem.code], ...PROBLEM_ARGS[problem.code].map((key) => String(args[key] === undefined ? '' : args[key])));
  }
  return updateProblemText(problem, strings);
}
