import * as React from 'react';
import { formatDay } from '../../../components/dates';
import { formatString } from '../../../components/formatString';
import { SafeText } from '../../../components/SafeText';
import { MyMilestones } from '../../../report/loadMyMilestones';
import { periodLabel } from '../../myUpdates/components/shared/periodLabel';
import { useClasses } from '../../myUpdates/components/shared/styles';
import { useMyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { DueRow, rowKey } from './dueText';
import { DueRowItem, HeadingLevel } from './DueRowItem';
import { MyMilestonesStrings } from './IMyMilestonesProps';
import { useMilestoneClasses } from './styles';

export interface IDueListsProps {
  list: MyMilestones;
  /** Rows a reminder named. */
  highlighted: string[];
  announce: (message: string) => void;
}

/**
 * Overdue first, then due in the next 30 days; under a heading per plan when the person has
 * items in more than one, or the empty state with the next quarterly updates' due date.
 */
export function DueLists({ list, highlighted, announce }: IDueListsProps): JSX.Element {
  const strings = useMyUpdatesContext().strings as MyMilestonesStrings;
  const classes = useClasses();
  if (list.overdue.length + list.dueSoon.length === 0) {
    const next = formatString(strings.DueList.NextUpdates, periodLabel(list.nextUpdates.period, strings), formatDay(list.nextUpdates.due, strings.Dates));
    return <p>{strings.DueList.Nothing} {next}</p>;
  }
  const sections = { highlighted, announce, strings };
  if (list.byPlan.length === 1) {
    return <Sections overdue={list.overdue} dueSoon={list.dueSoon} level={3} idPrefix="due" {...sections} />;
  }
  return (
    <>
      {list.byPlan.map((plan, index) => (
        <section key={plan.plan} aria-labelledby={`due-plan-${index}`}>
          <h3 id={`due-plan-${index}`} className={classes.planHeading}><SafeText text={formatString(strings.DueList.PlanHeading, plan.plan)} /></h3>
          <Sections overdue={plan.overdue} dueSoon={plan.dueSoon} level={4} idPrefix={`due-plan-${index}`} {...sections} />
        </section>
      ))}
    </>
  );
}

interface ISectionsProps {
  overdue: DueRow[];
  dueSoon: DueRow[];
  level: 3 | 4;
  idPrefix: string;
  highlighted: string[];
  announce: (message: string) => void;
  strings: MyMilestonesStrings;
}

function Sections({ overdue, dueSoon, level, idPrefix, highlighted, announce, strings }: ISectionsProps): JSX.Element {
  const rows = { level: (level + 1) as HeadingLevel, highlighted, announce };
  return (
    <>
      {overdue.length > 0 && <RowList id={`${idPrefix}-overdue`} title={strings.DueList.Overdue} items={overdue} headingLevel={level} {...rows} />}
      {dueSoon.length > 0 && <RowList id={`${idPrefix}-soon`} title={strings.DueList.DueSoon} items={dueSoon} headingLevel={level} {...rows} />}
    </>
  );
}

interface IRowListProps {
  id: string;
  title: string;
  items: DueRow[];
  headingLevel: 3 | 4;
  level: HeadingLevel;
  highlighted: string[];
  announce: (message: string) => void;
}

function RowList({ id, title, items, headingLevel, level, highlighted, announce }: IRowListProps): JSX.Element {
  const classes = useClasses();
  const own = useMilestoneClasses();
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <section aria-labelledby={id} data-section={id}>
      <Heading id={id} className={own.sectionHeading}>{title}</Heading>
      <ul className={classes.list}>
        {items.map((item) => {
          const key = rowKey(item);
          return <DueRowItem key={key} id={key} item={item} headingLevel={level} highlighted={highlighted.indexOf(key) >= 0} announce={announce} />;
        })}
      </ul>
    </section>
  );
}
