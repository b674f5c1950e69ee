import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatString } from '../../../../components/formatString';
import { evidenceFileProblem } from '../../../../domain/evidenceFiles';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { errorText } from '../shared/errorText';
import { problemText } from '../shared/problemText';
import { useClasses } from '../shared/styles';

export interface IEvidenceFieldProps {
  id: string;
  plan: string;
  actionRef: string;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string;
  advice?: string;
}

type Upload = { phase: 'idle' } | { phase: 'uploading'; name: string; percent?: number } | { phase: 'done'; name: string } | { phase: 'failed'; message: string };

/** Evidence as links or words, one per line; an uploaded file's link is added as a new line. */
export function EvidenceField({ id, plan, actionRef, value, onChange, errorMessage, advice }: IEvidenceFieldProps): JSX.Element {
  const classes = useClasses();
  const { repository, period, strings } = useMyUpdatesContext();
  const [upload, setUpload] = React.useState<Upload>({ phase: 'idle' });
  const [focused, setFocused] = React.useState(false);

  const send = async (file: File): Promise<void> => {
    const refused = evidenceFileProblem(file.name, file.size);
    if (refused) return setUpload({ phase: 'failed', message: problemText(refused, strings) });
    setUpload({ phase: 'uploading', name: file.name });
    const progress = (sent: number, total: number): void => setUpload({ phase: 'uploading', name: file.name, percent: Math.floor((sent / total) * 100) });
    try {
      const stored = await repository.uploadEvidence(plan, actionRef, period, { name: file.name, content: await file.arrayBuffer() }, progress);
      const link = `${window.location.origin}${stored.url}`;
      onChange(value.trim() ? `${value.replace(/\s+$/, '')}\n${link}` : link);
      setUpload({ phase: 'done', name: stored.name });
    } catch (error) {
      setUpload({ phase: 'failed', message: errorText(error, strings) });
    }
  };

  return (
    <div>
      <TextField
        id={id}
        label={strings.Form.Evidence}
        description={advice ? undefined : strings.Form.EvidenceHint}
        multiline
        autoAdjustHeight
        value={value}
        onChange={(_event, text) => onChange(text || '')}
        errorMessage={errorMessage}
      />
      {advice && <MessageBar messageBarType={MessageBarType.warning}>{advice}</MessageBar>}
      <div className={classes.buttons} style={{ marginTop: 8 }}>
        <input
          id={`${id}-file`}
          type="file"
          className={classes.fileInput}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(event) => {
            const file = event.target.files && event.target.files[0];
            event.target.value = '';
            if (file) send(file).catch(() => undefined);
          }}
        />
        <label htmlFor={`${id}-file`} className={focused ? `${classes.fileLabel} ${classes.fileLabelFocused}` : classes.fileLabel}>
          {strings.Form.UploadFile}
        </label>
        <span role="status" aria-live="polite">
          {upload.phase === 'uploading' && (upload.percent === undefined
            ? formatString(strings.Form.Uploading, upload.name)
            : formatString(strings.Form.UploadingProgress, upload.name, upload.percent))}
          {upload.phase === 'done' && formatString(strings.Form.Uploaded, upload.name)}
        </span>
      </div>
      {upload.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} role="alert">{upload.message}</MessageBar>}
    </div>
  );
}
