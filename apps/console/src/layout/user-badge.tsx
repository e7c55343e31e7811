import { Chip } from '@mui/material';
import { Role } from '@rectify/domain';
import { useSessionUser } from '../access/use-can.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

/** The signed-in role, labelled by the domain, so that a user always knows which view they see. */
export function UserBadge() {
  const user = useSessionUser();
  const locale = useDomainLocale();
  if (!user) return null;
  return (
    <Chip
      size="small"
      data-role={user.role}
      label={Role.label(user.role, locale)}
      sx={{ mr: 1, color: 'inherit', borderColor: 'currentColor' }}
      variant="outlined"
    />
  );
}
