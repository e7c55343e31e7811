import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { RequestStatus, ReviewDecision, ReviewStep, TaskStatus } from '@rectify/domain';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import type {
  ClosureRequestRecord,
  ExtensionRequestRecord,
  ReviewRecord,
  TaskRecord,
} from '../tasks/task-record.js';
import { EvidenceList } from './evidence-list.js';

const STATUS_COLOUR: Record<RequestStatus, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  PENDING_ENDORSEMENT: 'warning',
  PENDING_APPROVAL: 'info',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

export function RequestStatusChip({ status }: { status: RequestStatus }) {
  const locale = useDomainLocale();
  return (
    <Chip
      size="small"
      color={STATUS_COLOUR[status]}
      variant="outlined"
      data-status={status}
      label={RequestStatus.label(status, locale)}
    />
  );
}

/** The endorsement no longer holds: the task changed after the leader signed. */
export function StaleEndorsementChip({ request }: { request: { endorsementCurrent?: boolean | null } }) {
  const translate = useTranslate();
  if (request.endorsementCurrent !== false) return null;
  return (
    <Chip
      size="small"
      color="error"
      data-testid="stale-endorsement"
      label={translate('rectify.workflow.staleEndorsement')}
    />
  );
}

function Reviews({ reviews }: { reviews: ReviewRecord[] }) {
  const locale = useDomainLocale();
  return (
    <Box component="ol" sx={{ m: 0, mt: 1, pl: 2.5 }} data-testid="reviews">
      {reviews.map((r) => (
        <Box component="li" key={r.id} data-decision={r.decision} sx={{ mb: 0.5 }}>
          <Typography variant="body2">
            <strong>{ReviewStep.label(r.step, locale)}</strong> · {r.reviewerName} ·{' '}
            <Box component="span" sx={{ color: r.decision === 'REJECT' ? 'error.main' : 'success.main' }}>
              {ReviewDecision.label(r.decision, locale)}
            </Box>
            {r.comment && <>:{r.comment}</>}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatDateTime(r.decidedAt, locale)} · {TaskStatus.label(r.taskStatusAtDecision, locale)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function RequestItem({
  title,
  request,
  children,
}: {
  title: string;
  request: ClosureRequestRecord | ExtensionRequestRecord;
  children: React.ReactNode;
}) {
  const locale = useDomainLocale();
  return (
    <Box
      component="li"
      sx={{ borderLeft: '3px solid #9e9e9e', pl: 2, pb: 2 }}
      data-request={`${title}-${request.id}`}
      data-status={request.status}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{title}</Typography>
        <RequestStatusChip status={request.status} />
        {'statement' in request && <StaleEndorsementChip request={request} />}
        <Typography variant="caption" color="text.secondary">
          {request.requestedByName} · {formatDateTime(request.createdAt, locale)}
        </Typography>
      </Box>
      {children}
      <Reviews reviews={request.reviews} />
    </Box>
  );
}

/**
 * The task's workflow: its closure and extension requests with every review (who, decision, comment, when,
 * the task's state then), the deadline's history, and the evidence files.
 */
export function TaskWorkflow() {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  if (!task) return null;
  const closures = task.closureRequests ?? [];
  const extensions = task.extensionRequests ?? [];
  const deadlines = task.deadlineChanges ?? [];
  const evidence = task.evidence ?? [];
  if (closures.length + extensions.length + deadlines.length + evidence.length === 0) return null;
  const newestFirst = <T extends { createdAt: string }>(list: T[]) =>
    [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="task-workflow">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('rectify.workflow.reviewsTitle')}
        </Typography>
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {newestFirst(closures).map((r) => (
            <RequestItem key={`c${r.id}`} title={translate('rectify.workflow.closureRequest')} request={r}>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                {r.statement}
              </Typography>
            </RequestItem>
          ))}
          {newestFirst(extensions).map((r) => (
            <RequestItem key={`e${r.id}`} title={translate('rectify.workflow.extensionRequest')} request={r}>
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {translate('rectify.workflow.extensionTo', {
                  from: r.currentDeadline ? formatDate(r.currentDeadline, locale) : '—',
                  to: formatDate(r.proposedDeadline, locale),
                })}
                :{r.reason}
              </Typography>
            </RequestItem>
          ))}
        </Box>
        {deadlines.length > 0 && (
          <>
            <Typography variant="subtitle1" sx={{ mt: 1 }}>
              {translate('rectify.workflow.deadlineHistory')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="deadline-history">
              {deadlines.map((d) => (
                <li key={d.id}>
                  <Typography variant="body2">
                    {d.fromDeadline ? formatDate(d.fromDeadline, locale) : '—'} →{' '}
                    {formatDate(d.toDeadline, locale)} ·{' '}
                    {translate(
                      d.extensionRequestId == null
                        ? 'rectify.workflow.deadlineByLookBack'
                        : 'rectify.workflow.deadlineByExtension',
                    )}{' '}
                    · {d.changedByName} · {formatDateTime(d.changedAt, locale)}
                  </Typography>
                </li>
              ))}
            </Box>
          </>
        )}
        {evidence.length > 0 && (
          <>
            <Typography variant="subtitle1" sx={{ mt: 1 }}>
              {translate('rectify.workflow.evidence')}
            </Typography>
            <EvidenceList files={evidence} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
