import { actionFromItem, actionToItem, milestoneFromItem, milestoneToItem } from '../../src/data/mapping/actionMapping';
import { ItemJson, ItemProps } from '../../src/data/mapping/fieldValues';
import { measureFromItem, measureToItem, measureValueFromItem, measureValueToItem } from '../../src/data/mapping/measureMapping';
import { planFromItem, planToItem } from '../../src/data/mapping/planMapping';
import { calendarFromItem, calendarToItem, riskFromItem, riskToItem } from '../../src/data/mapping/riskMapping';
import { updateFromItem, updateToItem } from '../../src/data/mapping/updateMapping';
import { normaliseDateOnly } from '../../src/local/sharepointStore/siteDates';
import { Action, Measure, Milestone, Update } from '../../src/domain/model';

/**
 * Domain → item → domain, with the item passed through what SharePoint does on the way: DateOnly
 * values come back as the London midnight in UTC, people and lookups come back expanded.
 */
const USERS: Record<number, { Id: number; Title: string; EMail: string }> = { 7: { Id: 7, Title: 'Jan Coles', EMail: 'jan.coles@council.gov.uk' } };
const LOOKUPS: Record<string, Record<string, unknown>> = { ObjectiveId: { Id: 1, Ref: '1' }, ActionId: { Id: 2, Ref: '1.a.' }, MeasureId: { Id: 3, Ref: 'M1' }, PlanId: { Id: 4, Title: 'SEP' } };
const DATE_FIELDS = ['StartDate', 'EndDate', 'DueDate', 'DoneDate', 'RevisedDate', 'UpdatesDue', 'ReportDate'];

function asStored(props: ItemProps): ItemJson {
  const item: ItemJson = {};
  Object.keys(props).forEach((key) => {
    const value = props[key];
    if (DATE_FIELDS.indexOf(key) >= 0 && typeof value === 'string') {
      item[key] = normaliseDateOnly(value);
    } else if (LOOKUPS[key]) {
      item[key.replace(/Id$/, '')] = value === null ? null : LOOKUPS[key];
    } else if (/Id$/.test(key) && key !== 'Id') {
      item[key.replace(/Id$/, '')] = Array.isArray(value) ? value.map((id) => USERS[id]) : value === null ? null : USERS[value as number];
    } else {
      item[key] = value;
    }
  });
  return item;
}

const longTitle = 'Close the attainment gap '.repeat(15).trim();
const owner = { name: 'Jan Coles', email: 'jan.coles@council.gov.uk' };

describe('mappers round-trip domain → list item → domain', () => {
  test.each<[string, Action, number | undefined]>([
    ['a linked owner, BST end date', { ref: '1.a.', objectiveRef: '1', title: 'Short', owner, delegates: [], startDate: '2018-04-01', endDate: '2018-06-30' }, 7],
    ['an unlinked owner, GMT end date', { ref: '1.a.', objectiveRef: '1', title: 'Short', owner: { name: 'IB' }, delegates: [{ name: 'DM' }], endDate: '2018-12-31' }, undefined],
    ['a title over 255 characters', { ref: '1.a.', objectiveRef: '1', title: longTitle, owner: { name: 'IB' }, delegates: [], serviceArea: 'Education', evidence: 'Minutes' }, undefined]
  ])('action with %s', (_name, action, ownerId) => {
    const props = actionToItem(action, { planId: 4, objectiveId: 1, ownerId, delegateIds: [] });
    expect((props.Title as string).length).toBeLessThanOrEqual(255);
    expect(props.FullTitle).toBe(action.title.length > 255 ? action.title : null);
    expect(actionFromItem(asStored(props))).toEqual(action);
  });

  test.each<[string, Milestone]>([
    ['due in BST, done in GMT', { actionRef: '1.a.', title: 'Consultation', dueDate: '2018-06-30', doneDate: '2018-12-31', owner: { name: 'IB' } }],
    ['not done', { actionRef: '1.a.', title: 'Report', dueDate: '2019-03-31', owner: { name: 'IB' } }]
  ])('milestone %s', (_name, milestone) => {
    expect(milestoneFromItem(asStored(milestoneToItem(milestone, { planId: 4, actionId: 2 })))).toEqual(milestone);
  });

  const base: Measure = {
    ref: 'M1', objectiveRef: '1', title: 'Attendance', financialYear: '2017-18', unit: '%', polarity: 'High', frequency: 'Quarterly',
    aggregation: 'InQuarter', target: { lower: 95, upper: 95 }, tolerance: { kind: 'percent', amount: 10 }
  };
  test.each<[string, Measure]>([
    ['in quarter, default tolerance', base],
    ['a band target, absolute tolerance, cumulative', { ...base, polarity: 'Band', target: { lower: 2, upper: 4 }, tolerance: { kind: 'absolute', amount: 0.5 }, aggregation: 'Cumulative' }],
    ['rolling 12 months, comparator, prior year, no target', { ...base, target: undefined, aggregation: 'Rolling12Months', comparator: { label: 'Welsh average', value: 93.1 }, priorYearActual: 94.2 }],
    ['a service area', { ...base, serviceArea: 'Schools Service' }]
  ])('measure with %s', (_name, measure) => {
    expect(measureFromItem(asStored(measureToItem(measure, { planId: 4, objectiveId: 1 })))).toEqual(measure);
  });

  test('measure value with no data keeps its note', () => {
    const value = { measureRef: 'M1', financialYear: '2017-18', period: 'Q2' as const, note: 'Not available' };
    expect(measureValueFromItem(asStored(measureValueToItem(value, { planId: 4, measureId: 3 })))).toEqual(value);
  });

  test.each<[string, Update]>([
    ['Not due ↔ "Not due"', { actionRef: '1.a.', financialYear: '2017-18', quarter: 'Q1', status: 'NotDue', reviewState: 'Approved' }],
    ['Red submitted with revised date in BST', { actionRef: '1.a.', financialYear: '2018-19', quarter: 'Q1', status: 'Red', progress: 'Late', remedialAction: 'Extra staff', revisedDate: '2018-06-30', reviewState: 'Submitted', submittedBy: owner, submittedOn: '2018-07-10T09:00:00Z' }]
  ])('update %s', (_name, update) => {
    const props = updateToItem(update, { planId: 4, actionId: 2, submittedById: update.submittedBy ? 7 : undefined });
    expect(props.Status).toBe(update.status === 'NotDue' ? 'Not due' : update.status);
    expect(updateFromItem(asStored(props))).toEqual(update);
  });

  test('plan, risk and calendar entry', () => {
    const plan = { title: 'SEP', type: 'Strategic Equality Plan' as const, firstYear: '2016-17', lastYear: '2019-20', lead: owner, status: 'Active' as const, allowChangeRequests: false };
    expect(planFromItem(asStored(planToItem(plan, 7)))).toEqual(plan);
    const risk = { ref: 'CR1', title: 'Funding', objectiveRef: '1', owner: { name: 'IB' }, likelihood: 4, impact: 5, trend: 'Up' as const, mitigation: 'Bid' };
    expect(riskFromItem(asStored(riskToItem(risk, { planId: 4, objectiveId: 1 })))).toEqual(risk);
    const entry = { financialYear: '2018-19', quarter: 'Q1' as const, updatesDue: '2018-07-13', reportDate: '2018-09-30', reminderOffsets: [14, 7, 2], escalationDelay: 3 };
    expect(calendarFromItem(asStored(calendarToItem(entry)))).toEqual(entry);
  });
});
