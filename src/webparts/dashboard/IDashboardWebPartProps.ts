/** The sections an editor may show or hide, in the order the dashboard shows them. */
export const DASHBOARD_SECTIONS = ['glance', 'travel', 'headlines', 'challenges', 'overdue', 'measures', 'risks', 'export'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

export interface IDashboardWebPartProps {
  /** The plan's title; empty to let the reader choose (the plan collecting on today's date first). */
  plan: string;
  /** An objective reference to show only it; empty for every objective. */
  objective: string;
  /** `2019-20 Q4` to fix the quarter; empty for the plan's current quarter by the clock (openingPeriod). */
  period: string;
  /** Sections switched off by the editor (absent or true: shown). */
  sections?: Partial<Record<DashboardSection, boolean>>;
}
