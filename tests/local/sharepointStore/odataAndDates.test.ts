/**
 * @jest-environment node
 */
import { parseFilter } from '../../../src/local/sharepointStore/odata/filterParser';
import { leadingCondition } from '../../../src/local/sharepointStore/odata/filterAst';
import { normaliseDateOnly, normaliseDateTime } from '../../../src/local/sharepointStore/siteDates';

describe('the $filter parser', () => {
  test.each([
    ["Title eq 'O''Brien'", { kind: 'compare', operator: 'eq', member: { kind: 'member', path: ['Title'] }, literal: expect.objectContaining({ type: 'string', value: "O'Brien" }) }],
    ['5 lt Target', { kind: 'compare', operator: 'gt', member: { kind: 'member', path: ['Target'] }, literal: expect.objectContaining({ type: 'number', value: 5 }) }],
    ["Owner/EMail eq 'a@b'", expect.objectContaining({ member: { kind: 'member', path: ['Owner', 'EMail'] } })],
    ["EndDate lt datetime'2018-04-01T00:00:00Z'", expect.objectContaining({ literal: expect.objectContaining({ type: 'datetime', value: '2018-04-01T00:00:00Z' }) })],
    ['Owner eq null', expect.objectContaining({ literal: expect.objectContaining({ type: 'null' }) })],
    ["substringof('x', Title) eq false", expect.objectContaining({ kind: 'function', negated: true })]
  ])('%s', (filter, expected) => {
    expect(parseFilter(filter)).toEqual(expected);
  });

  test('and binds tighter than or, and the leading condition is the leftmost', () => {
    const parsed = parseFilter("A eq 1 or B eq 2 and not (C eq 3)");
    expect(parsed.kind).toBe('or');
    expect(leadingCondition(parsed)).toEqual(expect.objectContaining({ member: { kind: 'member', path: ['A'] } }));
  });

  test.each(['', 'Title', "Title eq 'x' and", 'eq 1', "Title eq 'x')", 'Title eq 1 2', "Title eq 'x' xor B eq 1"])('refuses %p', (filter) => {
    expect(() => parseFilter(filter)).toThrow(/is not valid/);
  });
});

describe('site dates (Europe/London)', () => {
  test.each([
    ['2018-07-21', '2018-07-20T23:00:00Z'],
    ['2018-01-21', '2018-01-21T00:00:00Z'],
    ['2018-07-20T23:00:00Z', '2018-07-20T23:00:00Z'],
    ['2018-07-21T12:30:00+01:00', '2018-07-20T23:00:00Z'],
    ['2018-03-25', '2018-03-25T00:00:00Z'],
    ['2018-10-28', '2018-10-27T23:00:00Z']
  ])('a DateOnly value %s is stored as %s', (input, stored) => {
    expect(normaliseDateOnly(input)).toBe(stored);
  });

  test.each([
    ['2018-07-21T10:00:00', '2018-07-21T09:00:00Z'],
    ['2018-07-21T10:00:00.123Z', '2018-07-21T10:00:00Z'],
    ['21/07/2018', undefined],
    ['2018-13-01', undefined]
  ])('a DateTime value %s is stored as %s', (input, stored) => {
    expect(normaliseDateTime(input)).toBe(stored);
  });
});
