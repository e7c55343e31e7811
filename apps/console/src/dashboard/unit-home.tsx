import {
  Box,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button, Loading, Title, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useSessionUser } from '../access/use-can.js';
import { WarningChip } from '../components/warning-chip.js';
import { formatDate } from '../i18n/format-date.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';
import { type ToDoTask, unitToDos } from '../providers/unit-to-dos.js';

// Measures are long: two lines of each, wrapped (a line that never wraps would widen the page).
function Clamped({ text }: { text: string }) {
  return (
    <Box
      component="span"
      title={text}
      sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
    >
      {text}
    </Box>
  );
}

/** A unit's home page (我的待办): tasks due soon or overdue, progress reports to make, findings to answer. */
export function UnitHome() {
  const translate = useTranslate();
  const user = useSessionUser();
  const navigate = useNavigate();
  const { data } = useQuery({
    queryKey: ['unitToDos', user?.unitId ?? null],
    queryFn: () => unitToDos(user?.unitId ?? null),
  });
  if (!data) return <Loading />;
  return (
    <Box sx={{ mt: 1, minWidth: 0, maxWidth: '100%' }} data-testid="unit-home">
      <Title title={translate('rectify.unitHome.title')} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <ToDoCard testId="todo-due" title="rectify.unitHome.due" count={data.due.length}>
          {data.due.map((t) => (
            <TaskItem key={t.id} task={t} />
          ))}
        </ToDoCard>
        <ToDoCard testId="todo-reports" title="rectify.unitHome.reports" count={data.reports.length}>
          {data.reports.map((t) => (
            <TaskItem key={t.id} task={t} />
          ))}
        </ToDoCard>
        <ToDoCard testId="todo-findings" title="rectify.unitHome.findings" count={data.findings.length}>
          {data.findings.map((f) => (
            <FindingItem key={f.id} text={f.text} responseDue={f.responseDue} />
          ))}
        </ToDoCard>
      </Box>
      <Button label="rectify.unitHome.ledger" onClick={() => navigate('/ledger')} sx={{ mt: 2 }} />
    </Box>
  );
}

function ToDoCard(props: { testId: string; title: string; count: number; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card
      variant="outlined"
      sx={{ flex: '1 1 320px', minWidth: 0, maxWidth: '100%' }}
      data-testid={props.testId}
    >
      <CardContent>
        <Typography variant="subtitle1">
          {translate(props.title)}（<span data-count>{props.count}</span>）
        </Typography>
        {props.count === 0 ? (
          <Typography color="text.secondary">{translate('rectify.unitHome.none')}</Typography>
        ) : (
          <List dense disablePadding>
            {props.children}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

function TaskItem({ task }: { task: ToDoTask }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const navigate = useNavigate();
  const when =
    task.daysLeft == null
      ? null
      : task.daysLeft >= 0
        ? translate('rectify.task.daysLeft', { days: task.daysLeft })
        : translate('rectify.task.daysOverdue', { days: -task.daysLeft });
  return (
    // The button in an item: a list holds only items.
    <ListItem disablePadding>
      <ListItemButton onClick={() => navigate(`/tasks/${task.id}/show`)} data-task={task.id}>
        <ListItemText
          primary={<Clamped text={`${task.issue?.code ?? ''} ${task.ordinal} ${task.measure}`} />}
          secondary={[task.deadline && formatDate(task.deadline, locale), when].filter(Boolean).join(' · ')}
          sx={{ minWidth: 0, mr: 1 }}
        />
        <Box sx={{ flexShrink: 0 }}>
          <WarningChip level={task.warning} />
        </Box>
      </ListItemButton>
    </ListItem>
  );
}

function FindingItem({ text, responseDue }: { text: string; responseDue: string }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const navigate = useNavigate();
  return (
    <ListItem disablePadding>
      <ListItemButton onClick={() => navigate('/findings')}>
        <ListItemText
          primary={<Clamped text={text} />}
          secondary={translate('rectify.unitHome.responseDue', { date: formatDate(responseDue, locale) })}
          sx={{ minWidth: 0 }}
        />
      </ListItemButton>
    </ListItem>
  );
}
