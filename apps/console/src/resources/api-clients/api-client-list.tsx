import { Chip } from '@mui/material';
import { PartnerScope } from '@rectify/domain';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { DateField } from '../../components/date-field.js';
import { EnumField } from '../../components/enum-field.js';
import { RevokeButton } from './revoke-button.js';

type ApiClientRecord = { id: number; revokedAt: string | null; expiresAt: string };

function TokenState() {
  const client = useRecordContext<ApiClientRecord>();
  const translate = useTranslate();
  if (!client) return null;
  if (client.revokedAt)
    return <Chip size="small" color="error" label={translate('rectify.apiClient.revoked')} />;
  if (Date.parse(client.expiresAt) < Date.now())
    return <Chip size="small" label={translate('rectify.apiClient.expired')} />;
  return (
    <Chip size="small" color="success" variant="outlined" label={translate('rectify.apiClient.active')} />
  );
}

/** Partner departments' tokens: who holds one, what it may read, until when. */
export function ApiClientList() {
  const can = useCan();
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="department" disableSort />
        <DataTable.Col source="scopes" disableSort>
          <EnumField source="scopes" enum={PartnerScope} />
        </DataTable.Col>
        <DataTable.Col source="tokenPrefix" disableSort />
        <DataTable.Col source="expiresAt" field={DateField} />
        <DataTable.Col source="revokedAt" disableSort label="rectify.apiClient.state" field={TokenState} />
        {can('apiClient.write') && (
          <DataTable.Col>
            <RevokeButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
