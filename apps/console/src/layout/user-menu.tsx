import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem, type Theme, useMediaQuery } from '@mui/material';
import { forwardRef } from 'react';
import { Logout, UserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';

/** Every user may change their own password (partner tokens never reach the console). */
const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const menu = useUserMenu();
  return (
    <MenuItem ref={ref} {...props} component={Link} to="/account/password" onClick={menu?.onClose}>
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('rectify.account.changePassword')}</ListItemText>
    </MenuItem>
  );
});

/**
 * Named with the user's name where that name is the button's visible text (wider screens), and with what the
 * button opens; a phone's bare avatar button keeps react-admin's key (react-admin translates the label itself,
 * falling back to English for a text that is no key).
 */
export function RectifyUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const named = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  const label =
    named && identity?.fullName
      ? translate('rectify.account.userMenu', { name: identity.fullName })
      : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <ChangePasswordItem />
      <Logout />
    </UserMenu>
  );
}
