import { DeliveryChannel, DeliveryStatus, NotificationKind } from '@rectify/domain';
import {
  Alert,
  Card,
  CardContent,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import {
  cancelDelivery,
  type Delivery,
  listDeliveries,
  retryDelivery,
} from '../../providers/deliveries-api.js';
import { OutboundChannels } from './outbound-channels.js';

const WAITING: readonly DeliveryStatus[] = ['QUEUED', 'RETRYING', 'IN_DIGEST'];

/**
 * 消息发送: every outbound e-mail and group-robot post — channel, kind, recipient, status, attempts and last
 * error; ADMIN retries one that failed or was cancelled, and cancels one not yet sent.
 */
export function DeliveriesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const canManage = useCan()('delivery.manage');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [rows, setRows] = useState<Delivery[] | null>(null);
  const load = useCallback(
    () =>
      listDeliveries(status || null).then(setRows, (error: Error) => {
        setRows([]);
        notify(error.message, { type: 'error' });
      }),
    [status, notify],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      notify(done, { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    await load();
  };
  const when = (value: string | null) => (value ? formatDateTime(value, locale) : '—');
  const kindLabel = (kind: string) =>
    NotificationKind.is(kind)
      ? NotificationKind.labels[kind][locale]
      : translate('rectify.deliveries.digest');
  return (
    <>
      {canManage && <OutboundChannels />}
      <Card>
        <Title title={translate('resources.deliveries.name', { smart_count: 2 })} />
        <CardContent data-testid="deliveries" aria-busy={rows === null}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('rectify.deliveries.help')}
          </Typography>
          <TextField
            select
            size="small"
            label={translate('rectify.deliveries.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value as DeliveryStatus | '')}
            fullWidth={false}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            sx={{ width: 200, mb: 2 }}
          >
            <MenuItem value="">{translate('rectify.deliveries.all')}</MenuItem>
            {DeliveryStatus.values.map((value) => (
              <MenuItem key={value} value={value}>
                {DeliveryStatus.labels[value][locale]}
              </MenuItem>
            ))}
          </TextField>
          {rows?.length === 0 && <Alert severity="info">{translate('rectify.deliveries.none')}</Alert>}
          {rows && rows.length > 0 && (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('rectify.deliveries.channel')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.kind')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.recipient')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.status')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.attempts')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.created')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.sent')}</TableCell>
                  <TableCell>{translate('rectify.deliveries.error')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id} data-delivery-id={row.id} data-delivery-status={row.status}>
                    <TableCell>{DeliveryChannel.labels[row.channel][locale]}</TableCell>
                    <TableCell>{kindLabel(row.kind)}</TableCell>
                    <TableCell>{row.recipient}</TableCell>
                    <TableCell>
                      {DeliveryStatus.labels[row.status][locale]}
                      {row.status === 'QUEUED' && (
                        <Typography variant="caption" display="block" color="text.secondary">
                          {`${translate('rectify.deliveries.notBefore')} ${when(row.notBefore)}`}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{row.attempts}</TableCell>
                    <TableCell>{when(row.createdAt)}</TableCell>
                    <TableCell>{when(row.sentAt)}</TableCell>
                    <TableCell sx={{ color: 'error.main', wordBreak: 'break-word' }}>
                      {row.lastError ?? ''}
                    </TableCell>
                    <TableCell align="right">
                      {canManage && (row.status === 'FAILED' || row.status === 'CANCELLED') && (
                        <Button
                          label="rectify.deliveries.retry"
                          onClick={() => act(() => retryDelivery(row.id), 'rectify.deliveries.retried')}
                        />
                      )}
                      {canManage && WAITING.includes(row.status) && (
                        <Button
                          label="rectify.deliveries.cancel"
                          onClick={() => act(() => cancelDelivery(row.id), 'rectify.deliveries.cancelled')}
                        />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
