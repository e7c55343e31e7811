import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Logout, UserMenu, useTranslate, useUserMenu } from 'react-admin';
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

export const RectifyUserMenu = () => (
  <UserMenu>
    <ChangePasswordItem />
    <Logout />
  </UserMenu>
);
