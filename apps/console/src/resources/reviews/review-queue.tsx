import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { RequestStatus, ReviewStep } from '@rectify/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, Loading, Title, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { RecordTable } from '../../components/record-table.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { type RequestKind, requestsAwaiting } from '../../providers/workflow-api.js';
import { ReviewButton } from '../workflow/review-button.js';
import { RequestStatusChip, StaleEndorsementChip } from '../workflow/task-workflow.js';

function Queue({ kind, step }: { kind: RequestKind; step: ReviewStep }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { data } = useQuery({
    queryKey: ['reviewQueue', kind, step],
    queryFn: () => requestsAwaiting(kind, step),
  });
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={`queue-${kind}`}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(`rectify.reviews.${kind}`)}{' '}
          {data && <Chip size="small" label={data.length} data-testid={`queue-${kind}-count`} />}
        </Typography>
        {!data ? (
          <Loading />
        ) : data.length === 0 ? (
          <Typography color="text.secondary">{translate('rectify.reviews.empty')}</Typography>
        ) : (
          <RecordTable
            rows={data}
            rowProps={(r) => ({ 'data-request': r.id })}
            columns={[
              {
                header: 'rectify.reviews.task',
                cell: (r) => (
                  <Box sx={{ maxWidth: 360 }}>
                    <Link to={`/tasks/${r.taskId}/show`}>
                      {r.task?.issue?.code} {r.task?.ordinal}
                    </Link>
                    <Typography variant="body2" noWrap title={r.task?.measure}>
                      {r.task?.measure}
                    </Typography>
                  </Box>
                ),
              },
              { header: 'resources.tasks.fields.leadUnitId', cell: (r) => r.task?.leadUnit?.name },
              { header: 'resources.tasks.fields.leaderId', cell: (r) => r.task?.leader?.name },
              {
                header: `rectify.reviews.${kind}Detail`,
                wrap: 320,
                cell: (r) =>
                  kind === 'closure'
                    ? r.statement
                    : `${formatDate(r.currentDeadline, locale)} → ${formatDate(r.proposedDeadline, locale)}:${r.reason}`,
              },
              {
                header: 'rectify.reviews.requested',
                cell: (r) => (
                  <>
                    {r.requestedByName}
                    <br />
                    {formatDateTime(r.createdAt, locale)}
                  </>
                ),
              },
              {
                header: 'resources.tasks.fields.status',
                cell: (r) => (
                  <>
                    <RequestStatusChip status={r.status as RequestStatus} />{' '}
                    <StaleEndorsementChip request={r} />
                  </>
                ),
              },
              { nowrap: true, cell: (r) => <ReviewButton kind={kind} step={step} request={r} /> },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}

/**
 * 待我审核: the leader's closure and extension requests awaiting endorsement (closures changed since their
 * endorsement among them), or the office's awaiting approval.
 */
export function ReviewQueuePage() {
  const translate = useTranslate();
  const can = useCan();
  const step: ReviewStep | null = can('closure.approve')
    ? 'APPROVAL'
    : can('closure.endorse')
      ? 'ENDORSEMENT'
      : null;
  if (!step) return null;
  return (
    <Box sx={{ mt: 1 }} data-testid="review-queue">
      <Title title={translate('resources.reviews.name')} />
      <Queue kind="closure" step={step} />
      <Queue kind="extension" step={step} />
    </Box>
  );
}
