/** The "My milestones" due list (SPEC §5.3): what a person has overdue and due soon. */
export * from './dueTypes';
export { dueListOf, groupByPlan, nextUpdatesDue } from './dueList';
