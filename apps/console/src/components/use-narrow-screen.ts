import { type Theme, useMediaQuery } from '@mui/material';

/**
 * Phones and tablets held upright (below MUI's `md`, 900 px): tables give way to cards there, since a row of
 * eight columns cannot fit beside the menu without scrolling the page sideways.
 */
export const useNarrowScreen = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
