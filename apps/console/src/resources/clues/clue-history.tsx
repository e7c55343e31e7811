import { Box, Card, CardContent, Typography } from '@mui/material';
import { ClueHistoryAction, ClueOutcome, ClueStatus, DisposalMethod } from '@rectify/domain';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { leaderLabel } from '../leaders/leader-label.js';
import type { ClueHistoryEntry, ClueRecord } from './clue-record.js';

/** What a step set, in a line: the status move, method, body, leader, deadline, outcome, related case or user. */
function useStepDetails() {
  const locale = useDomainLocale();
  const translate = useTranslate();
  const f = (field: string) => translate(`resources.clueCases.fields.${field}`);
  return (h: ClueHistoryEntry): string[] =>
    [
      h.fromStatus && h.toStatus && h.fromStatus !== h.toStatus
        ? `${ClueStatus.label(h.fromStatus, locale)} → ${ClueStatus.label(h.toStatus, locale)}`
        : null,
      h.disposalMethod && `${f('method')}: ${DisposalMethod.label(h.disposalMethod, locale)}`,
      h.unit && `${f('routedToUnitId')}: ${h.unit.name}`,
      h.leader && `${f('owningLeaderId')}: ${leaderLabel(h.leader)}`,
      h.deadline && `${f('deadline')}: ${formatDate(h.deadline, locale)}`,
      h.outcome && `${f('outcome')}: ${ClueOutcome.label(h.outcome, locale)}`,
      h.relatedUserName && `${translate('rectify.clue.grantee')}: ${h.relatedUserName}`,
    ].filter((x): x is string => Boolean(x));
}

/** 处置过程: every step of the case, oldest first, with who did it and when. It never holds the identity. */
export function ClueHistory() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const details = useStepDetails();
  if (!clue) return null;
  const history = clue.history ?? [];
  return (
    <Card variant="outlined" data-testid="clue-history">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('rectify.clue.history')}
        </Typography>
        {history.length === 0 && (
          <Typography color="text.secondary">{translate('rectify.clue.noHistory')}</Typography>
        )}
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {history.map((h) => (
            <Box
              component="li"
              key={h.id}
              data-action={h.action}
              sx={{ borderLeft: '3px solid #8c1d18', pl: 2, pb: 2 }}
            >
              <Typography variant="subtitle2">
                {ClueHistoryAction.label(h.action, locale)}
                {h.relatedClueCaseId != null && (
                  <>
                    {' '}
                    <Link to={`/clueCases/${h.relatedClueCaseId}/show`}>{h.relatedSerial}</Link>
                  </>
                )}
              </Typography>
              {details(h).length > 0 && <Typography variant="body2">{details(h).join(' · ')}</Typography>}
              {h.note && (
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {h.note}
                </Typography>
              )}
              <Typography variant="caption" color="text.secondary">
                {formatDateTime(h.at, locale)} · {h.actorName ?? translate('rectify.audit.system')}
              </Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
