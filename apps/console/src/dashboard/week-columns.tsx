import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../i18n/format-date.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

const WIDTH = 640;
const HEIGHT = 160;
const AXIS = 34;

/** Open deadlines per week for the next eight weeks, as SVG columns. */
export function WeekColumns({ weeks }: { weeks: { weekStart: string; count: number }[] }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const slot = WIDTH / Math.max(1, weeks.length);
  const plot = HEIGHT - AXIS - 16;
  return (
    <Card variant="outlined" sx={{ flex: '1 1 420px', minWidth: 0 }} data-testid="deadlines-ahead">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('rectify.dashboard.deadlinesAhead')}
        </Typography>
        {weeks.every((w) => w.count === 0) && (
          <Typography variant="body2" color="text.secondary">
            {translate('rectify.dashboard.noDeadlines')}
          </Typography>
        )}
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          style={{ maxWidth: 720, display: 'block' }}
          role="img"
          aria-label={translate('rectify.dashboard.deadlinesAhead')}
        >
          {weeks.map((w, i) => {
            const h = (plot * w.count) / max;
            const x = i * slot + slot * 0.2;
            const label = formatDate(w.weekStart, locale).replace(/^\d{4}[年-]/, '');
            return (
              <g key={w.weekStart} data-week={w.weekStart} data-count={w.count}>
                <title>
                  {translate('rectify.dashboard.weekOf', { date: formatDate(w.weekStart, locale) })}
                </title>
                <rect x={x} y={16 + plot - h} width={slot * 0.6} height={h} fill="#1976d2" rx={2} />
                <text x={x + slot * 0.3} y={12 + plot - h} textAnchor="middle" fontSize="12">
                  {w.count}
                </text>
                <text x={x + slot * 0.3} y={HEIGHT - 12} textAnchor="middle" fontSize="11" fill="#666">
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
      </CardContent>
    </Card>
  );
}
