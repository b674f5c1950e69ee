import { ReminderKind } from '../../../src/domain/reminders/reminderTypes';
import { ReminderLanguage } from '../../../src/reminders/contracts';
import { mailSection } from '../../../src/reminders/messages/mailSection';
import { DIGESTS, digest, LINKS, milestoneRow, requestRow, SITE, updateRow } from './digests';

/** What each kind of digest says, in English and Welsh: sentences written out by hand. */

const section = (kind: ReminderKind, language: ReminderLanguage) => mailSection(DIGESTS[kind], language, LINKS, SITE);

describe('the subject and intro of each kind of reminder', () => {
  test.each<[ReminderKind, ReminderLanguage, string, string]>([
    ['updateDueSoon', 'en-GB', 'Quarterly updates for Q4 2017-18 due on 12 April 2018',
      'Your quarterly updates for Q4 2017-18 are due on 12 April 2018, in 7 days. You have 3 updates still to write.'],
    ['updateDueSoon', 'cy-GB', 'Diweddariadau chwarterol ar gyfer Ch4 2017-18 yn ddyledus ar 12 Ebrill 2018',
      'Mae eich diweddariadau chwarterol ar gyfer Ch4 2017-18 yn ddyledus ar 12 Ebrill 2018, ymhen 7 diwrnod. Mae gennych 3 diweddariad heb eu hysgrifennu eto.'],
    ['updateOverdue', 'en-GB', 'Quarterly updates for Q4 2017-18 are overdue',
      'Your quarterly updates for Q4 2017-18 were due on 12 April 2018 and are now 1 day overdue. You still have 2 updates to write.'],
    ['updateOverdue', 'cy-GB', 'Mae diweddariadau chwarterol ar gyfer Ch4 2017-18 yn hwyr',
      'Roedd eich diweddariadau chwarterol ar gyfer Ch4 2017-18 yn ddyledus ar 12 Ebrill 2018, ac maen nhw bellach 1 diwrnod yn hwyr. Mae gennych 2 ddiweddariad heb eu hysgrifennu o hyd.'],
    ['milestoneDueSoon', 'en-GB', 'Milestones due by 19 April 2018',
      'You have 2 milestones due in the next 7 days, by 19 April 2018. Mark each one done in My milestones when it is complete, or ask for a new deadline.'],
    ['milestoneDueSoon', 'cy-GB', 'Cerrig milltir yn ddyledus erbyn 19 Ebrill 2018',
      "Mae gennych 2 garreg filltir sy'n ddyledus yn ystod y 7 diwrnod nesaf, erbyn 19 Ebrill 2018. Marciwch bob un yn gyflawn yn Fy ngherrig milltir pan fydd wedi'i chwblhau, neu gofynnwch am ddyddiad cau newydd."],
    ['milestoneOverdue', 'en-GB', 'Milestones past their due date',
      'You have 1 milestone past the due date and not marked done. Mark it done in My milestones when it is complete, or ask for a new deadline.'],
    ['milestoneOverdue', 'cy-GB', "Cerrig milltir sydd wedi mynd heibio i'r dyddiad dyledus",
      "Mae gennych 1 garreg filltir sydd wedi mynd heibio i'r dyddiad dyledus heb ei marcio'n gyflawn. Marciwch hi'n gyflawn yn Fy ngherrig milltir pan fydd wedi'i chwblhau, neu gofynnwch am ddyddiad cau newydd."],
    ['escalationDigest', 'en-GB', 'Quarterly updates for Q4 2017-18 missing in the plans you lead',
      'Quarterly updates for Q4 2017-18 were due on 12 April 2018. In the plans you lead, 3 updates from 2 people are still missing.'],
    ['escalationDigest', 'cy-GB', 'Diweddariadau chwarterol ar gyfer Ch4 2017-18 ar goll yn y cynlluniau rydych yn eu harwain',
      'Roedd diweddariadau chwarterol ar gyfer Ch4 2017-18 yn ddyledus ar 12 Ebrill 2018. Yn y cynlluniau rydych yn eu harwain, mae 3 diweddariad gan 2 berson ar goll o hyd.'],
    ['decisionsWaiting', 'en-GB', 'Deadline change requests waiting for your decision',
      '2 deadline change requests in the plans you lead are waiting for your decision.'],
    ['decisionsWaiting', 'cy-GB', 'Ceisiadau i newid dyddiad cau yn aros am eich penderfyniad',
      'Mae 2 gais i newid dyddiad cau yn y cynlluniau rydych yn eu harwain yn aros am eich penderfyniad.']
  ])('%s in %s', (kind, language, subject, intro) => {
    const written = section(kind, language);
    expect(written.subject).toBe(subject);
    expect(written.intro).toBe(intro);
    expect(written.greeting).toBe(language === 'cy-GB' ? 'Annwyl Alex Jones,' : 'Dear Alex Jones,');
    expect(written.language).toBe(language);
  });
});

