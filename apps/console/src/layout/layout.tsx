import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';
import { InboxBell } from '../resources/inbox/inbox-bell.js';
import { Menu } from './menu.js';
import { UserBadge } from './user-badge.js';
import { RectifyUserMenu } from './user-menu.js';

function RectifyAppBar() {
  return (
    <AppBar userMenu={<RectifyUserMenu />}>
      <TitlePortal />
      <InboxBell />
      <UserBadge />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu} appBar={RectifyAppBar}>
      {children}
    </RaLayout>
  );
}
