import { ChangeKind, WebhookDeliveryStatus } from '@rectify/domain';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { useCan } from '../../access/use-can.js';
import {
  listWebhookDeliveries,
  retryWebhookDelivery,
  type WebhookDelivery,
} from '../../providers/webhooks-api.js';

/**
 * 投递记录: a subscription's newest deliveries, each with its attempts, the receiver's answer and the last error;
 * one that failed for good can be sent again (重新推送).
 */
export function DeliveryLog({ subscriptionId, reload }: { subscriptionId: number; reload: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const canRetry = useCan()('apiClient.write');
  const [rows, setRows] = useState<WebhookDelivery[] | null>(null);
  const load = useCallback(
    () =>
      listWebhookDeliveries(subscriptionId).then(setRows, (error: Error) => {
        setRows([]);
        notify(error.message, { type: 'error' });
      }),
    [subscriptionId, notify],
  );
  // `reload` is the parent's request to read again.
  useEffect(() => {
    void load();
  }, [load, reload]);
  const retry = async (id: number) => {
    try {
      await retryWebhookDelivery(id);
      notify('rectify.webhooks.retried', { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    await load();
  };
  const when = (value: string | null) => (value ? formatDateTime(value, locale) : '—');
  return (
    <section data-testid="webhook-deliveries" aria-busy={rows === null}>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('rectify.webhooks.log')}
        <Button label="rectify.webhooks.refresh" onClick={() => void load()} data-refresh-deliveries />
      </Typography>
      {rows?.length === 0 && <Alert severity="info">{translate('rectify.webhooks.noDeliveries')}</Alert>}
      {rows && rows.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('rectify.webhooks.delivery')}</TableCell>
              <TableCell>{translate('rectify.webhooks.kind')}</TableCell>
              <TableCell>{translate('rectify.webhooks.status')}</TableCell>
              <TableCell>{translate('rectify.webhooks.attempts')}</TableCell>
              <TableCell>{translate('rectify.webhooks.response')}</TableCell>
              <TableCell>{translate('rectify.webhooks.createdAt')}</TableCell>
              <TableCell>{translate('rectify.webhooks.deliveredAt')}</TableCell>
              <TableCell>{translate('rectify.webhooks.error')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((d) => (
              <TableRow key={d.id} data-delivery-id={d.id} data-delivery-status={d.status}>
                <TableCell>{d.id}</TableCell>
                <TableCell>
                  {d.kind ? ChangeKind.labels[d.kind][locale] : translate('rectify.webhooks.testKind')}
                </TableCell>
                <TableCell>{WebhookDeliveryStatus.labels[d.status][locale]}</TableCell>
                <TableCell>{d.attempts}</TableCell>
                <TableCell>{d.responseStatus ?? '—'}</TableCell>
                <TableCell>{when(d.createdAt)}</TableCell>
                <TableCell>{when(d.deliveredAt)}</TableCell>
                <TableCell sx={{ color: 'error.main', wordBreak: 'break-word' }}>
                  {d.lastError ?? ''}
                </TableCell>
                <TableCell align="right">
                  {canRetry && d.status === 'FAILED' && (
                    <Button
                      label="rectify.webhooks.retry"
                      onClick={() => void retry(d.id)}
                      data-retry-delivery
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
