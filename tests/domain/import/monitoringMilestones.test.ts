import { parseMonitoringMilestones } from '../../../src/domain/import/monitoringMilestones';

/** Cells of seed 004's "Monitoring / Milestones" column, as the source document's paragraphs. */
const R1_A_1 = [
  '<p>Dec 2019: North Powys OLEVI programme and sharing of good practice within conference, training and senior leader agenda items.</p>',
  '<p>April 2020: Evaluation of 2018 / 2019 OLEVI programme and bespoke training on data walls and LWT across secondary schools undertaken.</p>',
  '<p>July 2020: Evaluation of 2019 / 2020 OLEVI programme and use of Lesson Box as part of school professional development programme.</p>'
].join('\n');

const R1_B_1 = [
  'Termly meetings with ERW Secondary Support Group are used to evaluate that individual schools make strong progress against Estyn recommendation / PIAP / SDP targets.',
  'Reports from School Improvement Boards show that all schools are making the expected progress against their PIAP.',
  'March 2020 – Most recommendations of those schools attending SIBs have improved.',
  'Individual schools make strong progress against leadership categorisation.',
  'July 2020 – Nearly all recommendations of schools attending SIBs display positive progress.'
].join('\n');

describe('parseMonitoringMilestones', () => {
  test('dated paragraphs become milestones due at the end of their month', () => {
    expect(parseMonitoringMilestones(R1_A_1)).toEqual({
      milestones: [
        { dueDate: '2019-12-31', title: 'North Powys OLEVI programme and sharing of good practice within conference, training and senior leader agenda items.' },
        { dueDate: '2020-04-30', title: 'Evaluation of 2018 / 2019 OLEVI programme and bespoke training on data walls and LWT across secondary schools undertaken.' },
        { dueDate: '2020-07-31', title: 'Evaluation of 2019 / 2020 OLEVI programme and use of Lesson Box as part of school professional development programme.' }
      ],
      notes: []
    });
  });

  test('undated lines are kept, in order, as monitoring notes', () => {
    expect(parseMonitoringMilestones(R1_B_1)).toEqual({
      milestones: [
        { dueDate: '2020-03-31', title: 'Most recommendations of those schools attending SIBs have improved.' },
        { dueDate: '2020-07-31', title: 'Nearly all recommendations of schools attending SIBs display positive progress.' }
      ],
      notes: [
        'Termly meetings with ERW Secondary Support Group are used to evaluate that individual schools make strong progress against Estyn recommendation / PIAP / SDP targets.',
        'Reports from School Improvement Boards show that all schools are making the expected progress against their PIAP.',
        'Individual schools make strong progress against leadership categorisation.'
      ]
    });
  });

  test.each([
    ['Dec 2019: North Powys OLEVI programme', '2019-12-31', 'North Powys OLEVI programme'],
    ['April 2020: Evaluation of 2018 / 2019 OLEVI programme', '2020-04-30', 'Evaluation of 2018 / 2019 OLEVI programme'],
    ['March 2020 – Most recommendations have improved.', '2020-03-31', 'Most recommendations have improved.'],
    ['Jan 2021 – Above 85% primary schools and 65% secondary schools categorised as A or B', '2021-01-31', 'Above 85% primary schools and 65% secondary schools categorised as A or B'],
    ['December 2019 - All secondary schools to be challenged during SV1', '2019-12-31', 'All secondary schools to be challenged during SV1'],
    ['Feb 2020 – Entry / exit criteria produced', '2020-02-29', 'Entry / exit criteria produced'],
    ['Dec 2109 Analysis of gap in central services', '2109-12-31', 'Analysis of gap in central services'],
    ['• Sept 2020: Pilot evaluated', '2020-09-30', 'Pilot evaluated'],
    ['4 Nov 2019: Support starts', '2019-11-04', 'Support starts'],
    ['31/03/2020 - Vision shared', '2020-03-31', 'Vision shared']
  ])('"%s" is due %s: "%s"', (line, dueDate, title) => {
    expect(parseMonitoringMilestones(line)).toEqual({ milestones: [{ dueDate, title }], notes: [] });
  });

  test.each([
    ['Attendance by March 2020 – at least 94.4%'],
    ['Termly attendance updates to SSMT'],
    ['Dec 2019'],
    ['Smarch 2020: not a month'],
    ['During SV2 & SV3 evaluate how well schools use information']
  ])('"%s" is a note', (line) => {
    expect(parseMonitoringMilestones(line)).toEqual({ milestones: [], notes: [line] });
  });

  test('an empty cell has neither', () => {
    expect(parseMonitoringMilestones(' \n <p></p> ')).toEqual({ milestones: [], notes: [] });
  });
});
