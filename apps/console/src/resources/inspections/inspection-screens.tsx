import { InspectionLevel } from '@rectify/domain';
import { Create, DataTable, DateInput, Edit, List, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { DateField } from '../../components/date-field.js';
import { EnumField } from '../../components/enum-field.js';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';

export function InspectionList() {
  return (
    <List sort={{ field: 'feedbackDate', order: 'DESC' }} exporter={false}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="inspectingBody" disableSort />
        <DataTable.Col source="inspectedOrganisation" disableSort />
        <DataTable.Col source="level" disableSort>
          <EnumField source="level" enum={InspectionLevel} />
        </DataTable.Col>
        <DataTable.Col source="feedbackDate" field={DateField} />
        <DataTable.Col source="rectificationDeadline" disableSort field={DateField} />
      </DataTable>
    </List>
  );
}

function InspectionForm() {
  const levels = useEnumChoices(InspectionLevel);
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="name" fullWidth />
      <TextInput source="inspectingBody" fullWidth />
      <TextInput source="inspectedOrganisation" fullWidth />
      <SelectInput source="level" choices={levels} />
      <DateInput source="onSiteFrom" />
      <DateInput source="onSiteTo" />
      <DateInput source="feedbackDate" />
      <DateInput source="rectificationDeadline" />
    </SimpleForm>
  );
}

export const InspectionCreate = () => (
  <Create redirect="list">
    <InspectionForm />
  </Create>
);

export const InspectionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <InspectionForm />
  </Edit>
);
