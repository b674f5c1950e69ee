import * as React from 'react';
import { ConflictError } from '../../../data/errors';
import { Revision, Stored } from '../../../data/ITrackerRepository';
import { editableUpdateIndex } from '../../../domain/quarterlyDuties';
import { countingUpdate } from '../../../domain/status';
import { FieldProblem, validateForSubmission } from '../../../domain/updateValidation';
import { Update } from '../../../domain/model';
import { reviewAfterSave, SaveIntent } from '../../../domain/reviewStates';
import { useMyUpdatesContext } from '../components/MyUpdatesContext';
import { fieldsOf, sameFields, UpdateFields, updateOf } from './updateFields';
import { SaveState, useSave } from './useSave';

/** How long typing must pause before the draft is saved to the list. */
export const AUTOSAVE_DELAY_MS = 2000;

export interface Conflict {
  mine: UpdateFields;
  /** The server's version; undefined when it was deleted. */
  theirs?: Update;
  theirEtag?: string;
  theirId?: number;
  /** What the person was doing: saving a draft or submitting. */
  intent: SaveIntent;
}

export interface UpdateDraft {
  fields: UpdateFields;
  setField: (field: keyof UpdateFields, value: string) => void;
  /** The stored update being edited, if any (its review state and comment). */
  editing?: Stored<Update>;
  restoredFromDevice: boolean;
  lastSavedAt?: Date;
  problems: FieldProblem[];
  save: SaveState;
  conflict?: Conflict;
  submit: () => Promise<boolean>;
  saveDraft: () => Promise<void>;
  keepMine: () => Promise<void>;
  useTheirs: () => void;
}

/**
 * The update form's state (SPEC §5.1): starts from the period's editable update, or from this
 * quarter's approved one, or blank; keeps every keystroke on the device at once and in the list
 * as a Draft after a pause; submits after SPEC §4.2 validation; turns an ETag conflict into a
 * choice between the two versions instead of overwriting either.
 */
export function useUpdateDraft(plan: string, actionRef: string, updates: Stored<Update>[]): UpdateDraft {
  const { repository, user, period, drafts, reload, now } = useMyUpdatesContext();
  const deviceKey = `${user.email}|${plan}|${actionRef}|${period.financialYear}|${period.quarter}`;
  const initial = React.useMemo(() => startingPoint(updates, period), [updates, period]);
  const saved = React.useMemo(() => drafts.read<UpdateFields>(deviceKey), [drafts, deviceKey]);
  const [fields, setFields] = React.useState<UpdateFields>(saved || initial.fields);
  const [revision, setRevision] = React.useState<Revision | undefined>(initial.editing && { id: initial.editing.id, etag: initial.editing.etag });
  // What the list holds now for the update being edited: a returned update keeps its comment through every draft save.
  const stored = React.useRef<Update | undefined>(initial.editing && initial.editing.value);
  const remember = (update: Update): void => {
    stored.current = update;
  };
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const [conflict, setConflict] = React.useState<Conflict | undefined>();
  const [lastSavedAt, setLastSavedAt] = React.useState<Date | undefined>();
  const [save, runSave] = useSave();
  const timer = React.useRef<number | undefined>();
  const canAutosave = !initial.editing || initial.editing.value.reviewState !== 'Submitted';

  const write = React.useCallback(async (values: UpdateFields, intent: SaveIntent, over: Revision | undefined): Promise<boolean> => {
    const review = reviewAfterSave(stored.current, intent);
    const update = updateOf(values, actionRef, period, { ...review, submittedBy: { name: user.name, email: user.email }, submittedOn: now().toISOString() });
    const written = await runSave(async () => {
      try {
        return await repository.saveUpdate(plan, update, over);
      } catch (error) {
        if (error instanceof ConflictError) {
          setConflict({ mine: values, theirs: error.current as Update | undefined, theirEtag: error.currentEtag, theirId: error.currentId, intent });
        }
        throw error;
      }
    });
    if (!written) return false;
    remember(written.value);
    setRevision({ id: written.id, etag: written.etag });
    setConflict(undefined);
    setLastSavedAt(now());
    drafts.remove(deviceKey);
    return true;
  }, [actionRef, period, user, runSave, repository, plan, drafts, deviceKey, now]);

  const saveDraft = React.useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (fields.status && !conflict) await write(fields, 'draft', revision);
  }, [fields, conflict, write, revision]);

  React.useEffect(() => () => window.clearTimeout(timer.current), []);

  const setField = (field: keyof UpdateFields, value: string): void => {
    const next = { ...fields, [field]: value };
    setFields(next);
    drafts.write(deviceKey, next);
    setProblems(problems.filter((problem) => problem.field !== field));
    window.clearTimeout(timer.current);
    if (canAutosave && next.status && !conflict) {
      timer.current = window.setTimeout(() => { write(next, 'draft', revision).catch(() => undefined); }, AUTOSAVE_DELAY_MS);
    }
  };

  const submit = async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    const update = updateOf(fields, actionRef, period, { reviewState: 'Submitted' });
    const found = fields.status ? validateForSubmission(update) : [{ field: 'status' as const, code: 'badStatus' as const, message: '' }];
    setProblems(found);
    if (found.length > 0) return false;
    const done = await write(fields, 'submit', revision);
    if (done) reload();
    return done;
  };

  const keepMine = async (): Promise<void> => {
    if (!conflict) return;
    const id = conflict.theirId !== undefined ? conflict.theirId : revision && revision.id;
    const over = conflict.theirEtag && id !== undefined ? { id, etag: conflict.theirEtag } : undefined;
    setConflict(undefined);
    if (await write(conflict.mine, conflict.intent, over) && conflict.intent === 'submit') reload();
  };

  const useTheirs = (): void => {
    if (!conflict) return;
    const theirs = fieldsOf(conflict.theirs);
    setFields(theirs);
    drafts.remove(deviceKey);
    const id = conflict.theirId !== undefined ? conflict.theirId : revision && revision.id;
    if (conflict.theirEtag && id !== undefined) setRevision({ id, etag: conflict.theirEtag });
    setConflict(undefined);
  };

  return {
    fields, setField, editing: initial.editing, restoredFromDevice: !!saved && !sameFields(saved, initial.fields),
    lastSavedAt, problems, save, conflict, submit, saveDraft, keepMine, useTheirs
  };
}

function startingPoint(updates: Stored<Update>[], period: { financialYear: string; quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4' }): { fields: UpdateFields; editing?: Stored<Update> } {
  const index = editableUpdateIndex(updates.map((stored) => stored.value), period);
  if (index >= 0) {
    return { fields: fieldsOf(updates[index].value), editing: updates[index] };
  }
  // A new update after an approved one starts from it, so a small change is a small edit.
  return { fields: fieldsOf(countingUpdate(updates.map((stored) => stored.value), period)) };
}
