import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { BAR_COLOURS, BarLegend } from './bar-legend.js';
import { formatRate } from './format-rate.js';

export interface BarRow {
  id: number;
  label: string;
  total: number;
  closed: number;
  ongoing: number;
  overdue: number;
  closureRate: number | null;
}

const SHOWN = 10;

/**
 * Horizontal bars, one per unit or leader, split into closed / ongoing / open / overdue, all on one scale so
 * that the busiest stand out. Plain CSS: a chart library would outweigh the whole console.
 */
export function StackedBars({ title, rows, testId }: { title: string; rows: BarRow[]; testId: string }) {
  const translate = useTranslate();
  const [all, setAll] = useState(false);
  const max = Math.max(1, ...rows.map((r) => r.total));
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <Card variant="outlined" sx={{ flex: '1 1 420px', minWidth: 0 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        <BarLegend />
        {rows.length === 0 && (
          <Typography color="text.secondary">{translate('rectify.dashboard.none')}</Typography>
        )}
        {shown.map((r) => {
          const open = Math.max(0, r.total - r.closed - r.ongoing - r.overdue);
          const part = (n: number, colour: string) => (
            <Box sx={{ width: `${(100 * n) / max}%`, bgcolor: colour }} />
          );
          return (
            <Box
              key={r.id}
              data-row-id={r.id}
              data-total={r.total}
              data-closed={r.closed}
              data-overdue={r.overdue}
              sx={{
                display: 'grid',
                gridTemplateColumns: '180px 1fr 140px',
                gap: 1,
                alignItems: 'center',
                mb: 0.75,
              }}
            >
              <Typography variant="body2" noWrap title={r.label}>
                {r.label}
              </Typography>
              <Box
                sx={{
                  display: 'flex',
                  height: 14,
                  bgcolor: '#f5f5f5',
                  borderRadius: 0.5,
                  overflow: 'hidden',
                }}
              >
                {part(r.closed, BAR_COLOURS.closed)}
                {part(r.ongoing, BAR_COLOURS.ongoing)}
                {part(open, BAR_COLOURS.open)}
                {part(r.overdue, BAR_COLOURS.overdue)}
              </Box>
              <Typography variant="caption" className="bar-figures" noWrap>
                {r.closed}/{r.total} · {formatRate(r.closureRate)}
                {r.overdue > 0 && (
                  <Box component="span" sx={{ color: 'error.main' }}>
                    {' '}
                    · {r.overdue}
                  </Box>
                )}
              </Typography>
            </Box>
          );
        })}
        {rows.length > SHOWN && (
          <Button size="small" onClick={() => setAll(!all)}>
            {translate(all ? 'rectify.dashboard.showFewer' : 'rectify.dashboard.showAll', {
              count: all ? SHOWN : rows.length,
            })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
