import * as React from 'react';
import { Plan, ReportingPeriod } from '../../../domain/model';
import { parsePeriodKey, periodKey, quarterBounds } from '../../../domain/periods';
import { findPlan, planPeriods } from '../../../domain/plans';
import { DashboardStrings } from './IDashboardProps';
import { periodLabel } from './labels';
import { Button } from './Controls';
import { useClasses } from './styles';

export interface IPickerProps {
  plans: readonly Plan[];
  plan: Plan;
  period: ReportingPeriod;
  today: string;
  strings: DashboardStrings;
  onShow(plan: string, period: ReportingPeriod | undefined): void;
}

/** The plan and quarter shown: any plan on the site, any of its quarters that has begun. Nothing changes until Show. */
export function Picker({ plans, plan, period, today, strings, onShow }: IPickerProps): JSX.Element {
  const classes = useClasses();
  const [planTitle, setPlanTitle] = React.useState(plan.title);
  const [key, setKey] = React.useState(periodKey(period));
  React.useEffect(() => { setPlanTitle(plan.title); setKey(periodKey(period)); }, [plan.title, periodKey(period)]);
  const chosen = findPlan(plans, planTitle) || plan;
  const periods = planPeriods(chosen).filter((candidate) => quarterBounds(candidate).start <= today).reverse();
  const keyShown = periods.some((candidate) => periodKey(candidate) === key) ? key : '';
  return (
    <form className={classes.toolbar} onSubmit={(event) => { event.preventDefault(); onShow(chosen.title, parsePeriodKey(keyShown)); }}>
      <div className={classes.field}>
        <label htmlFor="dashboard-plan">{strings.General.Plan}</label>
        <select id="dashboard-plan" className={classes.select} value={planTitle} onChange={(event) => setPlanTitle(event.target.value)} name="plan">
          {plans.map((candidate) => <option key={candidate.title} value={candidate.title}>{candidate.title}</option>)}
        </select>
      </div>
      <div className={classes.field}>
        <label htmlFor="dashboard-period">{strings.General.Quarter}</label>
        <select id="dashboard-period" className={classes.select} value={keyShown} onChange={(event) => setKey(event.target.value)} name="period">
          {!keyShown && <option value="">–</option>}
          {periods.map((candidate) => <option key={periodKey(candidate)} value={periodKey(candidate)}>{periodLabel(candidate, strings)}</option>)}
        </select>
      </div>
      <Button type="submit" text={strings.General.Show} />
    </form>
  );
}
