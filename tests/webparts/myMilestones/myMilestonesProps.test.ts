import { IMyMilestonesFocus } from '../../../src/teams/deepLinks';
import { MyMilestonesPage, MyMilestonesServices, myMilestonesProps } from '../../../src/webparts/myMilestones/myMilestonesProps';
import { MyMilestonesStrings } from '../../../src/webparts/myMilestones/components/IMyMilestonesProps';

/**
 * Where My milestones finds the reminder that opened it: Teams' sub-entity id in a Teams tab, or,
 * on a SharePoint page opened from a reminder e-mail, the page address's `?subEntityId=`.
 */

const services = {} as MyMilestonesServices;
const page: MyMilestonesPage = {
  user: { name: 'Alex Jones', email: 'alex.jones@contoso.gov.uk' },
  today: '2018-04-13',
  now: () => new Date('2018-04-13T09:00:00Z'),
  strings: {} as MyMilestonesStrings
};

describe('the reminder focus My milestones opens on', () => {
  test.each<[string, Partial<MyMilestonesPage>, IMyMilestonesFocus | undefined]>([
    ['none, opened from the site\'s navigation', { pageQuery: '' }, undefined],
    ['Teams\' sub-entity id', { subEntityId: 'updateOverdue;a=7.9' }, { activity: 'updateOverdue', milestoneIds: [], actionIds: [7, 9], more: false }],
    ['an e-mail link\'s ?subEntityId= on the SharePoint page', { pageQuery: '?subEntityId=milestoneDueSoon%3Bm%3D40.12' },
      { activity: 'milestoneDueSoon', milestoneIds: [40, 12], actionIds: [], more: false }],
    ['?subEntityId= after other parameters', { pageQuery: '?env=Embedded&subEntityId=decisionsWaiting' },
      { activity: 'decisionsWaiting', milestoneIds: [], actionIds: [], more: false }],
    ['Teams\' over the page\'s when both are there', { subEntityId: 'updateOverdue;a=1', pageQuery: '?subEntityId=milestoneOverdue%3Bm%3D2' },
      { activity: 'updateOverdue', milestoneIds: [], actionIds: [1], more: false }],
    ['none for a page parameter that is not a focus', { pageQuery: '?subEntityId=%3Cscript%3E' }, undefined],
    ['none for other page parameters', { pageQuery: '?Mode=Edit' }, undefined]
  ])('%s', (_, host, focus) => {
    expect(myMilestonesProps(services, { ...page, ...host }).focus).toEqual(focus);
  });

  test('hands the component neither the sub-entity id nor the query, only the focus', () => {
    const props = myMilestonesProps(services, { ...page, subEntityId: 'updateOverdue', pageQuery: '?subEntityId=updateOverdue' }) as unknown as Record<string, unknown>;
    expect(props).not.toHaveProperty('subEntityId');
    expect(props).not.toHaveProperty('pageQuery');
  });
});
