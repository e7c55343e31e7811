import LockOpenIcon from '@mui/icons-material/LockOpen';
import LockResetIcon from '@mui/icons-material/LockReset';
import { PasswordResetStatus } from '@rectify/domain';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import {
  latestPasswordReset,
  type PasswordReset,
  resetPassword,
  unlockSignIn,
} from '../../providers/account-security.js';

/**
 * The administrator's reset: a one-time code for the holder, shown here once — or, for a DISCIPLINE account,
 * a request that another DISCIPLINE user approves (the code then goes to them, never to the administrator).
 */
export function ResetPasswordButton() {
  const user = useRecordContext<{ id: number }>();
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ code: string | null; reset: PasswordReset | null } | null>(null);
  const [latest, setLatest] = useState<PasswordReset | null>(null);
  useEffect(() => {
    if (user) latestPasswordReset(user.id).then(setLatest, () => setLatest(null));
  }, [user, result]);
  if (!user) return null;
  const reset = async () => {
    setConfirming(false);
    try {
      setResult(await resetPassword(user.id));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      {latest && (
        <Typography variant="body2" color="text.secondary" data-reset-status={latest.status} sx={{ mr: 1 }}>
          {translate('rectify.reset.latest', { status: PasswordResetStatus.labels[latest.status][locale] })}
        </Typography>
      )}
      <Button label="rectify.user.resetPassword" onClick={() => setConfirming(true)}>
        <LockResetIcon />
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{translate('rectify.user.resetPassword')}</DialogTitle>
        <DialogContent>
          <Typography>{translate('rectify.reset.confirm')}</Typography>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setConfirming(false)} />
          <Button label="rectify.user.resetPassword" onClick={reset} variant="contained" />
        </DialogActions>
      </Dialog>
      <Dialog open={result !== null} onClose={() => setResult(null)}>
        <DialogTitle>{translate('rectify.user.resetPassword')}</DialogTitle>
        <DialogContent>
          {result?.code ? (
            <>
              <Typography>{translate('rectify.reset.codeIssued')}</Typography>
              <Typography data-reset-code sx={{ fontFamily: 'monospace', fontSize: 24, my: 2 }}>
                {result.code}
              </Typography>
              <Alert severity="warning">{translate('rectify.reset.codeOnce')}</Alert>
            </>
          ) : (
            <Alert severity="info" data-reset-pending>
              {translate('rectify.reset.awaitingApproval')}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setResult(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Lifts the account's sign-in delays from every address. */
export function UnlockSignInButton() {
  const user = useRecordContext<{ id: number }>();
  const notify = useNotify();
  if (!user) return null;
  const unlock = async () => {
    try {
      const cleared = await unlockSignIn(user.id);
      notify('rectify.reset.unlocked', { type: 'success', messageArgs: { smart_count: cleared } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label="rectify.reset.unlock" onClick={unlock}>
      <LockOpenIcon />
    </Button>
  );
}
