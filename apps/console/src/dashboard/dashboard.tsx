import { Box, Typography } from '@mui/material';
import type { Role } from '@rectify/domain';
import { Loading, Title, useGetList, useGetOne, usePermissions, useStore, useTranslate } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { useCan } from '../access/use-can.js';
import { ProgressBar } from '../components/progress-bar.js';
import type { LedgerFigures } from '../providers/ledger-figures.js';
import { leaderLabel } from '../resources/leaders/leader-label.js';
import { formatRate } from './format-rate.js';
import { StackedBars } from './stacked-bars.js';
import { StatCard } from './stat-card.js';
import { UnitHome } from './unit-home.js';
import { WeekColumns } from './week-columns.js';
import { WeeklySummaryPanel } from './weekly-summary.js';

/** The home page: the figures for those who may read them, a unit's to-dos, the ledger for everyone else. */
export function HomePage() {
  const { isPending, permissions: role } = usePermissions<Role | null>();
  const can = useCan();
  if (isPending) return <Loading />;
  if (can('figures.read')) return <Dashboard />;
  return role === 'UNIT' ? <UnitHome /> : <Navigate to="/ledger" replace />;
}

function Dashboard() {
  const translate = useTranslate();
  const { data: inspections } = useGetList('inspections', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'feedbackDate', order: 'DESC' },
  });
  const [chosen] = useStore<number | null>('ledger.inspectionId', null);
  const inspectionId = chosen ?? inspections?.[0]?.id ?? null;
  // The same inspection the ledger shows; id 0 asks for every inspection.
  const { data: f } = useGetOne<LedgerFigures & { id: number }>(
    'ledgerFigures',
    { id: inspectionId ?? 0 },
    { enabled: inspections !== undefined },
  );
  if (!f) return <Loading />;
  return (
    <Box sx={{ mt: 1 }} data-testid="dashboard">
      <Title title={translate('rectify.dashboard.title')} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <StatCard
          testId="tasks-closed"
          label={translate('rectify.dashboard.tasksClosed')}
          value={
            <>
              <span data-figure="tasks.closed">{f.tasks.closed}</span>/
              <span data-figure="tasks.total">{f.tasks.total}</span>
            </>
          }
        >
          <ProgressBar closed={f.tasks.closed} total={f.tasks.total} overdue={f.tasks.overdue} width={200} />
          <Typography variant="caption" data-figure="tasks.closureRate">
            {translate('rectify.dashboard.closureRate', { rate: formatRate(f.tasks.closureRate) })}
          </Typography>
        </StatCard>
        <StatCard
          testId="issues-rectified"
          label={translate('rectify.dashboard.issuesRectified')}
          value={
            <>
              <span data-figure="issues.rectified">{f.issues.rectified}</span>/
              <span data-figure="issues.total">{f.issues.total}</span>
            </>
          }
        >
          <ProgressBar closed={f.issues.rectified} total={f.issues.total} width={200} />
          <Typography variant="caption" data-figure="issues.rectificationRate">
            {translate('rectify.dashboard.rectificationRate', {
              rate: formatRate(f.issues.rectificationRate),
            })}
          </Typography>
        </StatCard>
        <StatCard
          testId="tasks-overdue"
          tone={f.tasks.overdue > 0 ? 'error' : undefined}
          label={translate('rectify.dashboard.overdue')}
          value={<span data-figure="tasks.overdue">{f.tasks.overdue}</span>}
        />
        <StatCard
          testId="tasks-ongoing"
          tone="warning"
          label={translate('rectify.dashboard.ongoing')}
          value={<span data-figure="tasks.ongoing">{f.tasks.ongoing}</span>}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <StackedBars
          testId="by-unit"
          title={translate('rectify.dashboard.byUnit')}
          rows={f.byUnit.map((u) => ({ ...u, id: u.unit.id, label: u.unit.name }))}
        />
        <StackedBars
          testId="by-leader"
          title={translate('rectify.dashboard.byLeader')}
          rows={f.byLeader.map((l) => ({ ...l, id: l.leader.id, label: leaderLabel(l.leader) }))}
        />
      </Box>
      <WeekColumns weeks={f.deadlinesAhead} />
      <WeeklySummaryPanel inspectionId={inspectionId} />
    </Box>
  );
}
