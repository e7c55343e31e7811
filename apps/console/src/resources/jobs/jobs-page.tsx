import { JobKind, JobState } from '@rectify/domain';
import {
  Alert,
  Card,
  CardContent,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/format-date.js';
import { useCan } from '../../access/use-can.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { type Job, listJobs, retryJob } from '../../providers/jobs-api.js';

/**
 * 后台任务: the job queue as ADMIN sees it — each job's state (queued, running, awaiting a retry, failed …),
 * its attempts and the error of its last failed attempt; a job that failed for good may be retried.
 */
export function JobsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const canRetry = useCan()('job.retry');
  const [state, setState] = useState<JobState | ''>('');
  const [rows, setRows] = useState<Job[] | null>(null);
  const load = useCallback(
    () =>
      listJobs(state || null).then(setRows, (error: Error) => {
        setRows([]);
        notify(error.message, { type: 'error' });
      }),
    [state, notify],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const retry = async (job: Job) => {
    try {
      await retryJob(job.id);
      notify('rectify.jobs.retried', { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    await load();
  };
  const when = (value: string | null) => (value ? formatDateTime(value, locale) : '—');
  return (
    <Card>
      <Title title={translate('resources.jobs.name', { smart_count: 2 })} />
      <CardContent data-testid="jobs" aria-busy={rows === null}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('rectify.jobs.help')}
        </Typography>
        <TextField
          select
          size="small"
          label={translate('rectify.jobs.state')}
          value={state}
          onChange={(event) => setState(event.target.value as JobState | '')}
          fullWidth={false}
          // "All" shows as the empty choice's label rather than an empty box.
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          sx={{ width: 200, mb: 2 }}
          data-job-state-filter
        >
          <MenuItem value="">{translate('rectify.jobs.all')}</MenuItem>
          {JobState.values.map((value) => (
            <MenuItem key={value} value={value}>
              {JobState.labels[value][locale]}
            </MenuItem>
          ))}
        </TextField>
        {rows?.length === 0 && <Alert severity="info">{translate('rectify.jobs.none')}</Alert>}
        {rows && rows.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rectify.jobs.kind')}</TableCell>
                <TableCell>{translate('rectify.jobs.state')}</TableCell>
                <TableCell>{translate('rectify.jobs.attempts')}</TableCell>
                <TableCell>{translate('rectify.jobs.created')}</TableCell>
                <TableCell>{translate('rectify.jobs.completed')}</TableCell>
                <TableCell>{translate('rectify.jobs.error')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((job) => (
                <TableRow key={job.id} data-job-id={job.id} data-job-state={job.state}>
                  <TableCell>{JobKind.labels[job.kind][locale]}</TableCell>
                  <TableCell>
                    {JobState.labels[job.state][locale]}
                    {job.state === 'RETRY' && (
                      <Typography variant="caption" display="block" color="text.secondary">
                        {`${translate('rectify.jobs.nextAttempt')} ${when(job.startAfter)}`}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{`${job.attempts} / ${job.retryLimit + 1}`}</TableCell>
                  <TableCell>{when(job.createdAt)}</TableCell>
                  <TableCell>{when(job.completedAt)}</TableCell>
                  <TableCell data-job-error sx={{ color: 'error.main', wordBreak: 'break-word' }}>
                    {job.error ?? ''}
                  </TableCell>
                  <TableCell align="right">
                    {canRetry && job.state === 'FAILED' && (
                      <Button label="rectify.jobs.retry" onClick={() => retry(job)} />
                    )}
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
