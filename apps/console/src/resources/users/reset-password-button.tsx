import LockResetIcon from '@mui/icons-material/LockReset';
import { useState } from 'react';
import { Button, PasswordInput, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import { FormDialog } from '../../components/form-dialog.js';
import type { RectifyDataProvider } from '../../providers/data-provider.js';

export function ResetPasswordButton() {
  const user = useRecordContext<{ id: number }>();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<RectifyDataProvider>();
  const notify = useNotify();
  if (!user) return null;
  const reset = async ({ password }: { password: string }) => {
    await dataProvider.resetPassword(user.id, password);
    notify('rectify.user.passwordReset', { type: 'success' });
  };
  return (
    <>
      <Button label="rectify.user.resetPassword" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      {open && (
        <FormDialog<{ password: string }>
          open
          onClose={() => setOpen(false)}
          title="rectify.user.resetPassword"
          saveLabel="rectify.user.resetPassword"
          onSubmit={reset}
        >
          <PasswordInput source="password" label="rectify.user.newPassword" autoComplete="new-password" />
        </FormDialog>
      )}
    </>
  );
}
