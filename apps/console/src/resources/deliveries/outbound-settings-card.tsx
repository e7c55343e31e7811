import {
  Alert,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { type OutboundSettings, updateOutboundSettings } from '../../providers/outbound-settings-api.js';
import { errorsByField } from './field-errors.js';

/**
 * The mail server, the console's address and the quiet hours. The stored password shows only masked; a blank
 * password field keeps it. A blank host means no mail server, blank quiet hours none.
 */
export function OutboundSettingsCard({
  settings,
  onSaved,
}: {
  settings: OutboundSettings;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [form, setForm] = useState({
    host: settings.smtp?.host ?? '',
    port: String(settings.smtp?.port ?? 465),
    secure: settings.smtp?.secure ?? true,
    username: settings.smtp?.username ?? '',
    password: '',
    from: settings.smtp?.from ?? '',
    consoleUrl: settings.consoleUrl,
    quietStart: settings.quietHours?.start ?? '',
    quietEnd: settings.quietHours?.end ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: key === 'secure' ? e.target.checked : e.target.value });
  const save = async () => {
    const result = await updateOutboundSettings({
      smtp: form.host.trim()
        ? {
            host: form.host.trim(),
            port: Number(form.port),
            secure: form.secure,
            username: form.username.trim() || null,
            // Omitted: the server keeps the stored password.
            ...(form.password ? { password: form.password } : {}),
            from: form.from.trim(),
          }
        : null,
      consoleUrl: form.consoleUrl.trim(),
      quietHours: form.quietStart && form.quietEnd ? { start: form.quietStart, end: form.quietEnd } : null,
    });
    setErrors(errorsByField(result.errors));
    if (result.errors.length === 0) {
      notify('rectify.outbound.saved', { type: 'info' });
      onSaved();
    }
  };
  // The server names quiet hours' fields by their place in the input.
  const errorOf = (key: keyof typeof form) =>
    errors[{ quietStart: 'start', quietEnd: 'end' }[key as string] ?? key];
  const field = (key: keyof typeof form, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      size="small"
      label={translate(`rectify.outbound.${key}`)}
      value={form[key]}
      onChange={set(key)}
      error={Boolean(errorOf(key))}
      helperText={errorOf(key) ?? extra.helperText}
      slotProps={{ htmlInput: { 'data-field': key } }}
      {...extra}
    />
  );
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="outbound-settings">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('rectify.outbound.title')}
        </Typography>
        {errors[''] && <Alert severity="error">{errors['']}</Alert>}
        <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap sx={{ mt: 1 }}>
          {field('host')}
          {field('port', { type: 'number', sx: { width: 120 } })}
          <FormControlLabel
            control={<Checkbox checked={form.secure} onChange={set('secure')} />}
            label={translate('rectify.outbound.secure')}
          />
          {field('username')}
          {field('password', {
            type: 'password',
            autoComplete: 'new-password',
            helperText: settings.smtp?.passwordMasked
              ? translate('rectify.outbound.keepSecret', { masked: settings.smtp.passwordMasked })
              : undefined,
          })}
          {field('from')}
          {field('consoleUrl', { sx: { minWidth: 320 } })}
          {field('quietStart', {
            type: 'time',
            slotProps: { inputLabel: { shrink: true }, htmlInput: { 'data-field': 'quietStart' } },
          })}
          {field('quietEnd', {
            type: 'time',
            slotProps: { inputLabel: { shrink: true }, htmlInput: { 'data-field': 'quietEnd' } },
          })}
        </Stack>
        <Button variant="contained" sx={{ mt: 2 }} onClick={() => void save()}>
          {translate('ra.action.save')}
        </Button>
      </CardContent>
    </Card>
  );
}
