import { dashboardProps } from '../../../src/webparts/dashboard/dashboardProps';
import { IDashboardServices } from '../../../src/webparts/dashboard/components/IDashboardProps';
import { measureBucketOf } from '../../../src/webparts/dashboard/components/drill';
import { ReportMeasure } from '../../../src/domain/reporting';

const services = {} as IDashboardServices;
const page = { user: { name: 'Cabinet Member', email: 'cabinet.member@powys.example' }, today: '2020-04-06', now: () => new Date(), strings: {} as never };

describe('dashboardProps: what the property pane sets becomes the root component\'s props', () => {
  test('empty properties leave the plan, objective and quarter to the page, and show every section', () => {
    const props = dashboardProps(services, page, { plan: '', objective: '', period: '' });
    expect([props.plan, props.objective, props.period]).toEqual([undefined, undefined, undefined]);
    expect(props.sections).toEqual(['glance', 'travel', 'headlines', 'challenges', 'overdue', 'measures', 'risks', 'export']);
  });

  test('a fixed quarter is read from its key, and sections switched off are left out', () => {
    const props = dashboardProps(services, page, { plan: 'SEP', objective: 'R1', period: '2019-20 Q4', sections: { travel: false, risks: false, export: true } });
    expect(props.period).toEqual({ financialYear: '2019-20', quarter: 'Q4' });
    expect([props.plan, props.objective]).toEqual(['SEP', 'R1']);
    expect(props.sections).toEqual(['glance', 'headlines', 'challenges', 'overdue', 'measures', 'export']);
  });

  test.each([['', undefined], ['Q4', undefined], ['2019-20 Q5', undefined]])('a period property of %p fixes no quarter', (period, expected) => {
    expect(dashboardProps(services, page, { plan: '', objective: '', period }).period).toEqual(expected);
  });
});

describe('measureBucketOf: the at-a-glance column a measure is counted in for the quarter', () => {
  const measure = (periods: ReportMeasure['periods']): ReportMeasure => ({ periods } as ReportMeasure);
  const cell = (rag: string) => ({ value: 1, rag, trend: null, note: null }) as never;
  test.each([
    ['a quarterly measure: its cell for the quarter', measure({ Q1: cell('Red'), Q2: cell('Green') }), 'Q2', 'Green'],
    ['an annual measure before Q4: its outturn cell, not due', measure({ Q4: cell('NotDue') }), 'Q2', 'NotDue'],
    ['an annual measure at year end: its outturn', measure({ Q4: cell('Amber') }), 'Q4', 'Amber'],
    ['a measure with no cell at all: no data', measure({}), 'Q3', 'NoData']
  ])('%s', (_name, given, quarter, expected) => {
    expect(measureBucketOf(given, quarter as 'Q1')).toBe(expected);
  });
});
