import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import type { DisclosureRecord } from './clue-record.js';
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
  const { data } = useGetOne<{ id: string; nodes: DisclosureRecord[]; totalCount: number }>(
    'clueDisclosureQueue',
    { id: 'mine' },
  );
  const field = (name: string) => translate(`resources.clueDisclosureQueue.fields.${name}`);
  return (
    <Card variant="outlined" sx={{ mt: 1 }} data-testid="disclosure-queue">
      <Title title={translate('resources.clueDisclosureQueue.name')} />
      <CardContent>
        {!data ? (
          <Loading />
        ) : data.nodes.length === 0 ? (
          <Typography color="text.secondary">{translate('rectify.clue.queueEmpty')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{field('clueCaseId')}</TableCell>
                <TableCell>{field('requestedByName')}</TableCell>
                <TableCell>{field('granteeUserId')}</TableCell>
                <TableCell>{field('reason')}</TableCell>
                <TableCell>{field('createdAt')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.nodes.map((r) => (
                <TableRow key={r.id} data-testid={`queue-${r.clueCase?.serial}`}>
                  <TableCell>
                    <Link to={`/clueCases/${r.clueCaseId}/show`}>{r.clueCase?.serial}</Link>
                    <Typography variant="body2" color="text.secondary">
                      {r.clueCase?.summary}
                    </Typography>
                  </TableCell>
                  <TableCell>{r.requestedByName}</TableCell>
                  <TableCell>{r.granteeName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.reason}</TableCell>
                  <TableCell>{formatDateTime(r.createdAt, locale)}</TableCell>
                  <TableCell align="right">
                    <DisclosureDecisionButtons request={r} ownedByMe />
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
