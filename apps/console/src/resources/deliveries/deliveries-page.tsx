import { DeliveryChannel, DeliveryStatus, NotificationKind } from '@rectify/domain';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Button, Title, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { EnumFilter } from '../../components/enum-filter.js';
import { RecordTable } from '../../components/record-table.js';
import { useLoaded } from '../../components/use-loaded.js';
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
  const locale = useDomainLocale();
  const canManage = useCan()('delivery.manage');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const { data: rows, act } = useLoaded(
    useCallback(() => listDeliveries(status || null), [status]),
    [] as Delivery[],
  );
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
          <EnumFilter
            enumeration={DeliveryStatus}
            label="rectify.deliveries.status"
            all="rectify.deliveries.all"
            value={status}
            onChange={setStatus}
          />
          {rows?.length === 0 && <Alert severity="info">{translate('rectify.deliveries.none')}</Alert>}
          {rows && rows.length > 0 && (
            <RecordTable
              rows={rows}
              rowProps={(row) => ({ 'data-delivery-id': row.id, 'data-delivery-status': row.status })}
              columns={[
                {
                  header: 'rectify.deliveries.channel',
                  cell: (row) => DeliveryChannel.labels[row.channel][locale],
                },
                { header: 'rectify.deliveries.kind', cell: (row) => kindLabel(row.kind) },
                { header: 'rectify.deliveries.recipient', cell: (row) => row.recipient },
                {
                  header: 'rectify.deliveries.status',
                  cell: (row) => (
                    <>
                      {DeliveryStatus.labels[row.status][locale]}
                      {row.status === 'QUEUED' && (
                        <Typography variant="caption" display="block" color="text.secondary">
                          {`${translate('rectify.deliveries.notBefore')} ${when(row.notBefore)}`}
                        </Typography>
                      )}
                    </>
                  ),
                },
                { header: 'rectify.deliveries.attempts', cell: (row) => row.attempts },
                { header: 'rectify.deliveries.created', cell: (row) => when(row.createdAt) },
                { header: 'rectify.deliveries.sent', cell: (row) => when(row.sentAt) },
                {
                  header: 'rectify.deliveries.error',
                  cell: (row) => (
                    <Box component="span" sx={{ color: 'error.main', wordBreak: 'break-word' }}>
                      {row.lastError ?? ''}
                    </Box>
                  ),
                },
                {
                  align: 'right',
                  cell: (row) => (
                    <>
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
                    </>
                  ),
                },
              ]}
            />
          )}
        </CardContent>
      </Card>
    </>
  );
}
