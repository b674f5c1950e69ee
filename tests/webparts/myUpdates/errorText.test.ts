import {
  ConflictError, ForbiddenError, NotFoundError, NotReviewerError, ThrottledError, UnreachableError, ValidationError
} from '../../../src/data/errors';
import { errorText } from '../../../src/webparts/myUpdates/components/shared/errorText';
import { loadStrings } from '../../support/loadStrings';

const en = loadStrings<IMyUpdatesWebPartStrings>('src/webparts/myUpdates/loc/en-gb.js');
const cy = loadStrings<IMyUpdatesWebPartStrings>('src/webparts/myUpdates/loc/cy-gb.js');

describe('a failure is told in the page language, not in the data layer’s English', () => {
  test.each<[string, Error, keyof IMyUpdatesErrorStrings]>([
    ['a clash with another save', new ConflictError(undefined, undefined, 'update'), 'Conflict'],
    ['no permission on the site', new ForbiddenError(), 'Forbidden'],
    ['a member who does not review this action', new NotReviewerError('SEP 2016-20', '1.a.', '1'), 'NotReviewer'],
    ['throttled', new ThrottledError(30), 'Throttled'],
    ['deleted meanwhile', new NotFoundError('Action 1.a.'), 'NotFound'],
    ['no network', new UnreachableError(), 'Unreachable'],
    ['anything else', new Error('boom'), 'Unknown']
  ])('%s → Errors.%s', (_case, error, key) => {
    expect(errorText(error, en.Errors)).toBe(en.Errors[key]);
    expect(errorText(error, cy.Errors)).toBe(cy.Errors[key]);
    expect(cy.Errors[key]).not.toBe(en.Errors[key]);
  });

  test("a rule the repository enforces keeps its own words after the page's lead-in", () => {
    const error = new ValidationError([{ field: 'deadline', message: 'This plan does not allow deadline change requests.' }]);
    expect(errorText(error, en.Errors)).toBe(`${en.Errors.Validation} This plan does not allow deadline change requests.`);
  });
});
