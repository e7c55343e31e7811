import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
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

/** Named with the user's name, which is the button's visible text, and what the button opens. */
export function RectifyUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = identity?.fullName
    ? translate('rectify.account.userMenu', { name: identity.fullName })
    : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <ChangePasswordItem />
      <Logout />
    </UserMenu>
  );
}
