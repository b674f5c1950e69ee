import { emptyActionCounts, emptyMeasureCounts } from '../../../src/domain/reporting/atAGlance';
import { buildHeadlines, HeadlineFacts } from '../../../src/domain/reporting/headlines';
import { ActionCounts, MeasureCounts, OverdueItem, ReportChallenge } from '../../../src/domain/reporting/reportDocument';
import { ReportStrings } from '../../../src/domain/reporting/reportStrings';
import { CY_GB } from '../../../src/domain/reporting/reportStringsCyGb';
import { EN_GB } from '../../../src/domain/reporting/reportStringsEnGb';

/**
 * Every headline in English and Welsh, written out by hand for the counts where the languages'
 * words change: 0, 1, 2, 3, 6, 11 and 100 (Welsh: zero, one, two, few, many, other).
 */

function actions(counts: Partial<ActionCounts>): ActionCounts {
  const all = { ...emptyActionCounts(), ...counts };
  all.total = all.Blue + all.Green + all.Amber + all.Red + all.NoUpdate + all.NotDue + all.Withdrawn;
  return all;
}

function measures(counts: Partial<MeasureCounts>): MeasureCounts {
  const all = { ...emptyMeasureCounts(), ...counts };
  all.total = all.Green + all.Amber + all.Red + all.NoTarget + all.NoData + all.NotDue;
  return all;
}

function overdue(itemType: OverdueItem['itemType'], n: number): OverdueItem[] {
  return Array.from({ length: n }, (_, i) => ({
    itemType, itemRef: `1.${i}.`, owner: 'IB', dueDate: '2018-03-31', title: 'Late', ownerEmail: null, daysOverdue: 1
  }));
}

function challenges(critical: number, important: number): ReportChallenge[] {
  const one = (severity: ReportChallenge['severity'], i: number): ReportChallenge => ({
    ref: `Q4E0${i}`, severity, itemType: 'action', itemRef: `1.${i}.`, reason: '', title: '', objectiveRef: '1',
    status: 'Red', reasons: [], consecutiveQuarters: 1, remedialResponse: null
  });
  return Array.from({ length: critical }, (_, i) => one('critical', i)).concat(Array.from({ length: important }, (_, i) => one('important', i)));
}

function facts(partial: Partial<HeadlineFacts>): HeadlineFacts {
  return { actions: actions({}), measures: measures({}), overdue: [], challenges: [], ...partial };
}

const LANGUAGES: Array<[string, ReportStrings, number]> = [
  ['English', EN_GB, 0],
  ['Welsh', CY_GB, 1]
];

/** Each row gives the English sentence, then the Welsh one; `undefined` when none is written. */
type Both = [string | undefined, string | undefined];

