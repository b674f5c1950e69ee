import * as React from 'react';
import { ChoiceGroup, IChoiceGroup, IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { REPORTED_STATUSES, ReportedStatus } from '../../../../domain/model';
import { useClasses } from '../shared/styles';

export interface IStatusChoiceProps {
  value: ReportedStatus | '';
  onChange: (status: ReportedStatus) => void;
  strings: IMyUpdatesStatusStrings;
  label: string;
  errorMessage?: string;
  id: string;
  /** To move focus to the group (the checked option, or the first). */
  componentRef?: React.RefObject<IChoiceGroup>;
}

/** BRAG plus Not due and Withdrawn, each with a hint, as radio buttons (keyboard: arrow keys). */
export function StatusChoice({ value, onChange, strings, label, errorMessage, id, componentRef }: IStatusChoiceProps): JSX.Element {
  const classes = useClasses();
  const options: IChoiceGroupOption[] = REPORTED_STATUSES.map((status) => ({
    key: status,
    text: strings[status],
    ariaLabel: `${strings[status]}. ${strings[`${status}Hint` as keyof IMyUpdatesStatusStrings]}`
  }));
  return (
    <div>
      <ChoiceGroup
        componentRef={componentRef}
        id={id}
        label={label}
        required
        options={options}
        selectedKey={value || undefined}
        onChange={(_event, option) => option && onChange(option.key as ReportedStatus)}
        aria-describedby={errorMessage ? `${id}-error` : undefined}
      />
      {value && <p className={classes.hint}>{strings[`${value}Hint` as keyof IMyUpdatesStatusStrings]}</p>}
      {errorMessage && <p id={`${id}-error`} role="alert" className={classes.fieldError}>{errorMessage}</p>}
    </div>
  );
}
