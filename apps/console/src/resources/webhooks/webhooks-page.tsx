import { ChangeKind } from '@rectify/domain';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, Title, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { RecordTable } from '../../components/record-table.js';
import { useLoaded } from '../../components/use-loaded.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listWebhookSubscriptions,
  sendTestWebhook,
  setWebhookActive,
  type WebhookSubscription,
} from '../../providers/webhooks-api.js';
import { DeliveryLog } from './delivery-log.js';

type Loaded = Awaited<ReturnType<typeof listWebhookSubscriptions>>;

const NOTHING_LOADED: Loaded = { subscriptions: [], apiClients: [] };

/**
 * 推送订阅: ADMIN subscribes partners' endpoints to their API clients' changes (the signing secret is shown once),
 * pauses, resumes or deletes them (asking first), sends a test, and reads each subscription's delivery log,
 * where a delivery that failed for good can be sent again.
 */
export function WebhooksPage() {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const canWrite = useCan()('apiClient.write');
  const [selected, setSelected] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const [secret, setSecret] = useState<string | null>(null);
  const [removing, setRemoving] = useState<WebhookSubscription | null>(null);
  const { data, load, act: actThenLoad } = useLoaded(listWebhookSubscriptions, NOTHING_LOADED);
  // The delivery log below reads again too.
  const act = async (run: () => Promise<unknown>, done: string) => {
    await actThenLoad(run, done);
    setReload((n) => n + 1);
  };
  const kindsOf = (s: WebhookSubscription) =>
    s.kinds.length === 0
      ? translate('rectify.webhooks.allKinds')
      : s.kinds.map((k) => ChangeKind.labels[k][locale]).join('、');
  const rows = data?.subscriptions ?? [];
  return (
    <Card>
      <Title title={translate('resources.webhooks.name', { smart_count: 2 })} />
      <CardContent data-testid="webhooks" aria-busy={data === null}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('rectify.webhooks.help')}
        </Typography>
        {canWrite && data && (
          <CreateForm
            apiClients={data.apiClients}
            onCreated={async (created) => {
              setSecret(created);
              await load();
            }}
          />
        )}
        {data && rows.length === 0 && <Alert severity="info">{translate('rectify.webhooks.none')}</Alert>}
        {rows.length > 0 && (
          <RecordTable
            rows={rows}
            rowProps={(s) => ({
              'data-subscription-id': s.id,
              'data-selected': s.id === selected ? 'true' : undefined,
            })}
            columns={[
              { header: 'rectify.webhooks.apiClient', cell: (s) => s.apiClientName },
              {
                header: 'rectify.webhooks.url',
                cell: (s) => (
                  <Box component="span" sx={{ wordBreak: 'break-all' }}>
                    {s.url}
                  </Box>
                ),
              },
              { header: 'rectify.webhooks.kinds', cell: kindsOf },
              { header: 'rectify.webhooks.secretPrefix', cell: (s) => <code>{`${s.secretPrefix}…`}</code> },
              {
                header: 'rectify.webhooks.status',
                cell: (s) => translate(s.active ? 'rectify.webhooks.active' : 'rectify.webhooks.paused'),
              },
              {
                align: 'right',
                nowrap: true,
                cell: (s) => (
                  <>
                    <Button label="rectify.webhooks.log" onClick={() => setSelected(s.id)} data-show-log />
                    {canWrite && (
                      <>
                        <Button
                          label="rectify.webhooks.test"
                          onClick={() => {
                            setSelected(s.id);
                            void act(() => sendTestWebhook(s.id), 'rectify.webhooks.testQueued');
                          }}
                          data-send-test
                        />
                        <Button
                          label={s.active ? 'rectify.webhooks.pause' : 'rectify.webhooks.resume'}
                          onClick={() =>
                            void act(() => setWebhookActive(s.id, !s.active), 'ra.notification.updated')
                          }
                        />
                        <Button
                          label="rectify.webhooks.remove"
                          color="error"
                          onClick={() => setRemoving(s)}
                          data-remove-webhook
                        />
                      </>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
        {selected != null && <DeliveryLog subscriptionId={selected} reload={reload} />}
      </CardContent>
      <Confirm
        isOpen={removing != null}
        title="rectify.webhooks.removeTitle"
        content="rectify.webhooks.removeConfirm"
        confirm="rectify.webhooks.remove"
        onConfirm={() => {
          const id = removing!.id;
          setRemoving(null);
          if (selected === id) setSelected(null);
          void act(() => deleteWebhookSubscription(id), 'rectify.webhooks.removed');
        }}
        onClose={() => setRemoving(null)}
      />
      <Dialog open={secret != null} aria-labelledby="webhook-secret-title">
        <DialogContent>
          <Typography id="webhook-secret-title" sx={{ mb: 1 }}>
            {translate('rectify.webhooks.secretOnce')}
          </Typography>
          <code data-webhook-secret>{secret}</code>
        </DialogContent>
        <DialogActions>
          <Button label="rectify.webhooks.secretSaved" onClick={() => setSecret(null)} data-secret-saved />
        </DialogActions>
      </Dialog>
    </Card>
  );
}

function CreateForm({
  apiClients,
  onCreated,
}: {
  apiClients: Loaded['apiClients'];
  onCreated: (secret: string) => Promise<void>;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const [apiClientId, setApiClientId] = useState<number | ''>('');
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<ChangeKind[]>([]);
  const submit = async () => {
    try {
      const result = await createWebhookSubscription({ apiClientId: Number(apiClientId), url, kinds });
      setUrl('');
      setKinds([]);
      notify('rectify.webhooks.created', { type: 'info' });
      await onCreated(result.secret ?? '');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} data-webhook-form>
      <TextField
        select
        size="small"
        label={translate('rectify.webhooks.apiClient')}
        value={apiClientId}
        onChange={(event) => setApiClientId(Number(event.target.value))}
        sx={{ minWidth: 200 }}
        data-webhook-client
      >
        {apiClients.map((client) => (
          <MenuItem key={client.id} value={client.id}>
            {client.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={translate('rectify.webhooks.url')}
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        sx={{ minWidth: 320 }}
        slotProps={{ htmlInput: { 'data-webhook-url': true } }}
      />
      <TextField
        select
        size="small"
        label={translate('rectify.webhooks.kinds')}
        value={kinds}
        onChange={(event) => setKinds(event.target.value as unknown as ChangeKind[])}
        sx={{ minWidth: 220 }}
        slotProps={{
          inputLabel: { shrink: true },
          select: {
            multiple: true,
            displayEmpty: true,
            renderValue: (value) =>
              (value as ChangeKind[]).length === 0
                ? translate('rectify.webhooks.allKinds')
                : (value as ChangeKind[]).map((k) => ChangeKind.labels[k][locale]).join('、'),
          },
        }}
      >
        {ChangeKind.values.map((value) => (
          <MenuItem key={value} value={value}>
            {ChangeKind.labels[value][locale]}
          </MenuItem>
        ))}
      </TextField>
      <Button
        label="rectify.webhooks.create"
        variant="contained"
        disabled={apiClientId === '' || url.trim() === ''}
        onClick={() => void submit()}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
        data-create-webhook
      />
    </Stack>
  );
}
