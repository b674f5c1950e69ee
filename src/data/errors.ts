/**
 * The data layer's typed errors (STYLE.md): each carries a sentence a person can act on, and
 * the details a caller needs (the server's current version, the wait, the problems).
 */

export class TrackerError extends Error {
  public constructor(message: string, public readonly cause?: unknown) {
    super(message);
    this.name = new.target.name;
    // Keeps `instanceof` working when TypeScript compiles classes to ES5 functions.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * Something a person typed or imported breaks a rule; nothing was written. `code` and `args` let a
 * surface say it in the page's language (domain/problems RuleProblem); `message` is English.
 */
export interface ValidationProblem {
  /** The field (forms) or column (imports) concerned. */
  field?: string;
  /** The spreadsheet row (imports; the header is row 1). */
  row?: number;
  message: string;
  code?: string;
  args?: Readonly<Record<string, string | number>>;
}

export class ValidationError extends TrackerError {
  public constructor(public readonly problems: readonly ValidationProblem[], message?: string) {
    super(message || (problems.length === 1 ? problems[0].message : `${problems.length} problems need fixing before this can be saved.`));
  }
}

/** Someone else saved the item first; `current` is what the server holds now. */
export class ConflictError<T = unknown> extends TrackerError {
  /** `currentId` is set when the clash was with a different item (two people adding the same update). */
  public constructor(
    public readonly current: T | undefined,
    public readonly currentEtag: string | undefined,
    what: string = 'item',
    public readonly currentId?: number
  ) {
    super(`Someone else saved this ${what} while you were editing it. Compare your changes with theirs and choose which to keep.`);
  }
}

export class ForbiddenError extends TrackerError {
  public constructor(cause?: unknown) {
    super("You don't have permission to change the tracker. Ask the plan lead to add you to the site's Members group.", cause);
  }
}

/** The person may change the tracker but this decision belongs to someone else (domain/reviewers). */
export class NotReviewerError extends TrackerError {
  public constructor(public readonly plan: string, public readonly actionRef: string, public readonly objectiveRef: string) {
    super(`Only the lead of ${plan}, or the lead of objective ${objectiveRef}, can approve or return the update on action ${actionRef}.`);
  }
}

/** Only the plan's lead decides deadline change requests and answers performance challenges (SPEC §2, §4.4). */
export class NotPlanLeadError extends TrackerError {
  public constructor(public readonly plan: string, what: string = 'agree or turn down a request to move a deadline') {
    super(`Only the lead of ${plan} can ${what}.`);
  }
}

export class ThrottledError extends TrackerError {
  public constructor(public readonly retryAfterSeconds: number | undefined, cause?: unknown) {
    super(
      retryAfterSeconds
        ? `SharePoint is busy and asked us to wait ${retryAfterSeconds} seconds. Try again shortly; nothing was lost.`
        : 'SharePoint is busy right now. Try again in a minute; nothing was lost.',
      cause
    );
  }
}

export class NotFoundError extends TrackerError {
  public constructor(what: string, cause?: unknown) {
    super(`${what} could not be found. It may have been deleted, or the tracker's lists are not set up on this site.`, cause);
  }
}

/** No answer at all: a wrong address, no network, or the local store not running. */
export class UnreachableError extends TrackerError {
  public constructor(cause?: unknown) {
    super('SharePoint could not be reached. Check the site address and your connection, then try again; nothing was changed.', cause);
  }
}

/**
 * fetch rejects with a TypeError when nothing answers ("fetch failed" in Node, "Failed to fetch"
 * in browsers); PnPjs's retry rethrows it as an Error whose message starts "TypeError: ".
 */
function isNetworkFailure(error: unknown): boolean {
  // Not `instanceof`: the error may come from another realm (Node's own fetch, a test sandbox).
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return !isHttpLike(error) && typeof message === 'string' && /^(TypeError: )?(fetch failed|failed to fetch|networkerror|load failed)/i.test(message);
}

interface HttpLikeError {
  status?: number;
  // eslint-disable-next-line @rushstack/no-new-null -- the DOM's Headers.get returns null
  response?: { headers?: { get(name: string): string | null } };
}

function isHttpLike(error: unknown): error is HttpLikeError {
  return typeof error === 'object' && error !== null && typeof (error as HttpLikeError).status === 'number';
}

/**
 * Turns a PnPjs HttpRequestError into the matching typed error; `what` names the thing for
 * NotFound ("Plan \"SEP 2016-20\""). Conflicts are raised where the caller knows the current item.
 */
export function toTrackerError(error: unknown, what: string): Error {
  if (isNetworkFailure(error)) {
    return new UnreachableError(error);
  }
  if (error instanceof TrackerError || !isHttpLike(error)) {
    return error as Error;
  }
  const retryAfter = error.response && error.response.headers ? error.response.headers.get('Retry-After') : undefined;
  switch (error.status) {
    case 401:
    case 403:
      return new ForbiddenError(error);
    case 404:
      return new NotFoundError(what, error);
    case 429:
    case 503:
      return new ThrottledError(retryAfter ? Number(retryAfter) : undefined, error);
    default:
      return error as unknown as Error;
  }
}
