import { parseFigure } from '../../../src/webparts/myUpdates/components/measures/parseFigure';

describe('parseFigure reads a measure value as a person types it', () => {
  test.each([
    ['95', 95],
    ['95%', 95],
    ['95 %', 95],
    ['1,234.5', 1234.5],
    [' 12.5 ', 12.5],
    ['0', 0],
    ['0.325', 0.325],
    ['.5', 0.5],
    ['12.', 12],
    ['-3', -3],
    ['+7', 7],
    ['\u22124.2', -4.2],
    ['12,345,678', 12345678],
    ['1,000%', 1000],
    ['007', 7]
  ])('%j is the figure %p', (text, expected) => {
    expect(parseFigure(text)).toEqual({ kind: 'figure', value: expected });
  });

  test.each(['', '   ', '\t\n'])('%j is empty, not a figure or a mistake', (text) => {
    expect(parseFigure(text)).toEqual({ kind: 'empty' });
  });

  test.each([
    ['abc', 'words'],
    ['12a', 'a letter after the digits'],
    ['1,2', 'a comma that is not a thousands separator'],
    ['1,23,456', 'commas in the wrong places'],
    ['1234,567', 'an ungrouped figure before a comma'],
    ['1.2.3', 'two decimal points'],
    ['1e3', 'scientific notation'],
    ['95%%', 'two percent signs'],
    ['%95', 'a leading percent sign'],
    ['%', 'a percent sign alone'],
    ['-', 'a sign alone'],
    ['.', 'a decimal point alone'],
    ['1 234', 'a space inside the figure'],
    ['£12', 'a currency sign'],
    ['Infinity', 'infinity'],
    ['n/a', 'a note typed in the number box']
  ])('%j is not a figure (%s)', (text) => {
    expect(parseFigure(text)).toEqual({ kind: 'invalid' });
  });
});
