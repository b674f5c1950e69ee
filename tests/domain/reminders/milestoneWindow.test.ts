import { addDays } from '../../../src/domain/calendarDate';
import { milestoneDueWindow, ReminderSettings } from '../../../src/domain/reminders';
import { input, JAN, linesOn, logged, milestone, person } from './reminderFixtures';

/**
 * The due dates the job reads milestones for on a day (milestoneDueWindow): from the last working
 * day on or before today less catchUpDays, to today plus milestoneDaysBefore. Dates by hand.
 */

describe('milestoneDueWindow', () => {
  test.each<[string, string, Partial<ReminderSettings>, string, string]>([
    ['2018-07-09', 'Mon 9 July 2018: 7 days back is Mon 2 July, a working day', {}, '2018-07-02', '2018-07-16'],
    ['2018-07-10', 'Tue 10 July: back to Tue 3 July', {}, '2018-07-03', '2018-07-17'],
    ['2019-04-29', 'Mon 29 April 2019: 7 days back is Easter Monday, then Good Friday: Thu 18 April', {}, '2019-04-18', '2019-05-06'],
    ['2018-07-11', 'no catch-up: today itself', { catchUpDays: 0 }, '2018-07-11', '2018-07-18'],
    ['2018-07-15', 'Sun 15 July, a day back is Saturday: Fri 13 July', { catchUpDays: 1 }, '2018-07-13', '2018-07-22'],
    ['2018-07-10', 'due soon 14 days ahead: to Tue 24 July', { milestoneDaysBefore: 14 }, '2018-07-03', '2018-07-24'],
    ['2018-12-31', 'Mon 31 Dec 2018: back to Mon 24 Dec, a working day (Christmas is the 25th)', {}, '2018-12-24', '2019-01-07']
  ])('%s: %s', (today, _why, settings, from, to) => {
    expect(milestoneDueWindow(today, settings)).toEqual({ from, to });
  });
});

/**
 * What the window is for: planning with only the milestones inside it gives the same digests as
 * planning with all of them. Jan has a milestone due every day of 2018-19 (365 of them); every
 * day of the year, with and without the log of what went the working day before, the two plans
 * agree.
 */
describe('planning with the window’s milestones only plans the same digests', () => {
  const days = Array.from({ length: 365 }, (_v, index) => addDays('2018-04-01', index));
  const everyDay = days.map((day) => milestone(`Due ${day}`, day));

  test.each(days.filter((_day, index) => index % 3 === 0))('%s', (today) => {
    const { from, to } = milestoneDueWindow(today);
    const inside = everyDay.filter((entry) => entry.milestone.value.dueDate >= from && entry.milestone.value.dueDate <= to);
    expect(inside.length).toBeLessThan(25);
    const log = [logged(`jan.coles@council.gov.uk|2018-19 Q1|milestoneOverdue ${addDays(today, -3)}`)];
    [[], log].forEach((entries) => {
      const all = linesOn(today, input([person(JAN, { milestones: everyDay })], [], entries));
      const windowed = linesOn(today, input([person(JAN, { milestones: inside })], [], entries));
      expect(windowed).toEqual(all);
    });
  });
});
