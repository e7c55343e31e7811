import { NoticeMode, NotificationKind } from '@rectify/domain';
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useDomainLocale } from '../i18n/use-domain-locale.js';
import { myNoticePreferences, updateMyNoticePreferences } from '../providers/notice-preferences-api.js';

/** Each user chooses, per kind of notice, console only, e-mail at once or the daily digest, and their address. */
export function NoticePreferencesCard() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const [email, setEmail] = useState<string | null>(null);
  const [modes, setModes] = useState<Record<string, NoticeMode>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    myNoticePreferences().then(
      (loaded) => {
        setModes(Object.fromEntries(loaded.modes.map((m) => [m.kind, m.mode])));
        setEmail(loaded.email ?? '');
      },
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  }, [notify]);
  const save = async () => {
    const result = await updateMyNoticePreferences({
      email: (email ?? '').trim(),
      modes: NotificationKind.values.map((kind) => ({ kind, mode: modes[kind] ?? 'CONSOLE' })),
    });
    setErrors(Object.fromEntries(result.errors.map((e) => [e.field.split('.')[0] ?? '', e.message])));
    if (result.errors.length === 0) notify('rectify.account.noticesSaved', { type: 'success' });
  };
  return (
    <Card
      variant="outlined"
      sx={{ maxWidth: 480, mt: 2 }}
      data-testid="notice-preferences"
      aria-busy={email === null}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('rectify.account.notices')}
        </Typography>
        {email !== null && (
          <Stack spacing={2}>
            {errors[''] && <Alert severity="error">{errors['']}</Alert>}
            <TextField
              size="small"
              type="email"
              label={translate('rectify.account.noticeEmail')}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={Boolean(errors.email)}
              helperText={errors.email ?? translate('rectify.account.noticeEmailHint')}
              slotProps={{ htmlInput: { 'data-field': 'email' } }}
            />
            {NotificationKind.values.map((kind) => (
              <TextField
                key={kind}
                select
                size="small"
                label={NotificationKind.label(kind, locale)}
                value={modes[kind] ?? 'CONSOLE'}
                onChange={(e) => setModes({ ...modes, [kind]: e.target.value as NoticeMode })}
                error={Boolean(errors.modes)}
                slotProps={{ select: { SelectDisplayProps: { 'data-kind': kind } as object } }}
              >
                {NoticeMode.values.map((mode) => (
                  <MenuItem key={mode} value={mode}>
                    {NoticeMode.label(mode, locale)}
                  </MenuItem>
                ))}
              </TextField>
            ))}
            <Button variant="contained" onClick={() => void save()} sx={{ alignSelf: 'flex-start' }}>
              {translate('ra.action.save')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
