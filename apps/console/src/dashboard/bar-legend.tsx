import { Box, Typography } from '@mui/material';
import { TaskStatus, WarningLevel } from '@rectify/domain';
import { useTranslate } from 'react-admin';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

export const BAR_COLOURS = { closed: '#2e7d32', ongoing: '#f9a825', open: '#90a4ae', overdue: '#c62828' };

/** What the bar colours mean, in the domain's words. */
export function BarLegend() {
  const locale = useDomainLocale();
  const translate = useTranslate();
  const items = [
    [BAR_COLOURS.closed, TaskStatus.label('CLOSED', locale)],
    [BAR_COLOURS.ongoing, TaskStatus.label('ONGOING', locale)],
    [BAR_COLOURS.open, translate('rectify.dashboard.open')],
    [BAR_COLOURS.overdue, WarningLevel.label('RED', locale)],
  ] as const;
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1.5 }}>
      {items.map(([colour, label]) => (
        <Box key={colour} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 10, height: 10, bgcolor: colour, borderRadius: 0.5 }} />
          <Typography variant="caption">{label}</Typography>
        </Box>
      ))}
    </Box>
  );
}
