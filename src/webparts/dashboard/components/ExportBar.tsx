import * as React from 'react';
import { LoadedReport } from '../../../report/loadReport';
import { DashboardStrings } from './IDashboardProps';
import { Button, Message } from './Controls';
import { useClasses } from './styles';

type Format = 'csv' | 'docx' | 'xlsx';

export interface IExportBarProps {
  report: LoadedReport;
  strings: DashboardStrings;
}

/** Export buttons: the file-making code is loaded only when one is pressed. */
export function ExportBar({ report, strings }: IExportBarProps): JSX.Element {
  const classes = useClasses();
  const [state, setState] = React.useState<'idle' | 'busy' | 'failed'>('idle');
  const run = (format: Format): void => {
    setState('busy');
    import(/* webpackChunkName: 'dashboard-export' */ '../exports/exportReport')
      .then(async (module) => {
        const file = await module.exportReport(report, format, strings.Locale);
        module.download(file.name, file.blob);
        setState('idle');
      })
      .catch(() => setState('failed'));
  };
  return (
    <>
      <div className={classes.buttons} role="group" aria-label={strings.Export.Heading}>
        <Button text={strings.Export.Word} onClick={() => run('docx')} disabled={state === 'busy'} />
        <Button text={strings.Export.Excel} onClick={() => run('xlsx')} disabled={state === 'busy'} />
        <Button text={strings.Export.Csv} onClick={() => run('csv')} disabled={state === 'busy'} />
        <Button text={strings.Export.Print} onClick={() => window.print()} />
      </div>
      <div role="status" className={classes.meta}>{state === 'busy' ? strings.Export.Preparing : ''}</div>
      {state === 'failed' && <Message kind="error">{strings.Export.Failed}</Message>}
    </>
  );
}
