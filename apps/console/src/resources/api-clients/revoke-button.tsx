import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { RectifyDataProvider } from '../../providers/data-provider.js';

export function RevokeButton() {
  const client = useRecordContext<{ id: number; revokedAt: string | null }>();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<RectifyDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!client || client.revokedAt) return null;
  const revoke = async () => {
    setOpen(false);
    try {
      await dataProvider.revokeApiClient(client.id);
      notify('rectify.apiClient.revoked', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label="rectify.apiClient.revoke" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="rectify.apiClient.revoke"
        content="rectify.apiClient.revokeConfirm"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
