import { DEFAULT_REMINDER_SETTINGS, planReminders, QuietReason, reminderKey, ReminderSettings, sendableAt } from '../../../src/domain/reminders';
import { input, JAN, action, person } from './reminderFixtures';

/**
 * When reminders may go: weekdays that are not bank holidays, 08:00 up to 18:00 on London's
 * clock. London is on GMT (UTC+0) until the last Sunday of March (25 March 2018, 31 March 2019)
 * and on BST (UTC+1) until the last Sunday of October (28 October 2018).
 */

describe('the default settings (SPEC §4.5)', () => {
  test('08:00 to 18:00, milestones 7 days ahead, decisions after 2 working days, a week of catch-up', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({ sendFromHour: 8, quietFromHour: 18, milestoneDaysBefore: 7, decisionAfterWorkingDays: 2, catchUpDays: 7 });
  });
});

describe('sending hours on London’s clock', () => {
  test.each([
    ['2018-07-10T06:59:00Z', false, 'Tue 10 July, BST: 07:59 London'],
    ['2018-07-10T07:00:00Z', true, '08:00 BST'],
    ['2018-07-10T08:00:00+01:00', true, 'the same instant written with its offset'],
    ['2018-07-10T16:59:00Z', true, '17:59 BST'],
    ['2018-07-10T17:00:00Z', false, '18:00 BST: quiet from then'],
    ['2018-12-11T07:59:00Z', false, 'Tue 11 December, GMT: 07:59 London'],
    ['2018-12-11T08:00:00Z', true, '08:00 GMT'],
    ['2018-12-11T17:59:59Z', true, '17:59:59 GMT'],
    ['2018-12-11T18:00:00Z', false, '18:00 GMT'],
    ['2019-03-29T07:30:00Z', false, 'Fri 29 March 2019, the last GMT weekday: 07:30 London'],
    ['2019-04-01T07:30:00Z', true, 'Mon 1 April 2019, after the clocks went forward on Sun 31 March: 08:30 BST'],
    ['2018-10-26T07:30:00Z', true, 'Fri 26 October 2018, still BST: 08:30 London'],
    ['2018-10-29T07:30:00Z', false, 'Mon 29 October, after the clocks went back on Sun 28 October: 07:30 GMT'],
    ['2018-10-29T08:30:00Z', true, '08:30 GMT']
  ])('%s sendable: %s (%s)', (now, sendable) => {
    expect(sendableAt(now).sendable).toBe(sendable);
  });
});

describe('quiet: why, and when sending may start again (08:00 London on the next working day)', () => {
  test.each<[string, QuietReason, string, string]>([
    ['2018-07-10T06:59:00Z', 'outsideHours', '2018-07-10T07:00:00Z', 'early on a working day: 08:00 BST the same day'],
    ['2018-07-10T17:00:00Z', 'outsideHours', '2018-07-11T07:00:00Z', 'evening: Wednesday 08:00 BST'],
    ['2018-07-10T23:30:00Z', 'outsideHours', '2018-07-11T07:00:00Z', '23:30 UTC is already 00:30 BST on Wednesday 11 July'],
    ['2018-07-13T17:00:00Z', 'outsideHours', '2018-07-16T07:00:00Z', 'Friday 18:00 BST: Monday'],
    ['2018-07-14T10:00:00Z', 'weekend', '2018-07-16T07:00:00Z', 'Saturday: Monday'],
    ['2019-03-31T07:30:00Z', 'weekend', '2019-04-01T07:00:00Z', 'Sunday 31 March 2019, the clocks went forward at 01:00 UTC: Monday 08:00 BST'],
    ['2018-10-27T12:00:00Z', 'weekend', '2018-10-29T08:00:00Z', 'Saturday in BST, Monday in GMT: 08:00 is 08:00 UTC again'],
    ['2018-10-26T17:30:00Z', 'outsideHours', '2018-10-29T08:00:00Z', 'Friday 18:30 BST: Monday 08:00 GMT'],
    ['2018-08-27T09:00:00Z', 'bankHoliday', '2018-08-28T07:00:00Z', 'summer bank holiday Monday: Tuesday'],
    ['2019-04-19T10:00:00Z', 'bankHoliday', '2019-04-23T07:00:00Z', 'Good Friday 2019: past the weekend and Easter Monday to Tuesday'],
    ['2018-12-24T18:30:00Z', 'outsideHours', '2018-12-27T08:00:00Z', 'Christmas Eve evening: Christmas Day and Boxing Day skipped'],
    ['2018-12-31T23:30:00Z', 'outsideHours', '2019-01-02T08:00:00Z', 'New Year’s Eve night: New Year’s Day skipped']
  ])('%s: %s until %s (%s)', (now, reason, nextSendable) => {
    expect(sendableAt(now)).toEqual({ sendable: false, reason, nextSendable });
  });
});

