import { ClueKind, ClueSource } from '@rectify/domain';
import {
  Create,
  DateInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
} from 'react-admin';
import { useSessionUser } from '../../access/use-can.js';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { DeadlineInput, NoteInput } from './clue-inputs.js';
import type { ClueRecord } from './clue-record.js';
import { DisciplineOnly } from './discipline-only.js';
import { useClueHandlers } from './disclosure-buttons.js';

const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * 受理登记. The server numbers the case and checks it against earlier intakes of the same clue; when it links
 * the new case to one, the operator is told which and lands on the new case, where the link is confirmed or
 * undone.
 */
export function ClueCreate() {
  return (
    <DisciplineOnly>
      <ClueIntake />
    </DisciplineOnly>
  );
}

function ClueIntake() {
  const sources = useEnumChoices(ClueSource);
  const kinds = useEnumChoices(ClueKind);
  const me = useSessionUser();
  const colleagues = useClueHandlers().filter((h) => h.id !== me?.id);
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (clue: ClueRecord) => {
    if (clue.duplicateOf) {
      notify('rectify.clue.duplicateDetected', {
        type: 'warning',
        messageArgs: { serial: clue.serial, first: clue.duplicateOf.serial },
        autoHideDuration: 15_000,
      });
    } else {
      notify('rectify.clue.intaken', { type: 'success', messageArgs: { serial: clue.serial } });
    }
    redirect('show', 'clueCases', clue.id);
  };
  return (
    <Create redirect={false} mutationOptions={{ onSuccess }} title="rectify.clue.intake">
      <SimpleForm warnWhenUnsavedChanges defaultValues={{ receivedDate: today() }}>
        <SelectInput source="source" choices={sources} validate={required()} sx={{ minWidth: 240 }} />
        <SelectInput source="kind" choices={kinds} validate={required()} sx={{ minWidth: 240 }} />
        <ReferenceInput
          source="inspectionId"
          reference="inspections"
          sort={{ field: 'feedbackDate', order: 'DESC' }}
        >
          <SelectInput optionText="name" sx={{ minWidth: 360 }} />
        </ReferenceInput>
        <DateInput source="receivedDate" validate={required()} />
        <TextInput source="summary" multiline minRows={3} fullWidth validate={required()} />
        <TextInput source="subject" helperText="rectify.clue.hints.subject" validate={required()} />
        <TextInput source="informant" helperText="rectify.clue.hints.informant" />
        <DeadlineInput />
        <SelectArrayInput
          source="ownerUserIds"
          choices={colleagues}
          helperText="rectify.clue.hints.ownerUserIds"
          sx={{ minWidth: 240 }}
        />
        <NoteInput />
      </SimpleForm>
    </Create>
  );
}
