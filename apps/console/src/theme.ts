import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** System CJK fonts only: a bundled CJK web font would weigh megabytes, and a CDN is an outside call. */
const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * Colours that text can be read on (WCAG AA, 4.5:1 on white and on the grey of hovered rows): the default blues,
 * the light-blue info and the orange warning are too pale for the small text of links, buttons and status chips.
 */
const palette = {
  ...defaultTheme.palette,
  primary: { main: '#1565c0' },
  secondary: { ...defaultTheme.palette?.secondary, main: '#1565c0' },
  info: { main: '#0266a0' },
  warning: { main: '#a84300' },
};

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
  sidebar: { width: 200, closedWidth: 50 },
  components: {
    ...defaultTheme.components,
    // An empty list's message is read, not disabled: react-admin's grey is 2.6:1 on white.
    RaEmpty: {
      styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } },
    },
  },
};
