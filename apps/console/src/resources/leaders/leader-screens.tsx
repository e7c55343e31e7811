import { LeadingGroupRole } from '@rectify/domain';
import {
  Create,
  DataTable,
  Edit,
  List,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import { EnumField } from '../../components/enum-field.js';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { UnitInput } from '../references.js';

export function LeaderList() {
  const roles = useEnumChoices(LeadingGroupRole);
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" alwaysOn />,
        <SelectArrayInput key="groupRole" source="groupRole" choices={roles} />,
        <UnitInput key="unitId" source="unitId" />,
      ]}
      sort={{ field: 'groupRole', order: 'ASC' }}
      exporter={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="post" disableSort />
        <DataTable.Col source="unitId" disableSort>
          <TextField source="unit.name" />
        </DataTable.Col>
        <DataTable.Col source="groupRole">
          <EnumField source="groupRole" enum={LeadingGroupRole} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function LeaderForm() {
  const roles = useEnumChoices(LeadingGroupRole);
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="name" />
      <TextInput source="post" fullWidth />
      <UnitInput source="unitId" />
      <SelectInput source="groupRole" choices={roles} defaultValue="MEMBER" />
    </SimpleForm>
  );
}

export const LeaderCreate = () => (
  <Create redirect="list">
    <LeaderForm />
  </Create>
);

export const LeaderEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <LeaderForm />
  </Edit>
);