describe('the items each reminder lists', () => {
  test.each<[ReminderKind, ReminderLanguage, Array<[string, Array<[string, string]>]>]>([
    ['updateDueSoon', 'en-GB', [
      ['Reduce the attainment gap', [['Plan', 'Corporate Plan'], ['Reference', '1.a.'], ['Due date', '12 April 2018 (due in 7 days)']]],
      ['Open the new library', [['Plan', 'Corporate Plan'], ['Reference', '2.b.'], ['Due date', '12 April 2018 (due in 7 days)']]],
      ['Recruit social workers', [['Plan', 'Wellbeing Plan'], ['Reference', 'R1.a.2'], ['Due date', '12 April 2018 (due in 7 days)']]]
    ]],
    ['updateOverdue', 'cy-GB', [
      ['Reduce the attainment gap', [['Cynllun', 'Corporate Plan'], ['Cyfeirnod', '1.a.'], ['Dyddiad dyledus', '12 Ebrill 2018 (1 diwrnod yn hwyr)']]],
      ['Open the new library', [['Cynllun', 'Corporate Plan'], ['Cyfeirnod', '2.b.'], ['Dyddiad dyledus', '12 Ebrill 2018 (1 diwrnod yn hwyr)']]]
    ]],
    ['milestoneDueSoon', 'cy-GB', [
      ['Pilot in six schools', [['Cynllun', 'Corporate Plan'], ['Cyfeirnod', '1.a.'], ['Dyddiad dyledus', '19 Ebrill 2018 (yn ddyledus ymhen 7 diwrnod)']]],
      ['Sign the lease', [['Cynllun', 'Corporate Plan'], ['Cyfeirnod', '2.b.'], ['Dyddiad dyledus', '19 Ebrill 2018 (yn ddyledus ymhen 7 diwrnod)']]]
    ]],
    ['milestoneOverdue', 'en-GB', [
      ['Pilot in six schools', [['Plan', 'Corporate Plan'], ['Reference', '1.a.'], ['Due date', '11 April 2018 (1 day overdue)']]]
    ]],
    ['decisionsWaiting', 'en-GB', [
      ['Resurface the A55 slip road', [['Plan', 'Corporate Plan'], ['Reference', '3.c.'], ['Current deadline', '30 April 2018 (due in 18 days)'],
        ['Date asked for', '30 June 2018'], ['Asked by', 'Siân Ŵyn']]],
      ['Publish the Welsh language strategy', [['Plan', 'Corporate Plan'], ['Reference', '4.a.'], ['Current deadline', '30 April 2018 (due in 18 days)'],
        ['Date asked for', '30 June 2018'], ['Asked by', 'Siân Ŵyn']]]
    ]],
    ['decisionsWaiting', 'cy-GB', [
      ['Resurface the A55 slip road', [['Cynllun', 'Corporate Plan'], ['Cyfeirnod', '3.c.'], ['Dyddiad cau presennol', '30 Ebrill 2018 (yn ddyledus ymhen 18 diwrnod)'],
        ['Y dyddiad y gofynnwyd amdano', '30 Mehefin 2018'], ['Gofynnwyd gan', 'Siân Ŵyn']]],
      ['Publish the Welsh language strategy', [['Cynllun', 'Corporate Plan'], ['Cyfeirnod', '4.a.'], ['Dyddiad cau presennol', '30 Ebrill 2018 (yn ddyledus ymhen 18 diwrnod)'],
        ['Y dyddiad y gofynnwyd amdano', '30 Mehefin 2018'], ['Gofynnwyd gan', 'Siân Ŵyn']]]
    ]]
  ])('%s in %s: one unheaded list', (kind, language, items) => {
    const { groups } = section(kind, language);
    expect(groups).toEqual([{ items: items.map(([title, lines]) => ({ title, lines })) }]);
  });

  test.each<[ReminderLanguage, string[]]>([
    ['en-GB', ['Bethan Ŷ: 2 updates missing', 'Carys Lloyd: 1 update missing']],
    ['cy-GB', ['Bethan Ŷ: 2 ddiweddariad ar goll', 'Carys Lloyd: 1 diweddariad ar goll']]
  ])('an escalation in %s lists each owner\'s missing updates under their name, in the order the digest names them', (language, headings) => {
    const { groups } = section('escalationDigest', language);
    expect(groups.map((group) => group.heading)).toEqual(headings);
    expect(groups.map((group) => group.items.map((item) => item.title))).toEqual([
      ['Reduce the attainment gap', 'Open the new library'],
      ['Free school meals uptake']
    ]);
  });

  test('an escalation row with no owner is listed under "Owner not known"', () => {
    const row = { ...updateRow(5, '5.a.', 'Road safety', 'Corporate Plan', { daysOverdue: 3, daysUntilDue: 0 }) };
    delete row.owner;
    const written = mailSection(digest('escalationDigest', [row], { updatesDue: '2018-04-12' }), 'en-GB', LINKS, SITE);
    expect(written.groups.map((group) => group.heading)).toEqual(['Owner not known: 1 update missing']);
    expect(written.intro).toBe('Quarterly updates for Q4 2017-18 were due on 12 April 2018. In the plans you lead, 1 update from 1 person is still missing.');
  });
});

