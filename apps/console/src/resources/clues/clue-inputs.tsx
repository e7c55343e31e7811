import { ClueOutcome, DisposalMethod } from '@rectify/domain';
import { DateInput, SelectInput, TextInput } from 'react-admin';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';

// The inputs the clue dialogs share; labels come from resources.clueCases.fields, enum labels from the domain.

export function NoteInput({ required }: { required?: boolean }) {
  return (
    <TextInput
      source="note"
      multiline
      minRows={2}
      fullWidth
      helperText="rectify.clue.hints.note"
      isRequired={required}
    />
  );
}

export function DeadlineInput() {
  return <DateInput source="deadline" helperText="rectify.clue.hints.deadline" />;
}

export function MethodInput({ only }: { only?: readonly DisposalMethod[] }) {
  const choices = useEnumChoices(DisposalMethod).filter((c) => !only || only.includes(c.id));
  return <SelectInput source="method" choices={choices} sx={{ minWidth: 240 }} />;
}

export function OutcomeInput({ helper }: { helper?: boolean }) {
  const choices = useEnumChoices(ClueOutcome);
  return (
    <SelectInput
      source="outcome"
      choices={choices}
      sx={{ minWidth: 240 }}
      helperText={helper ? 'rectify.clue.hints.outcome' : undefined}
    />
  );
}

export function SanctionsInput() {
  return <TextInput source="sanctions" multiline minRows={2} fullWidth />;
}
