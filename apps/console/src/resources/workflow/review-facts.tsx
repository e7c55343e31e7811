import { Box, CircularProgress, Typography } from '@mui/material';
import type { ReviewStep } from '@rectify/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { reviewFacts } from '../../providers/review-facts.js';
import type { RequestKind } from '../../providers/workflow-api.js';
import { EvidenceList } from './evidence-list.js';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Box component="section" data-testid={testId} sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="h3" color="text.secondary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * What the reviewer decides on, above the decision: the task, the request's statement (or the extension's
 * reason and dates), the progress reported since this step last reviewed the task, and the evidence.
 */
export function ReviewFacts({
  kind,
  step,
  requestId,
}: {
  kind: RequestKind;
  step: ReviewStep;
  requestId: number;
}) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { data, isPending, error } = useQuery({
    queryKey: ['reviewFacts', kind, requestId, step],
    queryFn: () => reviewFacts(kind, requestId, step),
  });
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`rectify.workflow.facts.${key}`, options);
  if (isPending) return <CircularProgress size={24} aria-label={t('loading')} />;
  if (error || !data) {
    return (
      <Typography color="error" data-testid="review-facts-missing">
        {t('notFound')}
      </Typography>
    );
  }
  const { task } = data;
  return (
    <Box data-testid="review-facts" sx={{ mb: 1 }}>
      <Section title={t('task')} testId="facts-task">
        <Typography variant="body2">
          {task.issue?.code} {task.ordinal} · {task.leadUnit?.name} · {task.leader?.name}
          {task.deadline && ` · ${t('deadline', { date: formatDate(task.deadline, locale) })}`}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {task.measure}
        </Typography>
      </Section>
      <Section title={t(kind === 'closure' ? 'statement' : 'reason')} testId="facts-statement">
        {data.deadlines && (
          <Typography variant="body2">
            {formatDate(data.deadlines.from, locale)} → {formatDate(data.deadlines.to, locale)}
          </Typography>
        )}
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {data.statement}
        </Typography>
      </Section>
      <Section
        title={
          data.lastReviewedAt
            ? t('progressSince', { date: formatDateTime(data.lastReviewedAt, locale) })
            : t('progress')
        }
        testId="facts-progress"
      >
        {data.progress.length === 0 ? (
          <Typography variant="body2">{t('noProgress')}</Typography>
        ) : (
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {data.progress.map((r) => (
              <Box component="li" key={r.id} data-progress={r.id}>
                <Typography variant="body2">
                  {formatDate(r.period, locale)} · {r.unit?.name} · {r.percent}%
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {r.text}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </Section>
      <Section title={t('evidence')} testId="facts-evidence">
        {task.evidence.length === 0 ? (
          <Typography variant="body2">{t('noEvidence')}</Typography>
        ) : (
          <EvidenceList files={task.evidence} preview />
        )}
      </Section>
    </Box>
  );
}
