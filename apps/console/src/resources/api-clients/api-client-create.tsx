import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { addDays, CHINA_OFFSET, chinaDateOf, PartnerScope } from '@rectify/domain';
import { useState } from 'react';
import {
  Button,
  CheckboxGroupInput,
  Create,
  DateInput,
  required,
  SimpleForm,
  TextInput,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';

/** The token works until the end of the chosen day, China Standard Time. */
const endOfDay = (data: Record<string, unknown>) => ({
  ...data,
  expiresAt: data.expiresAt
    ? `${String(data.expiresAt).slice(0, 10)}T23:59:59${CHINA_OFFSET}`
    : data.expiresAt,
});

/**
 * Shows the new token once. Escape and a click outside do nothing: only the button that says the token was
 * copied closes it, since a token closed by accident is gone (the API keeps only its hash).
 */
function TokenDialog({ token, onClose }: { token: string; onClose: () => void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(token);
    setCopied(true);
  };
  return (
    <Dialog open disableEscapeKeyDown fullWidth maxWidth="sm" data-testid="token-dialog">
      <DialogTitle>{translate('rectify.apiClient.tokenTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('rectify.apiClient.tokenOnce')}
        </Alert>
        <TextField
          value={token}
          fullWidth
          multiline
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'api-token' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button label={copied ? 'rectify.apiClient.copied' : 'rectify.apiClient.copy'} onClick={copy} />
        <Button label="rectify.apiClient.tokenKept" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
}

/** Creates a partner's token and shows it once: the API keeps only its hash. */
export function ApiClientCreate() {
  const scopes = useEnumChoices(PartnerScope);
  const [token, setToken] = useState<string | null>(null);
  const redirect = useRedirect();
  const inAYear = addDays(chinaDateOf(new Date()), 365);
  return (
    <Box>
      <Create
        transform={endOfDay}
        mutationOptions={{ onSuccess: (data) => setToken(String(data.token ?? '')) }}
      >
        <SimpleForm>
          <TextInput source="name" validate={required()} fullWidth />
          <TextInput source="department" validate={required()} fullWidth />
          <CheckboxGroupInput source="scopes" choices={scopes} row={false} validate={required()} />
          <DateInput source="expiresAt" defaultValue={inAYear} validate={required()} />
        </SimpleForm>
      </Create>
      {token !== null && <TokenDialog token={token} onClose={() => redirect('list', 'apiClients')} />}
    </Box>
  );
}
