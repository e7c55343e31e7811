import AddIcon from '@mui/icons-material/Add';
import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { IssueKind, TaskStatus } from '@rectify/domain';
import {
  Button,
  DataTable,
  Labeled,
  Link,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { DateField } from '../../components/date-field.js';
import { EditLink } from '../../components/edit-link.js';
import { EnumField } from '../../components/enum-field.js';
import { LeaderField } from '../../components/leader-field.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { TABLE_SX } from '../../components/table-sx.js';
import { WarningField } from '../../components/warning-chip.js';
import type { IssueRecord } from '../ledger/issue-record.js';
import { IssueStatusChip } from '../ledger/issue-status-chip.js';

type IssueDetail = IssueRecord & {
  parent: { id: number; code: string; title: string } | null;
  children: { id: number; code: string; title: string }[];
};

function IssueActions() {
  const issue = useRecordContext<IssueRecord>();
  const can = useCan();
  if (!issue) return null;
  const newTask = `/tasks/create?source=${encodeURIComponent(JSON.stringify({ issueId: issue.id }))}`;
  return (
    <TopToolbar>
      {can('task.write') && (
        <Button component={Link} to={newTask} label="ra.action.create" data-testid="add-task">
          <AddIcon />
        </Button>
      )}
      {can('issue.write') && <EditLink />}
    </TopToolbar>
  );
}

function IssueSummary() {
  const issue = useRecordContext<IssueDetail>();
  const translate = useTranslate();
  if (!issue) return null;
  const f = issue.figures;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        {issue.parent && (
          <Typography variant="body2" color="text.secondary">
            <Link to={`/issues/${issue.parent.id}/show`}>
              {issue.parent.code} {issue.parent.title}
            </Link>
          </Typography>
        )}
        <Typography variant="h6" sx={{ my: 1 }}>
          {issue.code} {issue.title}
        </Typography>
        {issue.responseText && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>
            {issue.responseText}
          </Typography>
        )}
        <Grid container spacing={2}>
          <Grid size={{ xs: 6, md: 2 }}>
            <Labeled label="resources.issues.fields.kind">
              <EnumField source="kind" enum={IssueKind} />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.issues.fields.leadLeaderId">
              <LeaderField source="leadLeader" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Labeled label="resources.issues.fields.leadUnitId">
              <TextField source="leadUnit.name" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <Labeled label="resources.issues.fields.status">
              <IssueStatusChip status={issue.status} />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 2 }}>
            <Labeled label="resources.issues.fields.figures">
              <Box>
                <Typography variant="caption">
                  {translate('rectify.ledger.closedOfTotal', { closed: f.closedTasks, total: f.totalTasks })}{' '}
                  · {translate('rectify.ledger.overdue', { count: f.overdueTasks })}
                </Typography>
                <ProgressBar closed={f.closedTasks} total={f.totalTasks} overdue={f.overdueTasks} />
              </Box>
            </Labeled>
          </Grid>
        </Grid>
        {issue.children.length > 0 && (
          <Box component="ul" sx={{ mt: 2, mb: 0, pl: 2 }}>
            {issue.children.map((c) => (
              <li key={c.id}>
                <Link to={`/issues/${c.id}/show`}>
                  {c.code} {c.title}
                </Link>
              </li>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** An issue with its sub-issues and every task below it. */
export function IssueShow() {
  return (
    <Show actions={<IssueActions />} queryOptions={{ meta: { detail: true } }}>
      <Box sx={{ p: 2 }}>
        <IssueSummary />
        <ReferenceManyField
          reference="tasks"
          target="issueId"
          sort={{ field: 'issue.code', order: 'ASC' }}
          perPage={100}
        >
          <DataTable rowClick="show" bulkActionButtons={false} sx={TABLE_SX}>
            <DataTable.Col source="issue.code" disableSort />
            <DataTable.Col source="ordinal" disableSort />
            <DataTable.Col source="measure" disableSort />
            <DataTable.Col source="leadUnitId" disableSort>
              <TextField source="leadUnit.name" />
            </DataTable.Col>
            <DataTable.Col source="deadline" disableSort field={DateField} />
            <DataTable.Col source="status" disableSort>
              <EnumField source="status" enum={TaskStatus} />
            </DataTable.Col>
            <DataTable.Col source="warning" disableSort field={WarningField} />
          </DataTable>
        </ReferenceManyField>
      </Box>
    </Show>
  );
}
