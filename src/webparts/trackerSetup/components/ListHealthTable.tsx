import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { ListCheck, ListHealth } from '../../../data/schemaCheck';
import { formatString } from '../../../components/formatString';
import styles from './TrackerSetup.module.scss';

interface IListHealthTableProps {
  checks: ListCheck[];
  strings: ITrackerSetupWebPartStrings;
}

const HEALTH_ICON: Record<ListHealth, string> = { ok: 'CompletedSolid', missing: 'ErrorBadge', incomplete: 'Warning' };

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

/** One row per tracker list: its health, item count and what is wrong with it. */
export function ListHealthTable({ checks, strings }: IListHealthTableProps): JSX.Element {
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{strings.Title}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ColumnList}</th>
          <th scope="col">{strings.ColumnStatus}</th>
          <th scope="col" className={styles.number}>{strings.ColumnItems}</th>
          <th scope="col">{strings.ColumnDetails}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((check) => (
          <tr key={check.key}>
            <th scope="row">{check.title}</th>
            <td className={styles[check.health]}>
              <Icon iconName={HEALTH_ICON[check.health]} aria-hidden="true" /> {healthLabel(check.health, strings)}
            </td>
            <td className={styles.number}>{check.itemCount === undefined ? '' : check.itemCount.toLocaleString('en-GB')}</td>
            <td>
              {details(check, strings).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
