import { parseMeasureValue, parseNumber, parseTarget, parseTolerance } from '../../../src/domain/import/numbers';

describe('parseMeasureValue', () => {
  test.each([
    ['95%', 95],
    ['£8.327m', 8.327],
    ['(3%)', -3],
    ['1,172', 1172],
    ['1,234,567.5', 1234567.5],
    ['-2.5', -2.5],
    ['0.325%', 0.325],
    ['68.6%', 68.6],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['+4', 4],
    ['−4', -4],
    ['-£3m', -3],
    ['£-3m', -3],
    ['(£1,200)', -1200],
    ['(0)', 0],
    ['95 %', 95],
    ['12k', 12],
    ['£1.2bn', 1.2],
    ['1.5e3', 1500],
    ['  42  ', 42]
  ])('"%s" is the number %p', (text, value) => {
    expect(parseMeasureValue(text)).toEqual({ ok: true, value: { value } });
  });

  test.each([
    ['No data'],
    ['Annual'],
    ['Not available'],
    ['tbd'],
    ['TBC'],
    ['New measure'],
    ['n/a'],
    ['N/A'],
    ['-'],
    ['–'],
    ['(provisional)'],
    ['Dim data'],
    ['Reported in Q4'],
    ['New measure for 2018-19'],
    ['Data due Sept 2018'],
    ['Q4']
  ])('"%s" holds no number: no value, kept as the note', (text) => {
    expect(parseMeasureValue(text)).toEqual({ ok: true, value: { note: text } });
  });

  test.each([
    ['  Not available  ', 'Not available'],
    ['\tAnnual\n', 'Annual'],
    ['Not yet\nreported', 'Not yet\nreported']
  ])('the note is the cell\'s text trimmed: %p → %p', (text, note) => {
    expect(parseMeasureValue(text)).toEqual({ ok: true, value: { note } });
  });

  test('an empty cell is no value and no note', () => {
    expect(parseMeasureValue('  ')).toEqual({ ok: true, value: {} });
  });

  test('a number with a bracketed remark keeps both', () => {
    expect(parseMeasureValue('71.7% (provisional)')).toEqual({ ok: true, value: { value: 71.7, note: 'provisional' } });
  });

  test.each([
    ['1,17', '"1,17" is not a number'],
    ['12/3', '"12/3" is not a number'],
    ['1.2.3', '"1.2.3" is not a number'],
    ['12..5', '"12..5" is not a number'],
    ['95%%', '"95%%" is not a number'],
    ['2 pupils', '"2 pupils" is not a number'],
    ['71.7% provisional', '"71.7% provisional" is not a number'],
    ['>95%', '">95%" is not a number'],
    ['~ 40', '"~ 40" is not a number'],
    ['31/03/2018', '"31/03/2018" is not a number'],
    ['(-3)', '"(-3)" is not a number'],
    ['+-3', '"+-3" is not a number'],
    ['#DIV/0!', '"#DIV/0!" is a spreadsheet error, not a value: fix the formula or clear the cell'],
    ['#N/A', '"#N/A" is a spreadsheet error, not a value: fix the formula or clear the cell']
  ])('"%s" fails: %s', (text, message) => {
    expect(parseMeasureValue(text)).toEqual({ ok: false, message });
  });
});

describe('parseNumber', () => {
  test.each([
    ['79.4%', { ok: true, value: 79.4 }],
    ['£0.5m', { ok: true, value: 0.5 }],
    ['No data', { ok: false, message: '"No data" is not a number' }]
  ])('"%s" → %p', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });
});

describe('parseTarget', () => {
  test.each([
    ['82%', 'High', { lower: 82, upper: 82 }],
    ['0.0%', 'Low', { lower: 0, upper: 0 }],
    ['2,600', 'High', { lower: 2600, upper: 2600 }],
    ['100', 'Band', { lower: 100, upper: 100 }],
    ['90-110', 'Band', { lower: 90, upper: 110 }],
    ['90 – 110%', 'Band', { lower: 90, upper: 110 }],
    ['90% - 110%', 'Band', { lower: 90, upper: 110 }],
    ['90 to 110', 'Band', { lower: 90, upper: 110 }],
    ['-5 - 5', 'Band', { lower: -5, upper: 5 }],
    ['-10--5', 'Band', { lower: -10, upper: -5 }],
    ['90-110', undefined, { lower: 90, upper: 110 }]
  ] as const)('"%s" for polarity %s is %p', (text, polarity, target) => {
    expect(parseTarget(text, polarity)).toEqual({ ok: true, value: { target } });
  });

  test('text with no number is no target, kept as the note', () => {
    expect(parseTarget('tbd', 'High')).toEqual({ ok: true, value: { note: 'tbd' } });
  });

  test.each([
    ['90-110', 'High', '"90-110" is a range, but only a Band measure has a range as its target'],
    ['110 to 90', 'Band', '"110 to 90" runs backwards: write the lower end of the band first'],
    ['90-ish', 'Band', '"90-ish" is not a number']
  ] as const)('"%s" for polarity %s fails: %s', (text, polarity, message) => {
    expect(parseTarget(text, polarity)).toEqual({ ok: false, message });
  });
});

describe('parseTolerance', () => {
  test.each([
    ['5%', { kind: 'percent', amount: 5 }],
    ['10 %', { kind: 'percent', amount: 10 }],
    ['2', { kind: 'absolute', amount: 2 }],
    ['£0.5m', { kind: 'absolute', amount: 0.5 }],
    ['0', { kind: 'absolute', amount: 0 }]
  ])('"%s" is %p', (text, tolerance) => {
    expect(parseTolerance(text)).toEqual({ ok: true, value: tolerance });
  });

  test.each([
    ['-5%', '"-5%" is negative: a tolerance is how far a value may miss the target'],
    ['a little', '"a little" is not a tolerance: write a percentage of the target (10%) or an amount (2)']
  ])('"%s" fails: %s', (text, message) => {
    expect(parseTolerance(text)).toEqual({ ok: false, message });
  });
});

describe('pathological cells fail quickly instead of throwing or hanging', () => {
  test.each([
    ['400 digits (beyond a double)', '9'.repeat(400)],
    ['deeply nested brackets', `${'('.repeat(100_000)}1${')'.repeat(100_000)}`],
    ['a long run of spaces', `1${' '.repeat(100_000)}x`],
    ['a long run of separators', '1-'.repeat(100_000)],
    ['a long run of thousands separators', '1,'.repeat(100_000)]
  ])('%s', (_name, text) => {
    const started = Date.now();
    expect(parseMeasureValue(text).ok).toBe(false);
    expect(parseTarget(text, 'Band').ok).toBe(false);
    expect(parseTolerance(text).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