describe.each(LANGUAGES)('%s headlines', (_language, strings, column) => {
  describe('planned work', () => {
    test.each<[string, Partial<ActionCounts>, Both]>([
      ['nothing planned', { NotDue: 2, Withdrawn: 1 },
        ['No planned work is in progress this quarter', "Nid oes gwaith wedi'i gynllunio ar y gweill y chwarter hwn"]],
      ['1 action, on track', { Green: 1 },
        ['All planned work is blue or green (1 action)', "Mae'r holl waith a gynlluniwyd yn las neu'n wyrdd (1 cam gweithredu)"]],
      ['1 action, off track', { Red: 1 },
        ['None of the planned work is blue or green (1 action)', "Nid oes dim o'r gwaith a gynlluniwyd yn las nac yn wyrdd (1 cam gweithredu)"]],
      ['2 actions, both on track', { Blue: 1, Green: 1 },
        ['All planned work is blue or green (2 actions)', "Mae'r holl waith a gynlluniwyd yn las neu'n wyrdd (2 gam gweithredu)"]],
      ['2 actions, one on track', { Green: 1, Amber: 1 },
        ['50% of planned work is blue or green (1 of 2 actions)', "Mae 50% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (1 cam gweithredu allan o 2)"]],
      // 1 of 3 = 33.3%, 2 of 3 = 66.7%: the spare point goes to the larger remainder.
      ['3 actions, one on track', { Green: 1, Red: 1, NoUpdate: 1 },
        ['33% of planned work is blue or green (1 of 3 actions)', "Mae 33% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (1 cam gweithredu allan o 3)"]],
      ['3 actions, two on track', { Blue: 1, Green: 1, Amber: 1 },
        ['67% of planned work is blue or green (2 of 3 actions)', "Mae 67% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (2 gam gweithredu allan o 3)"]],
      ['3 actions, none on track', { Amber: 2, Red: 1 },
        ['None of the planned work is blue or green (3 actions)', "Nid oes dim o'r gwaith a gynlluniwyd yn las nac yn wyrdd (3 cham gweithredu)"]],
      ['6 actions, three on track', { Green: 3, Amber: 2, Red: 1 },
        ['50% of planned work is blue or green (3 of 6 actions)', "Mae 50% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (3 cham gweithredu allan o 6)"]],
      ['6 actions, all on track', { Green: 6 },
        ['All planned work is blue or green (6 actions)', "Mae'r holl waith a gynlluniwyd yn las neu'n wyrdd (6 cham gweithredu)"]],
      // 6 of 11 = 54.5%, 5 of 11 = 45.5%: the spare point goes to the earlier of equal remainders.
      ['11 actions, six on track', { Blue: 2, Green: 4, Amber: 3, NoUpdate: 2 },
        ['55% of planned work is blue or green (6 of 11 actions)', "Mae 55% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (6 cham gweithredu allan o 11)"]],
      ['11 actions, all on track', { Blue: 11 },
        ['All planned work is blue or green (11 actions)', "Mae'r holl waith a gynlluniwyd yn las neu'n wyrdd (11 cam gweithredu)"]],
      ['100 actions, eleven on track', { Green: 11, Amber: 89 },
        ['11% of planned work is blue or green (11 of 100 actions)', "Mae 11% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (11 cam gweithredu allan o 100)"]],
      ['100 actions, none on track', { Red: 100 },
        ['None of the planned work is blue or green (100 actions)', "Nid oes dim o'r gwaith a gynlluniwyd yn las nac yn wyrdd (100 cam gweithredu)"]],
      // 5 of 7 = 71.4%.
      ['SPEC §6 example row', { Blue: 1, Green: 4, Amber: 2 },
        ['71% of planned work is blue or green (5 of 7 actions)', "Mae 71% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (5 cam gweithredu allan o 7)"]],
      ['not due and withdrawn actions are not planned work', { Blue: 1, Green: 2, Amber: 1, NotDue: 3, Withdrawn: 2 },
        ['75% of planned work is blue or green (3 of 4 actions)', "Mae 75% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (3 cham gweithredu allan o 4)"]],
      ['a missing update counts against planned work', { Green: 3, NoUpdate: 1 },
        ['75% of planned work is blue or green (3 of 4 actions)', "Mae 75% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (3 cham gweithredu allan o 4)"]]
    ])('%s', (_name, counts, expected) => {
      expect(buildHeadlines(facts({ actions: actions(counts) }), strings)[0]).toBe(expected[column]);
    });
  });

  describe('measures against target', () => {
    test.each<[string, Partial<MeasureCounts>, Both]>([
      ['1 measure, met', { Green: 1 },
        ['The only measure rated against a target met it', 'Cyrhaeddodd yr unig fesur a raddiwyd yn erbyn targed ei darged']],
      ['1 measure, Amber', { Amber: 1 },
        ['The only measure rated against a target missed it within the tolerance',
          'Methodd yr unig fesur a raddiwyd yn erbyn targed ei darged o fewn y goddefiant']],
      ['1 measure, Red', { Red: 1 },
        ['The only measure rated against a target missed it by more than the tolerance',
          "Methodd yr unig fesur a raddiwyd yn erbyn targed ei darged o fwy na'r goddefiant"]],
      ['2 measures, both met', { Green: 2 },
        ['Both measures rated against a target met it', 'Cyrhaeddodd y ddau fesur a raddiwyd yn erbyn targed eu targed']],
      ['2 measures, both Red (issue 12)', { Red: 2 },
        ['Neither of the 2 measures rated against a target met it; both missed it by more than the tolerance',
          "Ni chyrhaeddodd yr un o'r ddau fesur a raddiwyd yn erbyn targed ei darged; methodd y ddau o fwy na'r goddefiant"]],
      ['2 measures, one met, one Amber', { Green: 1, Amber: 1 },
        ['1 of 2 measures rated against a target met it (50%); 1 missed it within the tolerance (50%)',
          "Cyrhaeddodd 1 o'r 2 fesur a raddiwyd yn erbyn targed ei darged (50%); methodd 1 o fewn y goddefiant (50%)"]],
      ['2 measures, one Amber, one Red', { Amber: 1, Red: 1 },
        ['Neither of the 2 measures rated against a target met it; 1 missed it within the tolerance (50%) and 1 by more than the tolerance (50%)',
          "Ni chyrhaeddodd yr un o'r ddau fesur a raddiwyd yn erbyn targed ei darged; methodd 1 o fewn y goddefiant (50%) a methodd 1 o fwy na'r goddefiant (50%)"]],
      // Thirds: 33.3% each; the spare point goes to the first of equal remainders (met).
      ['3 measures, one of each', { Green: 1, Amber: 1, Red: 1 },
        ['1 of 3 measures rated against a target met it (34%); 1 missed it within the tolerance (33%) and 1 by more than the tolerance (33%)',
          "Cyrhaeddodd 1 o'r 3 mesur a raddiwyd yn erbyn targed ei darged (34%); methodd 1 o fewn y goddefiant (33%) a methodd 1 o fwy na'r goddefiant (33%)"]],
      ['3 measures, all met', { Green: 3 },
        ['All 3 measures rated against a target met it', "Cyrhaeddodd pob un o'r 3 mesur a raddiwyd yn erbyn targed ei darged"]],
      ['3 measures, all Amber', { Amber: 3 },
        ['None of the 3 measures rated against a target met it; all 3 missed it within the tolerance',
          "Ni chyrhaeddodd yr un o'r 3 mesur a raddiwyd yn erbyn targed ei darged; methodd pob un o fewn y goddefiant"]],
      ['6 measures, all met', { Green: 6 },
        ['All 6 measures rated against a target met it', "Cyrhaeddodd pob un o'r 6 mesur a raddiwyd yn erbyn targed ei darged"]],
      // 2 of 6 = 33.3%, 4 of 6 = 66.7%.
      ['6 measures, two met, four Red', { Green: 2, Red: 4 },
        ['2 of 6 measures rated against a target met it (33%); 4 missed it by more than the tolerance (67%)',
          "Cyrhaeddodd 2 o'r 6 mesur a raddiwyd yn erbyn targed ei darged (33%); methodd 4 o fwy na'r goddefiant (67%)"]],
      // 45.5%, 36.4%, 18.2%: the spare point to the largest remainder (.45, met).
      ['11 measures, 5 met, 4 Amber, 2 Red', { Green: 5, Amber: 4, Red: 2 },
        ['5 of 11 measures rated against a target met it (46%); 4 missed it within the tolerance (36%) and 2 by more than the tolerance (18%)',
          "Cyrhaeddodd 5 o'r 11 mesur a raddiwyd yn erbyn targed ei darged (46%); methodd 4 o fewn y goddefiant (36%) a methodd 2 o fwy na'r goddefiant (18%)"]],
      ['11 measures, all Red', { Red: 11 },
        ['None of the 11 measures rated against a target met it; all 11 missed it by more than the tolerance',
          "Ni chyrhaeddodd yr un o'r 11 mesur a raddiwyd yn erbyn targed ei darged; methodd pob un o fwy na'r goddefiant"]],
      ['100 measures, all met', { Green: 100 },
        ['All 100 measures rated against a target met it', "Cyrhaeddodd pob un o'r 100 mesur a raddiwyd yn erbyn targed ei darged"]],
      ['100 measures, 99 met, 1 Amber', { Green: 99, Amber: 1 },
        ['99 of 100 measures rated against a target met it (99%); 1 missed it within the tolerance (1%)',
          "Cyrhaeddodd 99 o'r 100 mesur a raddiwyd yn erbyn targed ei darged (99%); methodd 1 o fewn y goddefiant (1%)"]],
      ['the SPEC example: 20 measures', { Green: 9, Amber: 8, Red: 3 },
        ['9 of 20 measures rated against a target met it (45%); 8 missed it within the tolerance (40%) and 3 by more than the tolerance (15%)',
          "Cyrhaeddodd 9 o'r 20 mesur a raddiwyd yn erbyn targed ei darged (45%); methodd 8 o fewn y goddefiant (40%) a methodd 3 o fwy na'r goddefiant (15%)"]],
      ['not rated, no data and not due are left out of the count', { Green: 1, Red: 1, NoTarget: 3, NoData: 5, NotDue: 2 },
        ['1 of 2 measures rated against a target met it (50%); 1 missed it by more than the tolerance (50%)',
          "Cyrhaeddodd 1 o'r 2 fesur a raddiwyd yn erbyn targed ei darged (50%); methodd 1 o fwy na'r goddefiant (50%)"]]
    ])('%s', (_name, counts, expected) => {
      expect(buildHeadlines(facts({ measures: measures(counts) }), strings)[1]).toBe(expected[column]);
    });

    test('no measure rated against a target, no sentence about targets met', () => {
      const lines = buildHeadlines(facts({ measures: measures({ NoTarget: 2, NoData: 1, NotDue: 4 }) }), strings);
      expect(lines.filter((line) => /rated against a target|a raddiwyd yn erbyn targed/.test(line))).toEqual([]);
    });
  });

  const COUNTS = [0, 1, 2, 3, 6, 11, 100];

  /** The headline a fact gives at each count; `undefined` when no headline is written. */
  function sentencesAt(build: (n: number) => Partial<HeadlineFacts>, pick: RegExp): Array<string | undefined> {
    return COUNTS.map((n) => buildHeadlines(facts(build(n)), strings).filter((line) => pick.test(line))[0]);
  }

  test('measures with a value but no target are not rated', () => {
    expect(sentencesAt((n) => ({ measures: measures({ NoTarget: n }) }), /not rated|heb e[iu] (g)?raddio/)).toEqual(
      [
        [undefined, undefined],
        ['1 measure has a value but no target, so it is not rated', 'Mae 1 mesur heb ei raddio: mae ganddo werth ond dim targed'],
        ['2 measures have a value but no target, so they are not rated', 'Mae 2 fesur heb eu graddio: mae ganddynt werth ond dim targed'],
        ['3 measures have a value but no target, so they are not rated', 'Mae 3 mesur heb eu graddio: mae ganddynt werth ond dim targed'],
        ['6 measures have a value but no target, so they are not rated', 'Mae 6 mesur heb eu graddio: mae ganddynt werth ond dim targed'],
        ['11 measures have a value but no target, so they are not rated', 'Mae 11 mesur heb eu graddio: mae ganddynt werth ond dim targed'],
        ['100 measures have a value but no target, so they are not rated', 'Mae 100 mesur heb eu graddio: mae ganddynt werth ond dim targed']
      ].map((both) => both[column])
    );
  });

  test('measures without data', () => {
    expect(sentencesAt((n) => ({ measures: measures({ NoData: n }) }), /no data|heb ddata/)).toEqual(
      [
        [undefined, undefined],
        ['1 measure has no data this quarter', 'Mae 1 mesur heb ddata y chwarter hwn'],
        ['2 measures have no data this quarter', 'Mae 2 fesur heb ddata y chwarter hwn'],
        ['3 measures have no data this quarter', 'Mae 3 mesur heb ddata y chwarter hwn'],
        ['6 measures have no data this quarter', 'Mae 6 mesur heb ddata y chwarter hwn'],
        ['11 measures have no data this quarter', 'Mae 11 mesur heb ddata y chwarter hwn'],
        ['100 measures have no data this quarter', 'Mae 100 mesur heb ddata y chwarter hwn']
      ].map((both) => both[column])
    );
  });

  test('actions without an update', () => {
    expect(sentencesAt((n) => ({ actions: actions({ NoUpdate: n }) }), /no update|heb ddiweddariad/)).toEqual(
      [
        [undefined, undefined],
        ['1 action has no update this quarter', 'Mae 1 cam gweithredu heb ddiweddariad y chwarter hwn'],
        ['2 actions have no update this quarter', 'Mae 2 gam gweithredu heb ddiweddariad y chwarter hwn'],
        ['3 actions have no update this quarter', 'Mae 3 cham gweithredu heb ddiweddariad y chwarter hwn'],
        ['6 actions have no update this quarter', 'Mae 6 cham gweithredu heb ddiweddariad y chwarter hwn'],
        ['11 actions have no update this quarter', 'Mae 11 cam gweithredu heb ddiweddariad y chwarter hwn'],
        ['100 actions have no update this quarter', 'Mae 100 cam gweithredu heb ddiweddariad y chwarter hwn']
      ].map((both) => both[column])
    );
  });

  test('actions whose updates are not due yet are awaited, with the day they are due', () => {
    expect(sentencesAt((n) => ({ actions: actions({ NoUpdate: n }), updatesDueLater: '2020-04-24' }), /no update|heb ddiweddariad/)).toEqual(
      [
        [undefined, undefined],
        ['1 action has no update yet: updates are due by 24 April 2020', "Mae 1 cam gweithredu heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn 24 Ebrill 2020"],
        ['2 actions have no update yet: updates are due by 24 April 2020', "Mae 2 gam gweithredu heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn 24 Ebrill 2020"],
        ['3 actions have no update yet: updates are due by 24 April 2020', "Mae 3 cham gweithredu heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn 24 Ebrill 2020"],
        ['6 actions have no update yet: updates are due by 24 April 2020', "Mae 6 cham gweithredu heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn 24 Ebrill 2020"],
        ['11 actions have no update yet: updates are due by 24 April 2020', "Mae 11 cam gweithredu heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn 24 Ebrill 2020"],
        ['100 actions have no update yet: updates are due by 24 April 2020', "Mae 100 cam gweithredu heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn 24 Ebrill 2020"]
      ].map((both) => both[column])
    );
  });

  test.each<[string, Both]>([
    ['2019-01-03', ['3 January 2019', '3 Ionawr 2019']],
    ['2019-02-28', ['28 February 2019', '28 Chwefror 2019']],
    ['2019-07-31', ['31 July 2019', '31 Gorffennaf 2019']],
    ['2018-10-01', ['1 October 2018', '1 Hydref 2018']],
    ['2019-12-09', ['9 December 2019', '9 Rhagfyr 2019']]
  ])('updates due on %s are due by %j', (due, expected) => {
    const [line] = buildHeadlines(facts({ actions: actions({ NoUpdate: 1 }), updatesDueLater: due }), strings).filter((text) => /no update|heb ddiweddariad/.test(text));
    expect(line.endsWith(` ${expected[column]}`)).toBe(true);
  });

  test('overdue actions, said even when there are none', () => {
    expect(sentencesAt((n) => ({ overdue: overdue('action', n) }), /overdue|yn hwyr/)).toEqual(
      [
        ['No actions are overdue', 'Nid oes unrhyw gamau gweithredu yn hwyr'],
        ['1 action is overdue', 'Mae 1 cam gweithredu yn hwyr'],
        ['2 actions are overdue', 'Mae 2 gam gweithredu yn hwyr'],
        ['3 actions are overdue', 'Mae 3 cham gweithredu yn hwyr'],
        ['6 actions are overdue', 'Mae 6 cham gweithredu yn hwyr'],
        ['11 actions are overdue', 'Mae 11 cam gweithredu yn hwyr'],
        ['100 actions are overdue', 'Mae 100 cam gweithredu yn hwyr']
      ].map((both) => both[column])
    );
  });

  test('overdue milestones', () => {
    expect(sentencesAt((n) => ({ overdue: overdue('milestone', n) }), /milestone|filltir/)).toEqual(
      [
        [undefined, undefined],
        ['1 milestone is overdue', 'Mae 1 garreg filltir yn hwyr'],
        ['2 milestones are overdue', 'Mae 2 garreg filltir yn hwyr'],
        ['3 milestones are overdue', 'Mae 3 carreg filltir yn hwyr'],
        ['6 milestones are overdue', 'Mae 6 charreg filltir yn hwyr'],
        ['11 milestones are overdue', 'Mae 11 carreg filltir yn hwyr'],
        ['100 milestones are overdue', 'Mae 100 carreg filltir yn hwyr']
      ].map((both) => both[column])
    );
  });

  test.each<[number, number, Both]>([
    [0, 0, ['No performance challenges this quarter', 'Nid oes heriau perfformiad y chwarter hwn']],
    [1, 0, ['1 performance challenge, which is critical', "1 her perfformiad, sy'n hollbwysig"]],
    [0, 1, ['1 performance challenge, which is important', "1 her perfformiad, sy'n bwysig"]],
    [2, 0, ['2 performance challenges, both critical', "2 her perfformiad, y ddwy'n hollbwysig"]],
    [0, 2, ['2 performance challenges, both important', "2 her perfformiad, y ddwy'n bwysig"]],
    [3, 0, ['3 performance challenges, all critical', '3 her perfformiad, pob un yn hollbwysig']],
    [2, 1, ['3 performance challenges: 2 critical and 1 important', '3 her perfformiad: 2 yn hollbwysig, 1 yn bwysig']],
    [0, 6, ['6 performance challenges, all important', '6 her perfformiad, pob un yn bwysig']],
    [1, 10, ['11 performance challenges: 1 critical and 10 important', '11 her perfformiad: 1 yn hollbwysig, 10 yn bwysig']],
    [100, 0, ['100 performance challenges, all critical', '100 her perfformiad, pob un yn hollbwysig']]
  ])('%i critical and %i important challenges', (critical, important, expected) => {
    const lines = buildHeadlines(facts({ challenges: challenges(critical, important) }), strings);
    expect(lines[lines.length - 1]).toBe(expected[column]);
  });

  test('headlines come in a fixed order', () => {
    const lines = buildHeadlines(
      {
        actions: actions({ Blue: 1, Green: 2, Amber: 0, NoUpdate: 1 }),
        measures: measures({ Green: 1, Amber: 1, NoTarget: 2, NoData: 1 }),
        overdue: overdue('action', 1).concat(overdue('milestone', 2)),
        challenges: challenges(0, 1)
      },
      strings
    );
    expect(lines).toEqual(
      [
        [
          '75% of planned work is blue or green (3 of 4 actions)',
          '1 of 2 measures rated against a target met it (50%); 1 missed it within the tolerance (50%)',
          '2 measures have a value but no target, so they are not rated',
          '1 measure has no data this quarter',
          '1 action has no update this quarter',
          '1 action is overdue',
          '2 milestones are overdue',
          '1 performance challenge, which is important'
        ],
        [
          "Mae 75% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (3 cham gweithredu allan o 4)",
          "Cyrhaeddodd 1 o'r 2 fesur a raddiwyd yn erbyn targed ei darged (50%); methodd 1 o fewn y goddefiant (50%)",
          'Mae 2 fesur heb eu graddio: mae ganddynt werth ond dim targed',
          'Mae 1 mesur heb ddata y chwarter hwn',
          'Mae 1 cam gweithredu heb ddiweddariad y chwarter hwn',
          'Mae 1 cam gweithredu yn hwyr',
          'Mae 2 garreg filltir yn hwyr',
          "1 her perfformiad, sy'n bwysig"
        ]
      ][column]
    );
  });
});

test('English is the default language', () => {
  expect(buildHeadlines(facts({}))).toEqual(['No planned work is in progress this quarter', 'No actions are overdue', 'No performance challenges this quarter']);
});
