import { Alert } from '@mui/material';
import {
  DateInput,
  Edit,
  required,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NoteInput } from './clue-inputs.js';
import type { ClueRecord } from './clue-record.js';
import { DisciplineOnly } from './discipline-only.js';

/**
 * 修改登记信息: corrections to an open case's intake. Only what changed is sent; the subject and the informant
 * are offered to the case's owners alone, as the server requires (others see that they are withheld).
 */
export function ClueEdit() {
  return (
    <DisciplineOnly>
      <Edit
        mutationMode="pessimistic"
        queryOptions={{ meta: { detail: true } }}
        redirect="show"
        title="rectify.clue.correctIntake"
      >
        <SimpleForm warnWhenUnsavedChanges>
          <IntakeFields />
        </SimpleForm>
      </Edit>
    </DisciplineOnly>
  );
}

function IntakeFields() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  return (
    <>
      <DateInput source="receivedDate" validate={required()} />
      <TextInput source="summary" multiline minRows={3} fullWidth validate={required()} />
      {clue?.ownedByMe ? (
        <>
          <TextInput source="subject" helperText="rectify.clue.hints.subject" validate={required()} />
          <TextInput source="informant" helperText="rectify.clue.hints.informant" />
        </>
      ) : (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="identity-withheld">
          {translate('rectify.clue.confidentialHint')}
        </Alert>
      )}
      <NoteInput />
    </>
  );
}
