import { ConflictError, ForbiddenError, NotFoundError, ThrottledError, ValidationError } from '../../src/data/errors';
import { guarded } from '../../src/data/guard';
import { ILogger } from '../../src/data/logger';

/** What the guard logged, as `level [source] text`. */
function recordingLogger(): ILogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    warn: (source, message) => lines.push(`warn [${source}] ${message}`),
    error: (source, error) => lines.push(`error [${source}] ${(error as Error).name}`)
  };
}

/** An HTTP failure as PnPjs throws it. */
function httpError(status: number, retryAfter?: string): Error {
  return Object.assign(new Error(`HTTP ${status}`), { status, response: { headers: { get: (name: string) => (name === 'Retry-After' ? retryAfter || null : null) } } });
}

describe('the one error guard', () => {
  test.each<[string, unknown, string, string[]]>([
    ['a 404 becomes NotFoundError, named for the thing, not logged', httpError(404), 'NotFoundError', []],
    ['a 403 becomes ForbiddenError, not logged', httpError(403), 'ForbiddenError', []],
    ['a 429 becomes ThrottledError with the wait, and is a warning', httpError(429, '30'), 'ThrottledError', ['warn [TrackerRepository.saveUpdate] SharePoint is busy and asked us to wait 30 seconds. Try again shortly; nothing was lost.']],
    ['no answer becomes UnreachableError, and is a warning', new TypeError('fetch failed'), 'UnreachableError', ['warn [TrackerRepository.saveUpdate] SharePoint could not be reached. Check the site address and your connection, then try again; nothing was changed.']],
    ['a broken rule passes through, not logged', new ValidationError([{ message: 'No.' }]), 'ValidationError', []],
    ['a conflict passes through, not logged', new ConflictError(undefined, undefined), 'ConflictError', []],
    ['a 500 nobody planned for is logged as an error', httpError(500), 'Error', ['error [TrackerRepository.saveUpdate] Error']],
    ['a bug is logged as an error', new RangeError('bad index'), 'RangeError', ['error [TrackerRepository.saveUpdate] RangeError']]
  ])('%s', async (_case, thrown, name, logged) => {
    const logger = recordingLogger();
    const error = await guarded(logger, 'TrackerRepository.saveUpdate', 'Action 1.a.', () => Promise.reject(thrown)).catch((caught: Error) => caught);
    expect(error.name).toBe(name);
    expect(logger.lines).toEqual(logged);
  });

  test('NotFoundError names what was not found', async () => {
    const error = await guarded(recordingLogger(), 'X.y', 'Plan "SEP"', () => Promise.reject(httpError(404))).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('Plan "SEP" could not be found. It may have been deleted, or the tracker\'s lists are not set up on this site.');
  });

  test('a success is returned as it is, and nothing is logged', async () => {
    const logger = recordingLogger();
    expect(await guarded(logger, 'X.y', 'thing', () => Promise.resolve(42))).toBe(42);
    expect(logger.lines).toEqual([]);
  });

  test.each([ForbiddenError, ThrottledError])('%p keeps instanceof after the guard', async (type) => {
    const error = await guarded(recordingLogger(), 'X.y', 'thing', () => Promise.reject(new type(undefined))).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(type);
  });
});
