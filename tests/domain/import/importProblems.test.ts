import { formatProblem, quote } from '../../../src/domain/import/importProblems';

describe('formatProblem', () => {
  test.each([
    [{ row: 12, column: 'End Date', value: '31/13/2019', message: '"31/13/2019" is not a date' }, 'row 12, column "End Date": "31/13/2019" is not a date'],
    [{ row: 1, message: 'the file is empty' }, 'row 1: the file is empty']
  ])('%p reads "%s"', (problem, sentence) => {
    expect(formatProblem(problem)).toBe(sentence);
  });
});

describe('quote', () => {
  test('puts short text on one line in quotes', () => {
    expect(quote(' Dec\n2019 ')).toBe('"Dec 2019"');
  });

  test('cuts long text to 60 characters', () => {
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…"`);
  });
});
