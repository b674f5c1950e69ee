import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { ListCheck, ListHealth } from '../../../data/schemaCheck';
import { formatString } from '../../../components/formatString';
import { BadgeTone, StatusBadge } from '../../../components/StatusBadge';
import { useClasses } from './styles';

interface IListHealthTableProps {
  checks: ListCheck[];
  strings: ITrackerSetupWebPartStrings;
}

const HEALTH_ICON: Record<ListHealth, string> = { ok: 'CompletedSolid', missing: 'ErrorBadge', incomplete: 'Warning' };
const HEALTH_TONE: Record<ListHealth, BadgeTone> = { ok: 'Green', missing: 'Red', incomplete: 'Amber' };

function healthLabel(health: ListHealth, strings: ITrackerSetupWebPartStrings): string {
  return health === 'ok' ? strings.HealthOk : health === 'missing' ? strings.HealthMissing : strings.HealthIncomplete;
}

function details(check: ListCheck, strings: ITrackerSetupWebPartStrings): string[] {
  const lines: string[] = [];
  if (check.missingFields.length) lines.push(formatString(strings.MissingFields, check.missingFields.join(', ')));
  if (check.wrongTypes.length) lines.push(formatString(strings.WrongTypes, check.wrongTypes.join(', ')));
  if (check.missingIndexes.length) lines.push(formatString(strings.MissingIndexes, check.missingIndexes.join(', ')));
  if (check.versioningOff) lines.push(strings.VersioningOff);
  if (check.wrongTemplate) lines.push(check.key === 'evidence' ? strings.WrongTemplateLibrary : strings.WrongTemplateList);
  return lines;
}

/** One row per tracker list: its health, item count and what is wrong with it; on a narrow page the table scrolls in its own box. */
export function ListHealthTable({ checks, strings }: IListHealthTableProps): JSX.Element {
  const classes = useClasses();
  return (
    <div className={classes.scroll} role="region" aria-labelledby="tracker-setup-caption" tabIndex={0}>
      <table className={classes.table} data-testid="list-health">
        <caption id="tracker-setup-caption" className={classes.caption}>{strings.TableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ColumnList}</th>
            <th scope="col">{strings.ColumnStatus}</th>
            <th scope="col" data-numeric>{strings.ColumnItems}</th>
            <th scope="col">{strings.ColumnDetails}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.key} data-list={check.key} data-health={check.health}>
              <th scope="row">{check.title}</th>
              <td>
                <span className={classes.status}>
                  <Icon iconName={HEALTH_ICON[check.health]} aria-hidden="true" />
                  <StatusBadge tone={HEALTH_TONE[check.health]} label={healthLabel(check.health, strings)} />
                </span>
              </td>
              <td data-numeric>{check.itemCount === undefined ? '' : check.itemCount.toLocaleString('en-GB')}</td>
              <td className={classes.details}>
                {details(check, strings).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
