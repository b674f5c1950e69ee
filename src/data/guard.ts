import {
  ConflictError, ForbiddenError, NotFoundError, NotPlanLeadError, NotReviewerError, ThrottledError, toTrackerError, UnreachableError, ValidationError
} from './errors';
import { ILogger } from './logger';

/**
 * The one error guard around a repository call: whatever PnPjs throws comes out as the typed
 * error of errors.ts, named for `what` ("Action 1.a."), and what a person cannot act on is
 * logged under `source` ("TrackerRepository.saveUpdate").
 */

/** Outcomes a person acts on from the message shown; nothing to log. */
const EXPECTED = [ValidationError, ConflictError, ForbiddenError, NotFoundError, NotReviewerError, NotPlanLeadError];
/** SharePoint busy or away: worth a warning, retried by the person. */
const TRANSIENT = [ThrottledError, UnreachableError];

function logFailure(logger: ILogger, source: string, error: Error): void {
  if (EXPECTED.some((type) => error instanceof type)) {
    return;
  }
  if (TRANSIENT.some((type) => error instanceof type)) {
    logger.warn(source, error.message);
  } else {
    logger.error(source, error);
  }
}

export async function guarded<T>(logger: ILogger, source: string, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const typed = toTrackerError(error, what);
    logFailure(logger, source, typed);
    throw typed;
  }
}
