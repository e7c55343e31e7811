import { InspectionKind, InspectionLevel } from '@rectify/domain';
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
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enum={InspectionKind} />
        </DataTable.Col>
        <DataTable.Col source="feedbackDate" field={DateField} />
        <DataTable.Col source="rectificationDeadline" disableSort field={DateField} />
      </DataTable>
    </List>
  );
}

/** A new inspection may leave its kind to its level (市委、县委巡察); a stored one always has one. */
function InspectionForm({ creating = false }: { creating?: boolean }) {
  const levels = useEnumChoices(InspectionLevel);
  const kinds = useEnumChoices(InspectionKind);
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="name" fullWidth />
      <TextInput source="inspectingBody" fullWidth />
      <TextInput source="inspectedOrganisation" fullWidth />
      <SelectInput source="level" choices={levels} />
      {creating ? (
        <SelectInput source="kind" choices={kinds} helperText="rectify.inspection.kindHint" />
      ) : (
        <SelectInput source="kind" choices={kinds} emptyText={false} />
      )}
      <DateInput source="onSiteFrom" />
      <DateInput source="onSiteTo" />
      <DateInput source="feedbackDate" />
      <DateInput source="rectificationDeadline" />
    </SimpleForm>
  );
}

export const InspectionCreate = () => (
  <Create redirect="list">
    <InspectionForm creating />
  </Create>
);

export const InspectionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <InspectionForm />
  </Edit>
);
