import { ConflictError, ForbiddenError, NotFoundError, NotReviewerError, ThrottledError, UnreachableError, ValidationError } from '../../../../data/errors';

/** A failure as a sentence in the page's language; the data layer's English is kept for logs. */
export function errorText(error: unknown, strings: IMyUpdatesErrorStrings): string {
  if (error instanceof ConflictError) return strings.Conflict;
  if (error instanceof ForbiddenError) return strings.Forbidden;
  if (error instanceof NotReviewerError) return strings.NotReviewer;
  if (error instanceof ThrottledError) return strings.Throttled;
  if (error instanceof NotFoundError) return strings.NotFound;
  if (error instanceof UnreachableError) return strings.Unreachable;
  if (error instanceof ValidationError) {
    // The repository's own rule (e.g. a plan that allows no change requests) is kept: it is specific.
    return `${strings.Validation} ${error.problems.map((problem) => problem.message).join(' ')}`;
  }
  return strings.Unknown;
}
