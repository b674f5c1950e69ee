/**
 * What the web part class loads as its UI chunk (`my-milestones-ui`): the component and the
 * props factory with the deep-link parser it uses, so the bundle every tracker page loads
 * carries neither.
 */
export { MyMilestones } from './components/MyMilestones';
export { myMilestonesProps } from './myMilestonesProps';
