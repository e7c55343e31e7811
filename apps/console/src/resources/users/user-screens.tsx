import { Role } from '@rectify/domain';
import {
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  Edit,
  FormDataConsumer,
  List,
  PasswordInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { EnumField } from '../../components/enum-field.js';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { LeaderInput, UnitInput } from '../references.js';
import { ResetPasswordButton, UnlockSignInButton } from './reset-password-button.js';

/** Roles a person can hold: PARTNER belongs to API tokens. */
function useUserRoles() {
  return useEnumChoices(Role).filter((c) => c.id !== 'PARTNER');
}

export function UserList() {
  const roles = useUserRoles();
  const can = useCan();
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" alwaysOn />,
        <SelectArrayInput key="role" source="role" choices={roles} />,
      ]}
      sort={{ field: 'username', order: 'ASC' }}
      exporter={false}
    >
      <DataTable rowClick={can('user.write') ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" disableSort />
        <DataTable.Col source="role">
          <EnumField source="role" enum={Role} />
        </DataTable.Col>
        <DataTable.Col source="unitId" disableSort>
          <TextField source="unit.name" />
        </DataTable.Col>
        <DataTable.Col source="leaderId" disableSort>
          <TextField source="leader.name" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort field={BooleanField} />
      </DataTable>
    </List>
  );
}

export function UserCreate() {
  const roles = useUserRoles();
  return (
    <Create redirect="list">
      <SimpleForm warnWhenUnsavedChanges>
        <TextInput source="username" autoComplete="off" />
        <TextInput source="displayName" />
        <FormDataConsumer>
          {({ formData }) =>
            formData.role === 'DISCIPLINE' ? null : (
              <PasswordInput source="password" autoComplete="new-password" />
            )
          }
        </FormDataConsumer>
        <SelectInput source="role" choices={roles} />
        <UnitInput source="unitId" />
        <LeaderInput source="leaderId" />
      </SimpleForm>
    </Create>
  );
}

export function UserEdit() {
  const roles = useUserRoles();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="list"
      actions={
        <TopToolbar>
          <ResetPasswordButton />
          <UnlockSignInButton />
        </TopToolbar>
      }
    >
      <SimpleForm warnWhenUnsavedChanges>
        <TextInput source="username" disabled />
        <TextInput source="displayName" />
        <SelectInput source="role" choices={roles} />
        <UnitInput source="unitId" />
        <LeaderInput source="leaderId" />
        <BooleanInput source="active" />
      </SimpleForm>
    </Edit>
  );
}
