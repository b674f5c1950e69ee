import { formatString } from '../../src/components/formatString';

describe('formatString', () => {
  test.each([
    ['{0} of {1} lists need attention.', [2, 12], '2 of 12 lists need attention.'],
    ['Mae angen sylw ar {0} o {1} rhestr.', [2, 12], 'Mae angen sylw ar 2 o 12 rhestr.'],
    ['Missing columns: {0}', ['EndDate, Owner'], 'Missing columns: EndDate, Owner'],
    ['{1} before {0}', ['b', 'a'], 'a before b'],
    ['No value for {2}', ['x'], 'No value for {2}'],
    ['No placeholders', [1], 'No placeholders']
  ])('%s with %j → %s', (template, values, expected) => {
    expect(formatString(template, ...(values as Array<string | number>))).toBe(expected);
  });
});
