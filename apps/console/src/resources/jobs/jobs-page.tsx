import { JobKind, JobState } from '@rectify/domain';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Button, Title, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/format-date.js';
import { useCan } from '../../access/use-can.js';
import { EnumFilter } from '../../components/enum-filter.js';
import { RecordTable } from '../../components/record-table.js';
import { useLoaded } from '../../components/use-loaded.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { type Job, listJobs, retryJob } from '../../providers/jobs-api.js';

/**
 * 后台任务: the job queue as ADMIN sees it — each job's state (queued, running, awaiting a retry, failed …),
 * its attempts and the error of its last failed attempt; a job that failed for good may be retried.
 */
export function JobsPage() {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const canRetry = useCan()('job.retry');
  const [state, setState] = useState<JobState | ''>('');
  const { data: rows, act } = useLoaded(
    useCallback(() => listJobs(state || null), [state]),
    [] as Job[],
  );
  const when = (value: string | null) => (value ? formatDateTime(value, locale) : '—');
  return (
    <Card>
      <Title title={translate('resources.jobs.name', { smart_count: 2 })} />
      <CardContent data-testid="jobs" aria-busy={rows === null}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('rectify.jobs.help')}
        </Typography>
        <EnumFilter
          enumeration={JobState}
          label="rectify.jobs.state"
          all="rectify.jobs.all"
          value={state}
          onChange={setState}
          dataProps={{ 'data-job-state-filter': true }}
        />
        {rows?.length === 0 && <Alert severity="info">{translate('rectify.jobs.none')}</Alert>}
        {rows && rows.length > 0 && (
          <RecordTable
            rows={rows}
            rowProps={(job) => ({ 'data-job-id': job.id, 'data-job-state': job.state })}
            columns={[
              { header: 'rectify.jobs.kind', cell: (job) => JobKind.labels[job.kind][locale] },
              {
                header: 'rectify.jobs.state',
                cell: (job) => (
                  <>
                    {JobState.labels[job.state][locale]}
                    {job.state === 'RETRY' && (
                      <Typography variant="caption" display="block" color="text.secondary">
                        {`${translate('rectify.jobs.nextAttempt')} ${when(job.startAfter)}`}
                      </Typography>
                    )}
                  </>
                ),
              },
              { header: 'rectify.jobs.attempts', cell: (job) => `${job.attempts} / ${job.retryLimit + 1}` },
              { header: 'rectify.jobs.created', cell: (job) => when(job.createdAt) },
              { header: 'rectify.jobs.completed', cell: (job) => when(job.completedAt) },
              {
                header: 'rectify.jobs.error',
                cell: (job) => (
                  <Box component="span" data-job-error sx={{ color: 'error.main', wordBreak: 'break-word' }}>
                    {job.error ?? ''}
                  </Box>
                ),
              },
              {
                align: 'right',
                cell: (job) =>
                  canRetry &&
                  job.state === 'FAILED' && (
                    <Button
                      label="rectify.jobs.retry"
                      onClick={() => act(() => retryJob(job.id), 'rectify.jobs.retried')}
                    />
                  ),
              },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
