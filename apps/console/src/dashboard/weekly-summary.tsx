import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { formatDate } from '../i18n/format-date.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';
import { type WeeklySummary, weeklySummary } from '../providers/workflow-api.js';
import { leaderLabel } from '../resources/leaders/leader-label.js';
import { formatRate } from './format-rate.js';
import { StatCard } from './stat-card.js';

type Row = WeeklySummary['byUnit'][number] | WeeklySummary['byLeader'][number];
const COLUMNS = ['closedThisWeek', 'overdue', 'reportedThisWeek', 'missingReports'] as const;
const ALARMING = new Set<string>(['overdue', 'missingReports']);

function WeekTable({
  title,
  testId,
  rows,
}: {
  title: string;
  testId: string;
  rows: (Row & { label: string })[];
}) {
  const translate = useTranslate();
  // The units and leaders with something to say this week first: newly closed, then overdue.
  const sorted = [...rows].sort((a, b) => b.closedThisWeek - a.closedThisWeek || b.overdue - a.overdue);
  return (
    <Card variant="outlined" sx={{ flex: '1 1 480px', minWidth: 0 }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        {/* A region that scrolls takes focus, so that it scrolls with the keyboard too. */}
        <Box sx={{ maxHeight: 360, overflow: 'auto' }} tabIndex={0} role="region" aria-label={title}>
          <Table size="small" stickyHeader sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell />
                <TableCell align="right">{translate('rectify.weekly.closedOfTotal')}</TableCell>
                {COLUMNS.map((c) => (
                  <TableCell key={c} align="right">
                    {translate(`rectify.weekly.${c}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((r) => (
                <TableRow key={r.label} data-row={r.label}>
                  <TableCell>{r.label}</TableCell>
                  <TableCell align="right">
                    {r.closed}/{r.total}
                  </TableCell>
                  {COLUMNS.map((c) => (
                    <TableCell
                      key={c}
                      align="right"
                      data-figure={c}
                      sx={{ color: ALARMING.has(c) && r[c] > 0 ? 'error.main' : undefined }}
                    >
                      {r[c]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
    </Card>
  );
}

/** 一周一小结: this week's closures, reports and reviews, with the figures as they stand, per unit and leader. */
export function WeeklySummaryPanel({ inspectionId }: { inspectionId: number | null }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { data: w } = useQuery({
    queryKey: ['weeklySummary', inspectionId],
    queryFn: () => weeklySummary(inspectionId),
  });
  if (!w) return null;
  return (
    <Box sx={{ mt: 2 }} data-testid="weekly-summary">
      <Typography variant="h6" gutterBottom>
        {translate('rectify.weekly.title', {
          from: formatDate(w.weekStart, locale),
          to: formatDate(w.weekEnd, locale),
        })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <StatCard
          testId="week-closed"
          label={translate('rectify.weekly.closedThisWeek')}
          value={<span data-figure="week.closedThisWeek">{w.tasks.closedThisWeek}</span>}
        >
          <Typography variant="caption">
            {translate('rectify.weekly.closedSoFar', {
              closed: w.tasks.closed,
              total: w.tasks.total,
              rate: formatRate(w.tasks.closureRate),
            })}
          </Typography>
        </StatCard>
        <StatCard
          testId="week-reports"
          tone={w.tasks.missingReports > 0 ? 'warning' : undefined}
          label={translate('rectify.weekly.missingReports')}
          value={<span data-figure="week.missingReports">{w.tasks.missingReports}</span>}
        >
          <Typography variant="caption">
            {translate('rectify.weekly.reportedSince', {
              count: w.tasks.reportedThisWeek,
              date: formatDate(w.reportingPeriodStart, locale),
            })}
          </Typography>
        </StatCard>
        <StatCard
          testId="week-reviews"
          label={translate('rectify.weekly.pendingReviews')}
          value={
            <span data-figure="week.pending">
              {w.requests.pendingEndorsement}/{w.requests.pendingApproval}
            </span>
          }
        >
          <Typography variant="caption">
            {translate('rectify.weekly.reviewsThisWeek', {
              approved: w.requests.closuresApproved,
              rejected: w.requests.closuresRejected,
              extended: w.requests.extensionsApproved,
            })}
          </Typography>
        </StatCard>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <WeekTable
          testId="week-by-unit"
          title={translate('rectify.dashboard.byUnit')}
          rows={w.byUnit.map((u) => ({ ...u, label: u.unit.name }))}
        />
        <WeekTable
          testId="week-by-leader"
          title={translate('rectify.dashboard.byLeader')}
          rows={w.byLeader.map((l) => ({ ...l, label: leaderLabel(l.leader) }))}
        />
      </Box>
    </Box>
  );
}
