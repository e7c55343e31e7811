import DoneAllIcon from '@mui/icons-material/DoneAll';
import {
  Box,
  Card,
  Chip,
  FormControlLabel,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Pagination,
  Switch,
  Typography,
} from '@mui/material';
import { NotificationKind, type Role } from '@rectify/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Loading, Title, usePermissions, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { type InboxItem, inbox, markRead, taskIdsOfRequests } from '../../providers/workflow-api.js';

const PAGE = 20;

/** Where an item leads: its task (a request's task), or the findings screen of the reader's role. */
async function targetsOf(items: InboxItem[], role: Role | null): Promise<Map<number, string>> {
  const ids = (entity: string) => items.filter((i) => i.entity === entity).map((i) => i.entityId);
  const owners = await taskIdsOfRequests(ids('closureRequest'), ids('extensionRequest'));
  const targets = new Map<number, string>();
  for (const item of items) {
    const taskId =
      item.entity === 'task'
        ? item.entityId
        : item.entity === 'closureRequest'
          ? owners.closure.get(item.entityId)
          : item.entity === 'extensionRequest'
            ? owners.extension.get(item.entityId)
            : undefined;
    if (taskId != null) targets.set(item.id, `/tasks/${taskId}/show`);
    else if (item.entity === 'finding') targets.set(item.id, role === 'UNIT' ? '/findings' : '/supervision');
  }
  return targets;
}

/** The user's inbox: deadline near, overdue, review requested, decision made, supervision finding. */
export function InboxPage() {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { permissions: role } = usePermissions<Role | null>();
  const [page, setPage] = useState(1);
  // Filters: one kind or all, and unread only; a change of filter starts again at the first page.
  const [kind, setKind] = useState<NotificationKind | null>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const filter = (change: () => void) => {
    change();
    setPage(1);
  };
  const { data } = useQuery({
    queryKey: ['inbox', 'page', page, role, kind, unreadOnly],
    queryFn: async () => {
      const result = await inbox({
        first: PAGE,
        offset: (page - 1) * PAGE,
        unreadOnly,
        kind: kind ? [kind] : null,
      });
      return { ...result, targets: await targetsOf(result.nodes, role ?? null) };
    },
    // The filters stay on screen while the next answer loads.
    placeholderData: (previous) => previous,
  });
  const read = async (ids?: number[]) => {
    await markRead(ids);
    await queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
  if (!data) return <Loading />;
  return (
    <Box sx={{ mt: 1 }} data-testid="inbox">
      <Title title={translate('rectify.inbox.title')} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography data-testid="inbox-unread">
          {translate('rectify.inbox.unread', { count: data.unreadCount })}
        </Typography>
        {data.unreadCount > 0 && (
          <Button label="rectify.inbox.markAllRead" onClick={() => read()} data-testid="mark-all-read">
            <DoneAllIcon />
          </Button>
        )}
      </Box>
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}
        data-testid="inbox-filters"
      >
        {[null, ...NotificationKind.values].map((k) => (
          <Chip
            key={k ?? 'all'}
            size="small"
            data-kind={k ?? 'ALL'}
            label={k ? NotificationKind.label(k, locale) : translate('rectify.inbox.allKinds')}
            color={kind === k ? 'primary' : 'default'}
            variant={kind === k ? 'filled' : 'outlined'}
            onClick={() => filter(() => setKind(k))}
          />
        ))}
        <FormControlLabel
          sx={{ ml: 1 }}
          control={
            <Switch
              size="small"
              checked={unreadOnly}
              onChange={(e) => filter(() => setUnreadOnly(e.target.checked))}
              data-testid="inbox-unread-only"
            />
          }
          label={translate('rectify.inbox.unreadOnly')}
        />
      </Box>
      <Card variant="outlined">
        {data.nodes.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('rectify.inbox.empty')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {data.nodes.map((item) => (
              <ListItem key={item.id} disablePadding divider>
                <ListItemButton
                  data-notification={item.id}
                  data-kind={item.kind}
                  data-read={item.readAt ? 'true' : 'false'}
                  onClick={async () => {
                    if (!item.readAt) await read([item.id]);
                    const to = data.targets.get(item.id);
                    if (to) navigate(to);
                  }}
                  sx={{ bgcolor: item.readAt ? undefined : 'action.hover' }}
                >
                  <ListItemText
                    primary={
                      <>
                        <Chip
                          size="small"
                          label={NotificationKind.label(item.kind, locale)}
                          sx={{ mr: 1 }}
                          color={
                            item.kind === 'OVERDUE'
                              ? 'error'
                              : item.kind === 'DEADLINE_NEAR'
                                ? 'warning'
                                : 'default'
                          }
                        />
                        <Box component="span" sx={{ fontWeight: item.readAt ? 400 : 600 }}>
                          {item.message}
                        </Box>
                      </>
                    }
                    secondary={formatDateTime(item.createdAt, locale)}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </Card>
      {data.totalCount > PAGE && (
        <Pagination
          sx={{ mt: 1 }}
          count={Math.ceil(data.totalCount / PAGE)}
          page={page}
          onChange={(_, p) => setPage(p)}
        />
      )}
    </Box>
  );
}
