import { Card, CardContent, Typography } from '@mui/material';
import { Link, Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { RecordTable } from '../../components/record-table.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import type { ClueDisclosureQueue } from '../../providers/clue-records.js';
import { DisciplineOnly } from './discipline-only.js';
import { DisclosureDecisionButtons } from './disclosure-buttons.js';

/** 待我审批: disclosure requests on my cases that I may decide (I neither asked nor would learn). */
export function DisclosureQueuePage() {
  return (
    <DisciplineOnly>
      <DisclosureQueue />
    </DisciplineOnly>
  );
}

function DisclosureQueue() {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { data } = useGetOne<ClueDisclosureQueue & { id: string }>('clueDisclosureQueue', { id: 'mine' });
  const field = (name: string) => `resources.clueDisclosureQueue.fields.${name}`;
  return (
    <Card variant="outlined" sx={{ mt: 1 }} data-testid="disclosure-queue">
      <Title title={translate('resources.clueDisclosureQueue.name')} />
      <CardContent>
        {!data ? (
          <Loading />
        ) : data.nodes.length === 0 ? (
          <Typography color="text.secondary">{translate('rectify.clue.queueEmpty')}</Typography>
        ) : (
          <RecordTable
            rows={data.nodes}
            rowProps={(r) => ({ 'data-testid': `queue-${r.clueCase?.serial}` })}
            columns={[
              {
                header: field('clueCaseId'),
                cell: (r) => (
                  <>
                    <Link to={`/clueCases/${r.clueCaseId}/show`}>{r.clueCase?.serial}</Link>
                    <Typography variant="body2" color="text.secondary">
                      {r.clueCase?.summary}
                    </Typography>
                  </>
                ),
              },
              { header: field('requestedByName'), cell: (r) => r.requestedByName },
              { header: field('granteeUserId'), cell: (r) => r.granteeName },
              { header: field('reason'), wrap: 480, cell: (r) => r.reason },
              { header: field('createdAt'), cell: (r) => formatDateTime(r.createdAt, locale) },
              { align: 'right', cell: (r) => <DisclosureDecisionButtons request={r} ownedByMe /> },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
