import { UnitKind } from '@rectify/domain';
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

export function UnitList() {
  const kinds = useEnumChoices(UnitKind);
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" alwaysOn />,
        <SelectArrayInput key="kind" source="kind" choices={kinds} />,
      ]}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enum={UnitKind} />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <TextField source="parent.name" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function UnitForm() {
  const kinds = useEnumChoices(UnitKind);
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="name" fullWidth />
      <SelectInput source="kind" choices={kinds} />
      <UnitInput source="parentId" />
    </SimpleForm>
  );
}

export const UnitCreate = () => (
  <Create redirect="list">
    <UnitForm />
  </Create>
);

export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <UnitForm />
  </Edit>
);
