import { PasswordResetReason } from '@rectify/domain';
import {
  Alert,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import {
  decidePasswordReset,
  type PasswordReset,
  pendingPasswordResets,
} from '../../providers/account-security.js';

/**
 * 账号重置审批: a DISCIPLINE user approves (or refuses) the password reset or enrolment of another DISCIPLINE
 * account. Approving shows the one-time code here, once, to hand to the account's holder in person.
 */
export function PasswordResetApprovalsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const [rows, setRows] = useState<PasswordReset[] | null>(null);
  const [issued, setIssued] = useState<{ code: string; who: string } | null>(null);
  const load = useCallback(() => pendingPasswordResets().then(setRows, () => setRows([])), []);
  useEffect(() => {
    void load();
  }, [load]);
  const decide = async (decision: 'approve' | 'reject', row: PasswordReset) => {
    try {
      const result = await decidePasswordReset(decision, row.id);
      if (result.code) setIssued({ code: result.code, who: `${row.displayName}(${row.username})` });
      else notify('rectify.reset.rejected', { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    await load();
  };
  return (
    <Card>
      <Title title={translate('resources.passwordResetApprovals.name', { smart_count: 2 })} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('rectify.reset.approvalsHelp')}
        </Typography>
        {rows?.length === 0 && <Alert severity="info">{translate('rectify.reset.noneAwaiting')}</Alert>}
        {rows && rows.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rectify.reset.account')}</TableCell>
                <TableCell>{translate('rectify.reset.reason')}</TableCell>
                <TableCell>{translate('rectify.reset.requested')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-reset-id={row.id}>
                  <TableCell>{`${row.displayName}(${row.username})`}</TableCell>
                  <TableCell>{PasswordResetReason.labels[row.reason][locale]}</TableCell>
                  <TableCell>{`${row.requestedByName ?? '—'} · ${formatDateTime(row.requestedAt, locale)}`}</TableCell>
                  <TableCell align="right">
                    <Button label="rectify.reset.approve" onClick={() => decide('approve', row)} />
                    <Button label="rectify.reset.reject" onClick={() => decide('reject', row)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <Dialog open={issued !== null} onClose={() => setIssued(null)}>
        <DialogTitle>{translate('rectify.reset.approve')}</DialogTitle>
        <DialogContent>
          <Typography>{translate('rectify.reset.handOver', { who: issued?.who ?? '' })}</Typography>
          <Typography data-reset-code sx={{ fontFamily: 'monospace', fontSize: 24, my: 2 }}>
            {issued?.code}
          </Typography>
          <Alert severity="warning">{translate('rectify.reset.codeOnce')}</Alert>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setIssued(null)} />
        </DialogActions>
      </Dialog>
    </Card>
  );
}