describe('counts, as each language says them', () => {
  const updates = (count: number) => Array.from({ length: count }, (_, i) => updateRow(i + 1, `${i + 1}.a.`, 'Action', 'Corporate Plan', { daysOverdue: 0, daysUntilDue: 14 }));
  const milestones = (count: number, days: number) => Array.from({ length: count }, (_, i) => milestoneRow(i + 1, `${i + 1}.a.`, 'Milestone', '2018-04-19', { daysOverdue: 0, daysUntilDue: days }));
  const requests = (count: number) => Array.from({ length: count }, (_, i) => requestRow(i + 1, `${i + 1}.a.`, 'Action'));

  test.each<[number, string, string]>([
    [1, 'You have 1 update still to write.', 'Mae gennych 1 diweddariad heb ei ysgrifennu eto.'],
    [2, 'You have 2 updates still to write.', 'Mae gennych 2 ddiweddariad heb eu hysgrifennu eto.'],
    [3, 'You have 3 updates still to write.', 'Mae gennych 3 diweddariad heb eu hysgrifennu eto.'],
    [6, 'You have 6 updates still to write.', 'Mae gennych 6 diweddariad heb eu hysgrifennu eto.'],
    [11, 'You have 11 updates still to write.', 'Mae gennych 11 diweddariad heb eu hysgrifennu eto.']
  ])('%i updates due in 14 days', (count, english, welsh) => {
    const due = digest('updateDueSoon', updates(count), { updatesDue: '2018-04-26' });
    expect(mailSection(due, 'en-GB', LINKS, SITE).intro).toBe(`Your quarterly updates for Q4 2017-18 are due on 26 April 2018, in 14 days. ${english}`);
    expect(mailSection(due, 'cy-GB', LINKS, SITE).intro).toBe(`Mae eich diweddariadau chwarterol ar gyfer Ch4 2017-18 yn ddyledus ar 26 Ebrill 2018, ymhen 14 diwrnod. ${welsh}`);
  });

  test.each<[number, number, string, string]>([
    [1, 0, 'You have 1 milestone due today, 19 April 2018.', "Mae gennych 1 garreg filltir sy'n ddyledus heddiw, 19 Ebrill 2018."],
    [2, 1, 'You have 2 milestones due tomorrow, 19 April 2018.', "Mae gennych 2 garreg filltir sy'n ddyledus yfory, 19 Ebrill 2018."],
    [3, 2, 'You have 3 milestones due in the next 2 days, by 19 April 2018.', "Mae gennych 3 carreg filltir sy'n ddyledus yn ystod y 2 ddiwrnod nesaf, erbyn 19 Ebrill 2018."],
    [4, 7, 'You have 4 milestones due in the next 7 days, by 19 April 2018.', "Mae gennych 4 carreg filltir sy'n ddyledus yn ystod y 7 diwrnod nesaf, erbyn 19 Ebrill 2018."],
    [6, 7, 'You have 6 milestones due in the next 7 days, by 19 April 2018.', "Mae gennych 6 charreg filltir sy'n ddyledus yn ystod y 7 diwrnod nesaf, erbyn 19 Ebrill 2018."]
  ])('%i milestones due in %i days', (count, days, english, welsh) => {
    const due = digest('milestoneDueSoon', milestones(count, days));
    expect(mailSection(due, 'en-GB', LINKS, SITE).intro.startsWith(english)).toBe(true);
    expect(mailSection(due, 'cy-GB', LINKS, SITE).intro.startsWith(welsh)).toBe(true);
  });

  test.each<[number, string, string]>([
    [1, '1 deadline change request in the plans you lead is waiting', 'Mae 1 cais i newid'],
    [2, '2 deadline change requests in the plans you lead are waiting', 'Mae 2 gais i newid'],
    [3, '3 deadline change requests in the plans you lead are waiting', 'Mae 3 chais i newid'],
    [6, '6 deadline change requests in the plans you lead are waiting', 'Mae 6 chais i newid'],
    [4, '4 deadline change requests in the plans you lead are waiting', 'Mae 4 cais i newid']
  ])('%i change requests waiting', (count, english, welsh) => {
    const waiting = digest('decisionsWaiting', requests(count));
    expect(mailSection(waiting, 'en-GB', LINKS, SITE).intro.startsWith(english)).toBe(true);
    expect(mailSection(waiting, 'cy-GB', LINKS, SITE).intro.startsWith(welsh)).toBe(true);
  });
});

test('a digest with no rows is refused, naming it', () => {
  expect(() => mailSection(digest('milestoneOverdue', []), 'en-GB', LINKS, SITE)).toThrow(/alex\.jones@contoso\.gov\.uk\|2017-18 Q4\|milestoneOverdue has no rows/);
});
