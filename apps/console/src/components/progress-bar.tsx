import { Box } from '@mui/material';

/** A small closed/total bar; overdue work shows as a red tail so that it stands out in the tree. */
export function ProgressBar({
  closed,
  total,
  overdue = 0,
  width = 120,
}: {
  closed: number;
  total: number;
  overdue?: number;
  width?: number;
}) {
  const pct = (n: number) => (total > 0 ? `${(100 * n) / total}%` : '0%');
  return (
    <Box
      role="img"
      aria-label={`${closed}/${total}`}
      sx={{ display: 'flex', width, height: 8, borderRadius: 4, overflow: 'hidden', bgcolor: '#e0e0e0' }}
    >
      <Box sx={{ width: pct(closed), bgcolor: '#2e7d32' }} />
      <Box sx={{ flex: 1 }} />
      <Box sx={{ width: pct(overdue), bgcolor: '#c62828' }} />
    </Box>
  );
}