describe('the council’s own settings', () => {
  test.each<[string, Partial<ReminderSettings>, boolean, string]>([
    ['2018-07-10T08:00:00Z', { bankHolidays: ['2018-07-10'] }, false, 'a council holiday on Tuesday 10 July'],
    ['2018-08-27T09:00:00Z', { bankHolidays: ['2018-12-25'] }, true, 'a list without the August bank holiday replaces England and Wales’s'],
    ['2018-07-10T07:30:00Z', { sendFromHour: 9 }, false, '08:30 BST before a 09:00 start'],
    ['2018-07-10T15:30:00Z', { quietFromHour: 16 }, false, '16:30 BST after a 16:00 end']
  ])('%s with %j: sendable %s (%s)', (now, settings, sendable) => {
    expect(sendableAt(now, settings).sendable).toBe(sendable);
  });

  test('a council holiday names its reason and is skipped for the next sending day', () => {
    expect(sendableAt('2018-07-09T18:30:00+01:00', { bankHolidays: ['2018-07-10'], sendFromHour: 9 }))
      .toEqual({ sendable: false, reason: 'outsideHours', nextSendable: '2018-07-11T08:00:00Z' });
  });
});

describe('wrong input is refused, naming the field', () => {
  test.each<[string, string, Partial<ReminderSettings>, RegExp]>([
    ['a time with no offset', '2018-07-10T09:00:00', {}, /^now: "2018-07-10T09:00:00" is not an ISO date and time with an offset or Z/],
    ['a date alone', '2018-07-10', {}, /^now: /],
    ['not a date at all', 'tomorrow', {}, /^now: /],
    ['quiet before sending starts', '2018-07-10T09:00:00Z', { sendFromHour: 10, quietFromHour: 9 }, /quietFromHour must be a whole number from 11 to 24/],
    ['an hour of 24 to start', '2018-07-10T09:00:00Z', { sendFromHour: 24 }, /sendFromHour must be a whole number from 0 to 23/],
    ['a fraction of a day', '2018-07-10T09:00:00Z', { catchUpDays: 1.5 }, /catchUpDays must be a whole number/],
    ['a UK-style holiday date', '2018-07-10T09:00:00Z', { bankHolidays: ['27/08/2018'] }, /bankHolidays\[0\] "27\/08\/2018" is not a calendar date/]
  ])('%s', (_name, now, settings, message) => {
    expect(() => sendableAt(now, settings)).toThrow(message);
    expect(() => planReminders(input([person(JAN, { actions: [action('1.a.')] })]), now, settings)).toThrow(message);
  });
});

describe('the reminder log’s key', () => {
  test.each([
    ['Jan.Coles@Council.gov.uk', 'updateDue14', 'jan.coles@council.gov.uk|2018-19 Q1|updateDue14'],
    ['jan.coles@council.gov.uk', 'milestoneOverdue 2018-07-18', 'jan.coles@council.gov.uk|2018-19 Q1|milestoneOverdue 2018-07-18']
  ])('%s, %s → %s', (email, stage, key) => {
    expect(reminderKey(email, { financialYear: '2018-19', quarter: 'Q1' }, stage)).toBe(key);
  });
});
