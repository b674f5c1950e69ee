import * as React from 'react';
import { ITextField, TextField } from '@fluentui/react/lib/TextField';
import { ConflictError } from '../../../../data/errors';
import { Stored } from '../../../../data/ITrackerRepository';
import { doneDateProblem } from '../../../../domain/milestones';
import { Milestone } from '../../../../domain/model';
import { useSave } from '../../hooks/useSave';
import { SmallForm } from '../shared/SmallForm';
import { EvidenceField } from '../actions/EvidenceField';
import { useMyUpdatesContext } from '../MyUpdatesContext';

export interface IMilestoneDoneFormProps {
  plan: string;
  actionRef: string;
  milestone: Stored<Milestone>;
  /** Called with the milestone as saved, done. */
  onDone: (saved: Stored<Milestone>) => void;
  onCancel: () => void;
}

/** "Mark done": the date the milestone was done (today unless changed), then saved over its ETag. */
export function MilestoneDoneForm({ plan, actionRef, milestone, onDone, onCancel }: IMilestoneDoneFormProps): JSX.Element {
  const { repository, strings, today, reload } = useMyUpdatesContext();
  const words = strings.Milestone;
  const [doneDate, setDoneDate] = React.useState<string>(today);
  const [evidence, setEvidence] = React.useState<string>(milestone.value.evidence || '');
  const [showErrors, setShowErrors] = React.useState(false);
  const [save, run] = useSave();
  const doneField = React.useRef<ITextField>(null);
  const found = doneDateProblem(doneDate, today);
  const problem = found && (found === 'doneDateMissing' ? words.DoneDateRequired : words.DoneDateFuture);

  React.useEffect(() => {
    if (doneField.current) doneField.current.focus();
  }, []);

  const confirm = async (): Promise<void> => {
    if (save.phase === 'saving') return;
    setShowErrors(true);
    if (problem) {
      if (doneField.current) doneField.current.focus();
      return;
    }
    const result = await run(() =>
      repository.completeMilestone(milestone, doneDate, evidence).catch((error: unknown) => {
        // Someone changed the milestone meanwhile: read it again, so trying again uses its new version.
        if (error instanceof ConflictError) reload();
        throw error;
      })
    );
    if (result) onDone(result);
  };

  return (
    <SmallForm onSubmit={confirm} submitText={words.Confirm} save={save} onCancel={onCancel}>
      <TextField
        componentRef={doneField}
        type="date"
        label={words.DoneDate}
        required
        max={today}
        value={doneDate}
        onChange={(_event, value) => setDoneDate(value || '')}
        errorMessage={showErrors ? problem : undefined}
      />
      <EvidenceField id={`milestone-${milestone.id}-evidence`} plan={plan} actionRef={actionRef} value={evidence} onChange={setEvidence} />
    </SmallForm>
  );
}
