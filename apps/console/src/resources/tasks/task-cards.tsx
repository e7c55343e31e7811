import { Box, Card, CardActionArea, Stack, Typography } from '@mui/material';
import { TaskStatus, type WarningLevel } from '@rectify/domain';
import { RecordContextProvider, useListContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { clip } from '../../components/clip.js';
import { DateField } from '../../components/date-field.js';
import { EnumField } from '../../components/enum-field.js';
import { WarningChip } from '../../components/warning-chip.js';
import { leaderLabel } from '../leaders/leader-label.js';

type TaskCardRecord = {
  id: number;
  issue: { code: string } | null;
  ordinal: number;
  measure: string;
  leader: { name: string; post: string } | null;
  leadUnit: { name: string } | null;
  warning: WarningLevel | null;
  latestProgress: { percent: number } | null;
};

/**
 * The task list on a phone or tablet: a card per task, the start of its measure (a unit recognises its task by it),
 * who answers for it, the deadline, status and warning; a tap opens the task.
 */
export function TaskCards() {
  const { data, isPending } = useListContext<TaskCardRecord>();
  const translate = useTranslate();
  if (isPending || !data) return null;
  return (
    <Stack spacing={1} sx={{ p: 1 }}>
      {data.map((task) => (
        <RecordContextProvider key={task.id} value={task}>
          <Card variant="outlined" data-testid="task-card" data-task={task.id}>
            <CardActionArea component={Link} to={`/tasks/${task.id}/show`} sx={{ p: 1.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
                <Typography variant="subtitle2" color="primary">
                  {task.issue?.code} {task.ordinal}
                </Typography>
                <Box sx={{ flex: 1 }} />
                {task.warning && <WarningChip level={task.warning} />}
              </Box>
              <Typography variant="body2" sx={{ mb: 0.5, overflowWrap: 'anywhere' }}>
                {clip(task.measure, 100)}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {leaderLabel(task.leader)} · {task.leadUnit?.name}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('resources.tasks.fields.deadline')} <DateField source="deadline" /> ·{' '}
                <EnumField source="status" enum={TaskStatus} />
                {task.latestProgress ? ` · ${task.latestProgress.percent}%` : ''}
              </Typography>
            </CardActionArea>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}
