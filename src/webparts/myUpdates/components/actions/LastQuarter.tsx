import * as React from 'react';
import { formatString } from '../../../../components/formatString';
import { SafeText } from '../../../../components/SafeText';
import { StatusBadge } from '../../../../components/StatusBadge';
import { Update } from '../../../../domain/model';
import { looksLikeHtml } from '../../../../domain/richText';
import { actionTone } from '../shared/statusTone';
import { useClasses } from '../shared/styles';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

/** Last quarter's update beside the form: its status, progress and remedial action, or a note that there was none. */
export function LastQuarter({ update, strings, previousLabel }: { update?: Update; strings: MyUpdatesStrings; previousLabel: string }): JSX.Element {
  const classes = useClasses();
  return (
    <div className={classes.lastQuarter}>
      <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{formatString(strings.Action.LastQuarter, previousLabel)}</p>
      {!update && <p style={{ margin: 0 }}>{strings.Action.NoLastUpdate}</p>}
      {update && <StatusBadge tone={actionTone(update.status)} label={strings.Status[update.status]} />}
      {update && update.progress && <div style={{ marginTop: 4 }}><SafeText text={update.progress} rich={looksLikeHtml(update.progress)} /></div>}
      {update && update.remedialAction && (
        <div style={{ marginTop: 4 }}><strong>{strings.Form.RemedialAction}: </strong><SafeText text={update.remedialAction} rich={looksLikeHtml(update.remedialAction)} /></div>
      )}
    </div>
  );
}
