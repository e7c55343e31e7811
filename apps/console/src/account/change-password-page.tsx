import { Box, Card, CardContent } from '@mui/material';
import {
  Form,
  PasswordInput,
  required,
  SaveButton,
  Title,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useFormSubmit } from '../components/use-form-submit.js';
import { changeOwnPassword } from '../providers/account-api.js';
import { NoticePreferencesCard } from './notice-preferences-card.js';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The confirmation must repeat the new password: a typo would otherwise lock the user out. */
const sameAsNew = (value: string, values: Partial<PasswordChange>) =>
  value === values.newPassword ? undefined : 'rectify.account.mismatch';

/**
 * Any signed-in user changes their own password. The server checks the current one and the policy (its
 * messages appear under the fields); every other session of the user ends. Below, how notices reach them.
 */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const submit = useFormSubmit<PasswordChange>(async (values) => {
    await changeOwnPassword(values.currentPassword, values.newPassword);
    notify('rectify.account.passwordChanged', { type: 'success' });
    redirect('/');
  });
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('rectify.account.changePassword')} />
      <Card variant="outlined" sx={{ maxWidth: 480 }} data-testid="change-password">
        <CardContent>
          <Form onSubmit={submit} noValidate>
            <PasswordInput
              source="currentPassword"
              label="rectify.account.currentPassword"
              validate={required()}
              autoComplete="current-password"
              fullWidth
            />
            <PasswordInput
              source="newPassword"
              label="rectify.account.newPassword"
              helperText="rectify.account.newPasswordHint"
              validate={required()}
              autoComplete="new-password"
              fullWidth
            />
            <PasswordInput
              source="confirmPassword"
              label="rectify.account.confirmPassword"
              validate={[required(), sameAsNew]}
              autoComplete="new-password"
              fullWidth
            />
            <SaveButton alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      <NoticePreferencesCard />
    </Box>
  );
}
