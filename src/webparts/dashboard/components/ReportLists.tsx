import * as React from 'react';
import { formatCount } from '../../../components/formatCount';
import { formatDay } from '../../../components/dates';
import { SafeText } from '../../../components/SafeText';
import { StatusBadge } from '../../../components/StatusBadge';
import { OverdueItem, ReportChallenge, ReportRisk } from './reportParts';
import { DashboardStrings } from './IDashboardProps';
import { Bucket, bucketLabel, bucketTone } from './labels';
import { useClasses } from './styles';

/** The report's short lists: headlines, the performance challenge, overdue items and risks. */

export function Headlines({ headlines }: { headlines: readonly string[] }): JSX.Element {
  const classes = useClasses();
  return <ul className={classes.list}>{headlines.map((line) => <li key={line}>{line}</li>)}</ul>;
}

function statusBadge(status: string, strings: DashboardStrings): JSX.Element | undefined {
  const bucket = (status === 'AwaitingUpdate' ? 'NoUpdate' : status) as Bucket;
  return strings.Bucket[bucket] ? <StatusBadge tone={bucketTone(bucket)} label={bucketLabel(bucket, strings)} /> : undefined;
}

export interface IChallengeListProps {
  challenges: readonly ReportChallenge[];
  strings: DashboardStrings;
  /** The management response for a challenge, shown under it (and edited there by the plan lead when the host allows). */
  response?: (challenge: ReportChallenge) => React.ReactNode;
}

/** Critical first, then important, each with its stable reference, the reasons and the management response. */
export function ChallengeList({ challenges, strings, response }: IChallengeListProps): JSX.Element {
  const classes = useClasses();
  if (!challenges.length) return <p>{strings.Section.ChallengesNone}</p>;
  const groups: Array<[ReportChallenge['severity'], string]> = [['critical', strings.Section.Critical], ['important', strings.Section.Important]];
  return (
    <>
      {groups.map(([severity, label]) => {
        const shown = challenges.filter((challenge) => challenge.severity === severity);
        return shown.length ? (
          <React.Fragment key={severity}>
            <h3 className={classes.subheading}>{label} ({shown.length})</h3>
            <ul className={classes.plainList}>
              {shown.map((challenge) => (
                <li key={challenge.ref} className={classes.card} data-challenge={challenge.ref}>
                  <div><strong>{challenge.ref}</strong> · {challenge.itemRef} <SafeText text={challenge.title} /></div>
                  <div className={classes.meta}>{statusBadge(challenge.status, strings)}<span>{challenge.reason}</span></div>
                  {response ? response(challenge) : (
                    <p className={classes.meta}>{strings.Section.Response}: {challenge.remedialResponse ? <SafeText text={challenge.remedialResponse} /> : strings.Section.NoResponse}</p>
                  )}
                </li>
              ))}
            </ul>
          </React.Fragment>
        ) : undefined;
      })}
    </>
  );
}

export function OverdueList({ overdue, strings }: { overdue: readonly OverdueItem[]; strings: DashboardStrings }): JSX.Element {
  const classes = useClasses();
  if (!overdue.length) return <p>{strings.Section.OverdueNone}</p>;
  return (
    <ul className={classes.plainList}>
      {overdue.map((item) => (
        <li key={`${item.itemType}-${item.itemRef}-${item.title}`} className={classes.card}>
          <strong>{item.itemRef}</strong> <SafeText text={item.title} />
          <div className={classes.meta}>
            <span>{strings.Section.Owner}: <SafeText text={item.owner} /></span>
            <span>{strings.Section.Due}: {formatDay(item.dueDate, strings.Dates)}</span>
            <span>{formatCount(strings.Locale, strings.Section.DaysOverdue, item.daysOverdue, item.daysOverdue)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function RiskList({ risks, strings }: { risks: readonly ReportRisk[]; strings: DashboardStrings }): JSX.Element {
  const classes = useClasses();
  if (!risks.length) return <p>{strings.Section.RisksNone}</p>;
  return (
    <ul className={classes.plainList}>
      {risks.map((risk) => (
        <li key={risk.ref} className={classes.card}>
          <strong>{risk.ref}</strong> <SafeText text={risk.title} />
          <div className={classes.meta}>
            <span>{strings.Section.Score}: {risk.score} ({risk.likelihood} × {risk.impact})</span>
            <span>{strings.Section.Trend}: {strings.Section.RiskTrend[risk.trend]}</span>
            {risk.owner && <span>{strings.Section.Owner}: <SafeText text={risk.owner} /></span>}
            {risk.portfolioHolder && <span>{strings.Section.PortfolioHolder}: <SafeText text={risk.portfolioHolder} /></span>}
          </div>
          {risk.mitigation && <p className={classes.meta}>{strings.Section.Mitigation}: <SafeText text={risk.mitigation} /></p>}
        </li>
      ))}
    </ul>
  );
}
