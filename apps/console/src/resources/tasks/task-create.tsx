import { TaskTerm } from '@rectify/domain';
import {
  AutocompleteInput,
  Create,
  DateInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { LeaderInput, UnitInput, UnitsInput } from '../references.js';

/** A new measure of an issue (opened from the issue, which fills in issueId). */
export function TaskCreate() {
  const terms = useEnumChoices(TaskTerm);
  return (
    <Create redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <ReferenceInput source="issueId" reference="issues" sort={{ field: 'code', order: 'ASC' }}>
          <AutocompleteInput
            optionText={(i: { code: string; title: string }) => `${i.code} ${i.title}`}
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
        <TextInput source="ordinal" />
        <TextInput source="measure" multiline minRows={4} fullWidth validate={required()} />
        <TextInput source="target" multiline fullWidth />
        <LeaderInput source="leaderId" />
        <UnitInput source="leadUnitId" />
        <UnitsInput source="coUnitIds" />
        <DateInput source="deadline" />
        <SelectInput source="term" choices={terms} defaultValue="BY_DEADLINE" />
      </SimpleForm>
    </Create>
  );
}
