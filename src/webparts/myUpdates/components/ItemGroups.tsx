import * as React from 'react';
import { formatString } from '../../../components/formatString';
import { SafeText } from '../../../components/SafeText';
import { MyItems } from '../../../data/ITrackerRepository';
import { ActionCard } from './actions/ActionCard';
import { MeasureCard } from './measures/MeasureCard';
import { MilestoneRow } from './milestones/MilestoneRow';
import { useMyUpdatesContext } from './MyUpdatesContext';
import { useClasses } from './shared/styles';
import { MyUpdatesStrings } from './IMyUpdatesProps';

interface ObjectiveGroup {
  key: string;
  heading: string;
  actions: MyItems['actions'];
  measures: MyItems['measures'];
  milestones: MyItems['milestones'];
}

/** My items grouped by plan, then objective (in the plan's order), then actions, measures, milestones. */
export function ItemGroups({ items: owed }: { items: MyItems }): JSX.Element {
  const classes = useClasses();
  const { strings, defaultPlan, doneMilestones } = useMyUpdatesContext();
  const items = withMilestonesDone(owed, doneMilestones);
  const planTitles = plansInOrder(defaultPlan, items.actions.map((entry) => entry.plan).concat(items.measures.map((entry) => entry.plan), items.milestones.map((entry) => entry.plan)));
  return (
    <>
      {planTitles.map((plan, planIndex) => {
        const planInfo = items.plans.filter((stored) => stored.value.title === plan)[0];
        const allowChangeRequests = !!planInfo && planInfo.value.allowChangeRequests;
        const changeRequests = items.changeRequests.filter((entry) => entry.plan === plan).map((entry) => entry.request.value);
        return (
          <section key={plan} aria-labelledby={`plan-${planIndex}`}>
            <h3 id={`plan-${planIndex}`} className={classes.planHeading}><SafeText text={plan} /></h3>
            {groupsOf(items, plan, strings).map((group) => (
              <section key={group.key} aria-label={group.heading}>
                <h4 className={classes.objectiveHeading}><SafeText text={group.heading} /></h4>
                {group.actions.length > 0 && (
                  <ul className={classes.list} aria-label={strings.Group.Actions}>
                    {group.actions.map((entry) => <ActionCard key={entry.action.id} plan={plan} action={entry.action} updates={entry.updates} allowChangeRequests={allowChangeRequests} changeRequests={changeRequests} updatesDue={items.updatesDue} />)}
                  </ul>
                )}
                {group.measures.length > 0 && (
                  <ul className={classes.list} aria-label={strings.Group.Measures}>
                    {group.measures.map((entry) => <li key={entry.measure.id}><MeasureCard plan={plan} measure={entry.measure} values={entry.values} /></li>)}
                  </ul>
                )}
                {group.milestones.length > 0 && (
                  <ul className={classes.list} aria-label={strings.Group.Milestones}>
                    {group.milestones.map((entry) => (
                      <li key={entry.milestone.id}>
                        <MilestoneRow plan={plan} actionRef={entry.actionRef} milestone={entry.milestone} allowChangeRequests={allowChangeRequests} changeRequests={changeRequests} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}

/** My items with the milestones marked done while the page is open, in place of (or beside) their owed selves. */
function withMilestonesDone(items: MyItems, done: MyItems['milestones']): MyItems {
  const doneIds = done.map((entry) => entry.milestone.id);
  return { ...items, milestones: items.milestones.filter((entry) => doneIds.indexOf(entry.milestone.id) < 0).concat(done) };
}

/** Each plan once, by name, with the web part's default plan first. */
function plansInOrder(first: string | undefined, titles: string[]): string[] {
  const unique = titles.filter((value, index) => titles.indexOf(value) === index).sort();
  return first && unique.indexOf(first) >= 0 ? [first].concat(unique.filter((title) => title !== first)) : unique;
}

function groupsOf(items: MyItems, plan: string, strings: MyUpdatesStrings): ObjectiveGroup[] {
  const actionObjective: Record<string, string> = {};
  items.actions.forEach((entry) => { if (entry.plan === plan) actionObjective[entry.action.value.ref] = entry.action.value.objectiveRef; });
  const objectives = items.objectives.filter((entry) => entry.plan === plan).map((entry) => entry.objective);
  const groups: ObjectiveGroup[] = objectives.map((objective) => ({
    key: objective.ref,
    heading: formatString(strings.Group.Objective, objective.ref, objective.title),
    actions: items.actions.filter((entry) => entry.plan === plan && entry.action.value.objectiveRef === objective.ref),
    measures: items.measures.filter((entry) => entry.plan === plan && entry.measure.value.objectiveRef === objective.ref),
    milestones: items.milestones.filter((entry) => entry.plan === plan && actionObjective[entry.actionRef] === objective.ref)
  }));
  const known = (ref: string | undefined): boolean => objectives.some((objective) => objective.ref === ref);
  groups.push({
    key: '',
    heading: strings.Group.OtherItems,
    actions: items.actions.filter((entry) => entry.plan === plan && !known(entry.action.value.objectiveRef)),
    measures: items.measures.filter((entry) => entry.plan === plan && !known(entry.measure.value.objectiveRef)),
    milestones: items.milestones.filter((entry) => entry.plan === plan && !known(actionObjective[entry.actionRef]))
  });
  return groups.filter((group) => group.actions.length + group.measures.length + group.milestones.length > 0);
}
