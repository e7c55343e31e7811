import { Box, Card, CardContent, Chip, Grid, Typography } from '@mui/material';
import { TaskStatus, TaskTerm } from '@rectify/domain';
import { Labeled, Link, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useCan, useSessionUser } from '../../access/use-can.js';
import { DateField } from '../../components/date-field.js';
import { EditLink } from '../../components/edit-link.js';
import { EnumField } from '../../components/enum-field.js';
import { LeaderField } from '../../components/leader-field.js';
import { WarningField } from '../../components/warning-chip.js';
import { AssignTaskButton } from './assign-task-button.js';
import { ReportProgressButton } from './report-progress-button.js';
import { TaskHistory } from './task-history.js';
import type { TaskRecord } from './task-record.js';

function TaskActions() {
  const task = useRecordContext<TaskRecord>();
  const can = useCan();
  const user = useSessionUser();
  if (!task) return null;
  // Only the lead unit reports progress, and not once the task is closed (the server checks the same).
  const reports =
    can('progress.report') &&
    user?.unitId != null &&
    user.unitId === task.leadUnitId &&
    task.status !== 'CLOSED';
  return (
    <TopToolbar>
      {reports && <ReportProgressButton />}
      {can('task.assign') && <AssignTaskButton />}
      {can('task.write') && <EditLink />}
    </TopToolbar>
  );
}

function DaysLeft() {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  // Closed and ongoing tasks have nothing left to count down.
  if (task?.daysLeft == null || task.warning === 'NONE') return null;
  return task.daysLeft >= 0
    ? translate('rectify.task.daysLeft', { days: task.daysLeft })
    : translate('rectify.task.daysOverdue', { days: -task.daysLeft });
}

function TaskDetails() {
  const task = useRecordContext<TaskRecord>();
  if (!task) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary">
          <Link to={`/issues/${task.issueId}/show`}>
            {task.issue?.code} {task.issue?.title}
          </Link>
        </Typography>
        <Typography variant="body1" sx={{ my: 1.5, whiteSpace: 'pre-wrap' }} data-testid="task-measure">
          {task.ordinal ? <strong>{task.ordinal} </strong> : null}
          {task.measure}
        </Typography>
        {task.target && (
          <Labeled label="resources.tasks.fields.target" fullWidth>
            <TextField source="target" />
          </Labeled>
        )}
        <Grid container spacing={2} sx={{ mt: 0.5 }}>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.tasks.fields.leaderId">
              <LeaderField source="leader" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.tasks.fields.leadUnitId">
              <TextField source="leadUnit.name" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Labeled label="resources.tasks.fields.coUnitIds">
              <Box>
                {task.coUnits.map((u) => (
                  <Chip key={u.id} size="small" label={u.name} sx={{ mr: 0.5, mb: 0.5 }} />
                ))}
              </Box>
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.tasks.fields.deadline">
              <DateField source="deadline" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.tasks.fields.term">
              <EnumField source="term" enum={TaskTerm} />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.tasks.fields.status">
              <EnumField source="status" enum={TaskStatus} />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.tasks.fields.warning">
              <Box>
                <WarningField source="warning" /> <DaysLeft />
              </Box>
            </Labeled>
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}

export function TaskShow() {
  return (
    <Show actions={<TaskActions />} queryOptions={{ meta: { detail: true } }} title={<TaskTitle />}>
      <Box sx={{ p: 2 }}>
        <TaskDetails />
        <TaskHistory />
      </Box>
    </Show>
  );
}

function TaskTitle() {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  return (
    <span>
      {translate('rectify.task.measureDetail')} {task?.issue?.code} {task?.ordinal}
    </span>
  );
}
