import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** System CJK fonts only: a bundled CJK web font would weigh megabytes, and a CDN is an outside call. */
const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
  sidebar: { width: 200, closedWidth: 50 },
};
