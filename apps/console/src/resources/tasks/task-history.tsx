import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  DataTable,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { DateField } from '../../components/date-field.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { AuditAction } from '../audit/audit-action.js';
import { AuditChanges } from '../audit/audit-changes.js';
import { EvidenceList } from '../workflow/evidence-list.js';
import type { TaskRecord } from './task-record.js';

/** The task's full history: progress reports newest first, and for the office the audit trail. */
export function TaskHistory() {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const can = useCan();
  if (!task) return null;
  const reports = task.progressReports ?? [];
  return (
    <>
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('rectify.task.history')}
          </Typography>
          {reports.length === 0 && (
            <Typography color="text.secondary">{translate('rectify.task.noReports')}</Typography>
          )}
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="progress-reports">
            {reports.map((r) => (
              <Box component="li" key={r.id} sx={{ borderLeft: '3px solid #1976d2', pl: 2, pb: 2 }}>
                <Typography variant="subtitle2">
                  {formatDate(r.period, locale)} · {r.unit?.name} · {r.percent}%
                </Typography>
                <ProgressBar closed={r.percent} total={100} width={160} />
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                  {r.text}
                </Typography>
                <EvidenceList files={r.evidence ?? []} />
                <Typography variant="caption" color="text.secondary">
                  {formatDateTime(r.reportedAt, locale)}
                </Typography>
              </Box>
            ))}
          </Box>
        </CardContent>
      </Card>
      {can('audit.read') && (
        <Card variant="outlined" data-testid="task-audit">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {translate('rectify.task.auditTrail')}
            </Typography>
            <ReferenceManyField
              reference="auditEvents"
              target="entityId"
              filter={{ entity: 'task' }}
              sort={{ field: 'at', order: 'DESC' }}
              perPage={50}
              empty={<Typography color="text.secondary">{translate('rectify.task.noAudit')}</Typography>}
            >
              <DataTable bulkActionButtons={false} rowClick={false} sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                <DataTable.Col source="at" render={() => <DateField source="at" showTime />} />
                <DataTable.Col source="actorUserId" disableSort>
                  <ReferenceField
                    source="actorUserId"
                    reference="users"
                    link={false}
                    emptyText={translate('rectify.audit.system')}
                  >
                    <TextField source="displayName" />
                  </ReferenceField>
                </DataTable.Col>
                <DataTable.Col source="action" disableSort field={AuditAction} />
                <DataTable.Col source="after" disableSort label="rectify.audit.details">
                  <AuditChanges />
                </DataTable.Col>
              </DataTable>
            </ReferenceManyField>
          </CardContent>
        </Card>
      )}
    </>
  );
}
