import {
  ConflictError, ForbiddenError, NotFoundError, ThrottledError, toTrackerError, TrackerError, UnreachableError, ValidationError
} from '../../src/data/errors';

/** An error as PnPjs raises it for a failed response (HttpRequestError: status + response). */
function httpError(status: number, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}]`), {
    status,
    response: { headers: { get: (name: string) => headers[name] || null } }
  });
}

describe('toTrackerError: failures become sentences a person can act on', () => {
  test.each<[string, unknown, new (...args: never[]) => Error, RegExp]>([
    ['403 from SharePoint', httpError(403), ForbiddenError, /don't have permission to change the tracker/],
    ['401 from SharePoint', httpError(401), ForbiddenError, /Members group/],
    ['404 for a plan', httpError(404), NotFoundError, /^Plan "SEP" could not be found/],
    ['429 with Retry-After', httpError(429, { 'Retry-After': '31' }), ThrottledError, /asked us to wait 31 seconds/],
    ['503 without Retry-After', httpError(503), ThrottledError, /busy right now/],
    ['no answer (Node)', new TypeError('fetch failed'), UnreachableError, /could not be reached/],
    ['no answer (browser)', new TypeError('Failed to fetch'), UnreachableError, /check the site address/i],
    ['no answer, after PnPjs retries', new Error('TypeError: fetch failed'), UnreachableError, /nothing was changed/]
  ])('%s', (_case, error, type, message) => {
    const mapped = toTrackerError(error, 'Plan "SEP"');
    expect(mapped).toBeInstanceOf(type);
    expect(mapped).toBeInstanceOf(TrackerError);
    expect(mapped.message).toMatch(message);
  });

  test('429 keeps the wait SharePoint asked for', () => {
    expect((toTrackerError(httpError(429, { 'Retry-After': '31' }), 'x') as ThrottledError).retryAfterSeconds).toBe(31);
  });

  test('typed errors and errors with no status pass through unchanged', () => {
    const conflict = new ConflictError({ a: 1 }, '"4"', 'update');
    expect(toTrackerError(conflict, 'x')).toBe(conflict);
    const plain = new RangeError('bad');
    expect(toTrackerError(plain, 'x')).toBe(plain);
    expect(toTrackerError(httpError(500), 'x').message).toMatch(/\[500\]/);
  });

  test('validation errors say how many problems there are, or the one problem', () => {
    expect(new ValidationError([{ field: 'progress', message: 'A Red update needs progress commentary.' }]).message).toBe('A Red update needs progress commentary.');
    expect(new ValidationError([{ message: 'a' }, { message: 'b' }]).message).toBe('2 problems need fixing before this can be saved.');
  });

  test('a conflict names what was being edited and keeps the server version', () => {
    const error = new ConflictError({ status: 'Red' }, '"5"', 'update');
    expect(error.message).toBe('Someone else saved this update while you were editing it. Compare your changes with theirs and choose which to keep.');
    expect(error.current).toEqual({ status: 'Red' });
    expect(error.currentEtag).toBe('"5"');
    expect(error.name).toBe('ConflictError');
  });
});
