import { formatCount } from '../../src/components/formatCount';
import { myUpdatesStrings } from '../support/loadStrings';

const en = myUpdatesStrings('en-gb');
const cy = myUpdatesStrings('cy-gb');

/**
 * Counted sentences read as a person writes them at every count: English singular at 1; Welsh
 * by its own plural rules, the noun mutating after 2 (ddiwrnod, beth) and 3 and 6 (pheth).
 */
describe('a milestone overdue by a number of days', () => {
  test.each([
    [en, 1, '1 day overdue'],
    [en, 2, '2 days overdue'],
    [en, 11, '11 days overdue'],
    [cy, 1, '1 diwrnod yn hwyr'],
    [cy, 2, '2 ddiwrnod yn hwyr'],
    [cy, 3, '3 diwrnod yn hwyr'],
    [cy, 6, '6 diwrnod yn hwyr'],
    [cy, 11, '11 diwrnod yn hwyr']
  ])('%#: %i → %s', (strings, days, expected) => {
    expect(formatCount(strings.Locale, strings.Milestone.OverdueDays, days, days)).toBe(expected);
  });
});

describe('the number of things to fix before submitting', () => {
  test.each([
    [en, 1, '1 thing needs fixing before you can submit. It is marked below.'],
    [en, 3, '3 things need fixing before you can submit. They are marked below.'],
    [cy, 1, "Mae angen cywiro 1 peth cyn i chi allu cyflwyno. Mae wedi'i nodi isod."],
    [cy, 2, "Mae angen cywiro 2 beth cyn i chi allu cyflwyno. Maent wedi'u nodi isod."],
    [cy, 3, "Mae angen cywiro 3 pheth cyn i chi allu cyflwyno. Maent wedi'u nodi isod."],
    [cy, 4, "Mae angen cywiro 4 peth cyn i chi allu cyflwyno. Maent wedi'u nodi isod."]
  ])('%#: %i → %s', (strings, problems, expected) => {
    expect(formatCount(strings.Locale, strings.Form.FixBeforeSubmit, problems, problems)).toBe(expected);
  });
});

describe('the progress line counts the updates owed, not the ones done', () => {
  test.each([
    [en, 0, 1, '0 of 1 update done — due 30 April'],
    [en, 1, 2, '1 of 2 updates done — due 30 April'],
    [cy, 0, 1, "Diweddariadau wedi'u gwneud: 0 o 1 — dyddiad cau 30 April"]
  ])('%#: %i of %i', (strings, done, owed, expected) => {
    expect(formatCount(strings.Locale, strings.Progress.Summary, owed, done, owed, '30 April')).toBe(expected);
  });
});
