import { IssueKind } from '@rectify/domain';
import {
  AutocompleteInput,
  Create,
  Edit,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { LeaderInput, UnitInput } from '../references.js';

function IssueFields() {
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="title" validate={required()} multiline fullWidth />
      <TextInput source="responseText" multiline minRows={3} fullWidth />
      <LeaderInput source="leadLeaderId" />
      <UnitInput source="leadUnitId" />
    </>
  );
}

export function IssueEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <IssueFields />
      </SimpleForm>
    </Edit>
  );
}

export function IssueCreate() {
  const kinds = useEnumChoices(IssueKind);
  return (
    <Create redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <ReferenceInput source="inspectionId" reference="inspections">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="parentId" reference="issues" sort={{ field: 'code', order: 'ASC' }}>
          <AutocompleteInput optionText={(i: { code: string; title: string }) => `${i.code} ${i.title}`} />
        </ReferenceInput>
        <SelectInput source="kind" choices={kinds} validate={required()} />
        <IssueFields />
      </SimpleForm>
    </Create>
  );
}
