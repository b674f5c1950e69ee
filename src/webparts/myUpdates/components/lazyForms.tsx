import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';

/**
 * The forms (Fluent TextField, ChoiceGroup, Checkbox, validation, evidence upload, conflict view)
 * are one chunk, kept out of the page's first download so my items show sooner; it is fetched
 * once the page is idle (preloadForms), so the first form opens without a spinner.
 */
export const ActionUpdateForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './actions/ActionUpdateForm').then((module) => ({ default: module.ActionUpdateForm })));

type IdleWindow = Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/** Starts fetching the forms chunk when the browser is idle (within 2 s); a failure waits for the form's own load. */
export function preloadForms(): void {
  const load = (): void => {
    import(/* webpackChunkName: 'my-updates-forms' */ './actions/ActionUpdateForm').catch(() => undefined);
  };
  const idle = window as IdleWindow;
  if (idle.requestIdleCallback) {
    idle.requestIdleCallback(load, { timeout: 2000 });
  } else {
    window.setTimeout(load, 200);
  }
}
export const MeasureValueForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './measures/MeasureValueForm').then((module) => ({ default: module.MeasureValueForm })));
export const MilestoneDoneForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './milestones/MilestoneDoneForm').then((module) => ({ default: module.MilestoneDoneForm })));
export const DeadlineChangeForm = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-forms' */ './shared/DeadlineChangeForm').then((module) => ({ default: module.DeadlineChangeForm })));

/** Shows a spinner while a form's code loads. */
export function FormLoading({ label, children }: { label: string; children: React.ReactNode }): JSX.Element {
  return <React.Suspense fallback={<Spinner label={label} />}>{children}</React.Suspense>;
}
