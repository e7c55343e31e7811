import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { inbox } from '../../providers/workflow-api.js';

const UNREAD_KEY = ['inbox', 'unread'];

/** The app bar's bell: the unread count, checked every minute; a click opens the inbox. */
export function InboxBell() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data } = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => inbox({ first: 1, unreadOnly: true }),
    refetchInterval: 60_000,
  });
  const unread = data?.unreadCount ?? 0;
  return (
    <Tooltip title={translate('rectify.inbox.title')}>
      {/* Named with its count: the badge's number is the button's visible text. */}
      <IconButton
        color="inherit"
        onClick={() => navigate('/inbox')}
        aria-label={translate('rectify.inbox.bell', { count: unread })}
        data-testid="inbox-bell"
      >
        <Badge badgeContent={unread} color="error" data-unread={unread}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
