import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, LoadingIndicator, LocalesMenuButton, Layout as RaLayout, TitlePortal } from 'react-admin';
import { InboxBell } from '../resources/inbox/inbox-bell.js';
import { Menu } from './menu.js';
import { UserBadge } from './user-badge.js';
import { RectifyUserMenu } from './user-menu.js';

/**
 * The language menu, shown by its globe alone on a phone: with the language's name, the role and the user's
 * name the bar is wider than a 390 px screen and its last menus fall off it.
 */
function Toolbar() {
  return (
    <>
      <Box
        sx={{
          '& .MuiButton-root': { minWidth: 0, fontSize: { xs: 0, sm: 'inherit' } },
          '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
          '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } },
        }}
      >
        <LocalesMenuButton />
      </Box>
      <LoadingIndicator />
    </>
  );
}

function RectifyAppBar() {
  return (
    <AppBar userMenu={<RectifyUserMenu />} toolbar={<Toolbar />}>
      <TitlePortal />
      <InboxBell />
      <UserBadge />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    // react-admin makes the page as wide as its widest content; held to the screen's width instead, a wide
    // table scrolls in its own card and the page never scrolls sideways.
    <RaLayout menu={Menu} appBar={RectifyAppBar} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
      {children}
    </RaLayout>
  );
}
