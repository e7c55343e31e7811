import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';
import { InboxBell } from '../resources/inbox/inbox-bell.js';
import { Menu } from './menu.js';
import { UserBadge } from './user-badge.js';

function RectifyAppBar() {
  return (
    <AppBar>
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
