import * as React from 'react';
import { Plan, ReportingPeriod } from '../../../domain/model';
import { financialYearOf, periodKey } from '../../../domain/periods';
import { findPlan, hasPlanEnded, openingPeriod, planCoversYear } from '../../../domain/plans';
import { formatString } from '../../../components/formatString';
import { DashboardData, IDashboardProps } from '../components/IDashboardProps';

export type Phase<T> = { phase: 'loading' } | { phase: 'failed'; error: unknown } | { phase: 'ready'; value: T };

export interface Shown {
  plan: Plan;
  period: ReportingPeriod;
  data: DashboardData;
  /** When these figures were read, on the page's clock. */
  readAt: Date;
}

interface Cached {
  data: DashboardData;
  readAt: Date;
}

/**
 * Figures kept between renders (and between instances on one page): a property or theme change,
 * or coming back to a quarter already seen, shows them at once with their "as of" time; Refresh
 * reads again.
 */
const cache = new Map<string, Promise<Cached>>();

function cacheKey(plan: string, period: ReportingPeriod, asOf: string, locale: string): string {
  return [plan, periodKey(period), asOf, locale].join('|');
}

/** The plan the page opens on: the editor's, else the first collecting on today's date, else the first. */
function defaultPlan(plans: readonly Plan[], wanted: string | undefined, today: string): Plan | undefined {
  const named = wanted ? findPlan(plans, wanted) : undefined;
  return named || plans.filter((plan) => planCoversYear(plan, financialYearOf(today)))[0] || plans[0];
}

export interface DashboardState {
  plans: Phase<Plan[]>;
  shown: Phase<Shown>;
  /** The plan and quarter asked for (the reader's choice, else the editor's, else the current). */
  choose(plan: string, period: ReportingPeriod | undefined): void;
  refresh(): void;
}

/** Lists the plans once, picks the plan and quarter, and loads their figures through the host's `load`, cached. */
export function useDashboard(props: IDashboardProps): DashboardState {
  const { reader, load, today, now, strings } = props;
  const [plans, setPlans] = React.useState<Phase<Plan[]>>({ phase: 'loading' });
  const [choice, setChoice] = React.useState<{ plan?: string; period?: ReportingPeriod }>({});
  const [shown, setShown] = React.useState<Phase<Shown>>({ phase: 'loading' });
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    reader.listPlans().then(
      (stored) => { if (current) setPlans({ phase: 'ready', value: stored.map((entry) => entry.value) }); },
      (error: unknown) => { if (current) setPlans({ phase: 'failed', error }); }
    );
    return () => { current = false; };
  }, [reader, generation]);

  const wantedPlan = choice.plan || props.plan;
  const wantedPeriod = choice.period || props.period;
  const wantedKey = wantedPeriod ? periodKey(wantedPeriod) : '';

  React.useEffect(() => {
    if (plans.phase !== 'ready') {
      if (plans.phase === 'failed') setShown(plans);
      return undefined;
    }
    const plan = defaultPlan(plans.value, wantedPlan, today);
    if (wantedPlan && !findPlan(plans.value, wantedPlan)) {
      setShown({ phase: 'failed', error: new Error(formatString(strings.General.PlanNotFound, wantedPlan)) });
      return undefined;
    }
    if (!plan) {
      setShown({ phase: 'failed', error: new Error(strings.General.NoPlans) });
      return undefined;
    }
    let current = true;
    const periodOf = async (): Promise<ReportingPeriod> =>
      wantedPeriod || openingPeriod(plan, today, hasPlanEnded(plan, today) ? await reader.lastReportedPeriod(plan.title) : undefined);
    periodOf().then(async (period) => {
      const key = cacheKey(plan.title, period, today, strings.Locale);
      let entry = cache.get(key);
      if (!entry) {
        entry = load({ plan: plan.title, period, asOf: today }, strings.Locale).then((data) => ({ data, readAt: now() }));
        cache.set(key, entry);
        entry.catch(() => cache.delete(key));
      }
      const { data, readAt } = await entry;
      if (current) setShown({ phase: 'ready', value: { plan, period, data, readAt } });
    }).catch((error: unknown) => { if (current) setShown({ phase: 'failed', error }); });
    return () => { current = false; };
    // wantedKey stands for wantedPeriod: a new object for the same quarter does not reload.
  }, [plans, wantedPlan, wantedKey, today, strings.Locale, load, reader, generation]);

  const choose = React.useCallback((plan: string, period: ReportingPeriod | undefined) => setChoice({ plan, period }), []);
  const refresh = React.useCallback(() => {
    if (shown.phase === 'ready') cache.delete(cacheKey(shown.value.plan.title, shown.value.period, today, strings.Locale));
    setGeneration((value) => value + 1);
  }, [shown, today, strings.Locale]);
  return { plans, shown, choose, refresh };
}
