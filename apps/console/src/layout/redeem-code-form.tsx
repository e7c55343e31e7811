import { CardContent } from '@mui/material';
import { Form, PasswordInput, required, SaveButton, TextInput, useNotify } from 'react-admin';
import { useFormSubmit } from '../components/use-form-submit.js';
import { redeemResetCode } from '../providers/account-security.js';

type Values = { username: string; code: string; newPassword: string };

/**
 * 我有重置码: the holder of a reset code (from the administrator, or for a DISCIPLINE account from the
 * approving officer) chooses their own password and is signed in.
 */
export function RedeemCodeForm() {
  const notify = useNotify();
  const submit = useFormSubmit<Values>(async (values) => {
    await redeemResetCode(values);
    notify('rectify.reset.redeemed', { type: 'success' });
    // A fresh start of the console with the new session.
    window.location.assign('/');
  });
  return (
    <Form onSubmit={submit} noValidate>
      <CardContent sx={{ minWidth: 300 }}>
        <TextInput
          source="username"
          label="ra.auth.username"
          autoComplete="username"
          validate={required()}
          fullWidth
        />
        <TextInput
          source="code"
          label="rectify.reset.code"
          autoComplete="one-time-code"
          validate={required()}
          fullWidth
        />
        <PasswordInput
          source="newPassword"
          label="rectify.account.newPassword"
          autoComplete="new-password"
          validate={required()}
          fullWidth
        />
        <SaveButton label="rectify.reset.redeem" fullWidth icon={<span />} alwaysEnable />
      </CardContent>
    </Form>
  );
}
