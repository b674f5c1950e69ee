import { odataString } from '../../src/data/odata';

describe('odataString', () => {
  test.each([
    ['Plans', "'Plans'"],
    ["O'Brien", "'O''Brien'"],
    ["''", "''''''"],
    ['', "''"]
  ])('%j → %s', (value, literal) => {
    expect(odataString(value)).toBe(literal);
  });
});
