import {
  Box,
  Card,
  CardContent,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { RequestStatus, ReviewStep } from '@rectify/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, Loading, Title, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { type QueuedRequest, type RequestKind, requestsAwaiting } from '../../providers/workflow-api.js';
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
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rectify.reviews.task')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.leadUnitId')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.leaderId')}</TableCell>
                <TableCell>{translate(`rectify.reviews.${kind}Detail`)}</TableCell>
                <TableCell>{translate('rectify.reviews.requested')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((r: QueuedRequest) => (
                <TableRow key={r.id} data-request={r.id}>
                  <TableCell sx={{ maxWidth: 360 }}>
                    <Link to={`/tasks/${r.taskId}/show`}>
                      {r.task?.issue?.code} {r.task?.ordinal}
                    </Link>
                    <Typography variant="body2" noWrap title={r.task?.measure}>
                      {r.task?.measure}
                    </Typography>
                  </TableCell>
                  <TableCell>{r.task?.leadUnit?.name}</TableCell>
                  <TableCell>{r.task?.leader?.name}</TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      {kind === 'closure'
                        ? r.statement
                        : `${formatDate(r.currentDeadline, locale)} → ${formatDate(r.proposedDeadline, locale)}:${r.reason}`}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {r.requestedByName}
                    <br />
                    {formatDateTime(r.createdAt, locale)}
                  </TableCell>
                  <TableCell>
                    <RequestStatusChip status={r.status as RequestStatus} />{' '}
                    <StaleEndorsementChip request={r} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <ReviewButton kind={kind} step={step} request={r} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
