import {
  AutocompleteInput,
  DataTable,
  DateTimeInput,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../components/date-field.js';
import { AuditAction } from './audit-action.js';
import { AuditChanges } from './audit-changes.js';
import { AuditEntity } from './audit-entity.js';

// The input gives local wall time; the schema wants an instant with its offset.
const toInstant = (value: string) => (value ? new Date(value).toISOString() : null);

/** The audit log: who did what to which record, before and after, newest first. */
export function AuditList() {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'at', order: 'DESC' }}
      perPage={50}
      exporter={false}
      filters={[
        <TextInput key="entity" source="entity" alwaysOn />,
        <TextInput key="entityId" source="entityId" alwaysOn />,
        <TextInput key="action" source="action" alwaysOn />,
        <ReferenceInput key="actorUserId" source="actorUserId" reference="users">
          <AutocompleteInput optionText="displayName" />
        </ReferenceInput>,
        <DateTimeInput key="from" source="from" parse={toInstant} />,
        <DateTimeInput key="to" source="to" parse={toInstant} />,
      ]}
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="at" render={() => <DateField source="at" showTime />} />
        <DataTable.Col source="actorUserId" disableSort>
          <ReferenceField
            source="actorUserId"
            reference="users"
            link={false}
            emptyText={translate('rectify.audit.system')}
          >
            <TextField source="displayName" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="action" disableSort field={AuditAction} />
        <DataTable.Col source="entity" disableSort field={AuditEntity} />
        <DataTable.Col source="entityId" disableSort />
        <DataTable.Col source="after" disableSort label="rectify.audit.details">
          <AuditChanges />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
