import { Box, Card, CardContent, Chip, Grid, Typography } from '@mui/material';
import { TaskStatus, TaskTerm } from '@rectify/domain';
import { Labeled, Link, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { DateField } from '../../components/date-field.js';
import { EditLink } from '../../components/edit-link.js';
import { EnumField } from '../../components/enum-field.js';
import { LeaderField } from '../../components/leader-field.js';
import { WarningField } from '../../components/warning-chip.js';
import { TaskWorkflow } from '../workflow/task-workflow.js';
import { TaskWorkflowButtons } from '../workflow/task-workflow-buttons.js';
import { AssignTaskButton } from './assign-task-button.js';
import { TaskHistory } from './task-history.js';
import type { TaskRecord } from './task-record.js';

function TaskActions() {
  const task = useRecordContext<TaskRecord>();
  const can = useCan();
  if (!task) return null;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <TaskWorkflowButtons />
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

/** 未按期报送: the lead unit has not reported in the current reporting period. */
function MissingReport() {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!task?.missingReport) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      data-testid="missing-report"
      label={translate('rectify.workflow.missingReport')}
    />
  );
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
                <WarningField source="warning" /> <DaysLeft /> <MissingReport />
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
        <TaskWorkflow />
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
