import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { formatDay, formatTime } from '../../../components/dates';
import { periodKey } from '../../../domain/periods';
import { QuarterGlance } from '../../../report/dashboardTypes';
import { LoadedReport } from '../../../report/loadReport';
import { useDashboard, Shown } from '../hooks/useDashboard';
import { DashboardSection } from '../IDashboardWebPartProps';
import { mayRespondToChallenges } from '../../../domain/challengeResponses';
import { AtAGlanceTable } from './AtAGlanceTable';
import { ChallengeResponseEditor } from './ChallengeResponse';
import { DrillTarget } from './drill';
import { DrillDown } from './DrillDown';
import { ExportBar } from './ExportBar';
import { GlanceChart } from './GlanceChart';
import { IDashboardProps } from './IDashboardProps';
import { format } from './labels';
import { MeasuresTable } from './MeasuresTable';
import { Picker } from './Picker';
import { ChallengeList, Headlines, OverdueList, RiskList } from './ReportLists';
import { Skeleton } from './Skeleton';
import { DirectionOfTravel } from './DirectionOfTravel';
import { Button, Message } from './Controls';
import { useClasses } from './styles';

/** The executive dashboard (SPEC §5.2): status at a glance with charts, challenges, measures, risks, drill-down and export. */
export function Dashboard(props: IDashboardProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} applyTo="element">
      <DashboardBody {...props} />
    </ThemeProvider>
  );
}

/** The report of a direction of travel quarter, by its periodKey. */
function quarterReport(quarters: readonly QuarterGlance[], key: string): LoadedReport {
  return quarters.filter((quarter) => periodKey(quarter.period) === key)[0].report;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function DashboardBody(props: IDashboardProps): JSX.Element {
  const classes = useClasses();
  const { strings } = props;
  const state = useDashboard(props);
  const { shown, plans } = state;
  return (
    <section className={classes.root} aria-labelledby="dashboard-title" aria-busy={shown.phase === 'loading'} data-testid="dashboard">
      <h2 id="dashboard-title" className={classes.title}>{strings.General.Title}</h2>
      {shown.phase === 'failed' && (
        <Message kind="error" action={<Button text={strings.General.Retry} onClick={state.refresh} />}>
          {errorMessage(shown.error)}
        </Message>
      )}
      {shown.phase === 'loading' && <Skeleton label={strings.General.Loading} />}
      {shown.phase === 'ready' && plans.phase === 'ready' && (
        <Ready {...props} shown={shown.value} plans={plans.value} onShow={state.choose} onRefresh={state.refresh} />
      )}
    </section>
  );
}

interface IReadyProps extends IDashboardProps {
  shown: Shown;
  plans: Parameters<typeof Picker>[0]['plans'];
  onShow: Parameters<typeof Picker>[0]['onShow'];
  onRefresh(): void;
}

function Ready({ shown, plans, onShow, onRefresh, strings, sections, objective, today, history, saveResponse, user }: IReadyProps): JSX.Element {
  const classes = useClasses();
  const { report, directionOfTravel, responses } = shown.data;
  const editor = { name: user.name, email: user.email };
  const lead = mayRespondToChallenges(report.plan, editor);
  const document = report.document;
  const [drill, setDrill] = React.useState<DrillTarget | undefined>(undefined);
  const origin = React.useRef<Element | null>(null);
  React.useEffect(() => setDrill(undefined), [report]);
  const openDrill = React.useCallback((target: DrillTarget, from: Element) => { origin.current = from; setDrill(target); }, []);
  const closeDrill = React.useCallback(() => {
    setDrill(undefined);
    const from = origin.current as HTMLElement | SVGElement | null;
    if (from && typeof from.focus === 'function') window.setTimeout(() => from.focus(), 0);
  }, []);
  const has = (section: DashboardSection): boolean => sections.indexOf(section) >= 0;
  const section = (key: DashboardSection, heading: string, body: React.ReactNode): JSX.Element | undefined => (has(key) ? (
    <section className={classes.section} aria-labelledby={`dashboard-${key}`} data-section={key}>
      <h3 id={`dashboard-${key}`} className={classes.heading}>{heading}</h3>
      {body}
    </section>
  ) : undefined);

  return (
    <>
      <p className={classes.subtitle}>{format(strings.General.Subtitle, report.plan.title, strings.Quarters[Number(document.period.quarter.slice(1)) - 1], document.period.financialYear)}</p>
      <Picker plans={plans} plan={shown.plan} period={shown.period} today={today} strings={strings} onShow={onShow} />
      <div className={classes.asOf}>
        <span data-testid="as-of">{format(strings.General.AsOf, formatTime(shown.readAt), formatDay(document.asOf, strings.Dates))}</span>
        <Button text={strings.General.Refresh} onClick={onRefresh} />
      </div>
      {section('headlines', strings.Section.Headlines, <Headlines headlines={document.headlines} />)}
      {section('glance', strings.Glance.Heading, (
        <>
          <div className={classes.twoColumns}>
            <GlanceChart glance={document.atAGlance} kind="actions" objective={objective} strings={strings} onDrill={openDrill} />
            <GlanceChart glance={document.atAGlance} kind="measures" objective={objective} strings={strings} onDrill={openDrill} />
          </div>
          <AtAGlanceTable glance={document.atAGlance} objective={objective} strings={strings} onDrill={openDrill} />
          {drill && !drill.quarter && <DrillDown report={report} target={drill} strings={strings} history={history} onClose={closeDrill} />}
        </>
      ))}
      {directionOfTravel.length > 1 && section('travel', strings.Section.DirectionOfTravel, (
        <>
          <DirectionOfTravel quarters={directionOfTravel} strings={strings} onDrill={openDrill} />
          {drill && drill.quarter && <DrillDown report={quarterReport(directionOfTravel, drill.quarter)} target={drill} strings={strings} history={history} onClose={closeDrill} />}
        </>
      ))}
      <div className={classes.twoColumns}>
        {section('challenges', strings.Section.Challenges, <ChallengeList challenges={document.challenges} strings={strings} response={(challenge) => (
          <ChallengeResponseEditor plan={report.plan.title} challenge={challenge} period={shown.period} saved={responses[challenge.ref]}
            editable={lead} editor={editor} save={saveResponse} strings={strings} />
        )} />)}
        {section('overdue', strings.Section.Overdue, <OverdueList overdue={document.overdue} strings={strings} />)}
      </div>
      {section('measures', strings.Section.Measures, <MeasuresTable report={report} objective={objective} strings={strings} />)}
      {section('risks', strings.Section.Risks, <RiskList risks={document.risks} strings={strings} />)}
      {section('export', strings.Export.Heading, <ExportBar report={report} strings={strings} />)}
    </>
  );
}
