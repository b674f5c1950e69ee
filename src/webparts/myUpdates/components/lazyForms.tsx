import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';

/**
 * The forms (Fluent TextField, ChoiceGroup, Checkbox, validation, evidence upload, conflict view)
 * are one chunk loaded when the first form is shown, so listing my items downloads none of it.
 */
export const ActionUpdateForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './ActionUpdateForm').then((module) => ({ default: module.ActionUpdateForm })));
export const MeasureValueForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './MeasureValueForm').then((module) => ({ default: module.MeasureValueForm })));
export const MilestoneDoneForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './MilestoneDoneForm').then((module) => ({ default: module.MilestoneDoneForm })));
export const DeadlineChangeForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './DeadlineChangeForm').then((module) => ({ default: module.DeadlineChangeForm })));

/** Shows a spinner while a form's code loads. */
export function FormLoading({ label, children }: { label: string; children: React.ReactNode }): JSX.Element {
  return <React.Suspense fallback={<Spinner label={label} />}>{children}</React.Suspense>;
}
