import {
  ConflictError, ForbiddenError, NotFoundError, NotPlanLeadError, NotReviewerError, ThrottledError, UnreachableError, ValidationError
} from '../../../../data/errors';
import { MyUpdatesStrings } from '../IMyUpdatesProps';
import { problemText } from './problemText';

/** A failure as a sentence in the page's language; the data layer's English is kept for logs. */
export function errorText(error: unknown, strings: MyUpdatesStrings): string {
  const words = strings.Errors;
  if (error instanceof ConflictError) return words.Conflict;
  if (error instanceof ForbiddenError) return words.Forbidden;
  if (error instanceof NotReviewerError) return words.NotReviewer;
  if (error instanceof NotPlanLeadError) return words.NotPlanLead;
  if (error instanceof ThrottledError) return words.Throttled;
  if (error instanceof NotFoundError) return words.NotFound;
  if (error instanceof UnreachableError) return words.Unreachable;
  if (error instanceof ValidationError) {
    // One rule broken is said as it is; several follow the lead-in.
    const sentences = error.problems.map((problem) => problemText(problem, strings));
    return sentences.length === 1 ? sentences[0] : [words.Validation].concat(sentences).join(' ');
  }
  return words.Unknown;
}
