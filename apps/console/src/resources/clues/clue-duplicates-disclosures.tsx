import CheckIcon from '@mui/icons-material/Check';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { ClueDisclosureStatus, ClueSource, DuplicateState } from '@rectify/domain';
import type { ReactNode } from 'react';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { RecordTable } from '../../components/record-table.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { ClueActionButton } from './clue-action-button.js';
import { NoteInput } from './clue-inputs.js';
import type { ClueRecord } from './clue-record.js';
import { DisclosureDecisionButtons } from './disclosure-buttons.js';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Confirm or undo a duplicate's link to its first intake (shown on either case). */
function DuplicateDecisionButtons({
  target,
  state,
}: {
  target: { id: number; version: number };
  state: DuplicateState | null;
}) {
  const can = useCan();
  if (!can('clueCase.write') || !state) return null;
  return (
    <>
      {state === 'SUSPECTED' && (
        <ClueActionButton
          action="confirmClueDuplicate"
          target={target}
          label="rectify.clue.confirmDuplicate"
          icon={<CheckIcon />}
          testId={`duplicate-confirm-${target.id}`}
        >
          <NoteInput />
        </ClueActionButton>
      )}
      <ClueActionButton
        action="unlinkClueDuplicate"
        target={target}
        label="rectify.clue.unlinkDuplicate"
        icon={<LinkOffIcon />}
        testId={`duplicate-unlink-${target.id}`}
      >
        <NoteInput />
      </ClueActionButton>
    </>
  );
}

/** Later intakes of the same clue, linked to this one; on a duplicate, the decision on its own link. */
export function ClueDuplicates() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  if (!clue) return null;
  if (clue.duplicateOfId != null) {
    return (
      <Section title="rectify.clue.duplicates" testId="clue-duplicates">
        <DuplicateDecisionButtons target={clue} state={clue.duplicateState} />
      </Section>
    );
  }
  const duplicates = clue.duplicates ?? [];
  return (
    <Section title="rectify.clue.duplicates" testId="clue-duplicates">
      {duplicates.length === 0 ? (
        <Typography color="text.secondary">{translate('rectify.clue.noDuplicates')}</Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {duplicates.map((d) => (
              <TableRow key={d.id} data-testid={`duplicate-${d.serial}`}>
                <TableCell>
                  <Link to={`/clueCases/${d.id}/show`}>{d.serial}</Link>
                </TableCell>
                <TableCell>{ClueSource.label(d.source, locale)}</TableCell>
                <TableCell>{formatDate(d.receivedDate, locale)}</TableCell>
                <TableCell>
                  {d.duplicateState ? DuplicateState.label(d.duplicateState, locale) : ''}
                </TableCell>
                <TableCell align="right">
                  <DuplicateDecisionButtons target={d} state={d.duplicateState} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

/** Requests to disclose the identity: who asked, for whom, why, and the recorded decision. */
export function ClueDisclosures() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  if (!clue) return null;
  const requests = clue.disclosureRequests ?? [];
  const field = (name: string) => `resources.clueDisclosureQueue.fields.${name}`;
  return (
    <Section title="rectify.clue.disclosures" testId="clue-disclosures">
      {requests.length === 0 ? (
        <Typography color="text.secondary">{translate('rectify.clue.noDisclosures')}</Typography>
      ) : (
        <RecordTable
          rows={requests}
          rowProps={(r) => ({ 'data-testid': `disclosure-${r.id}`, 'data-status': r.status })}
          columns={[
            { header: field('createdAt'), cell: (r) => formatDateTime(r.createdAt, locale) },
            { header: field('requestedByName'), cell: (r) => r.requestedByName },
            { header: field('granteeUserId'), cell: (r) => r.granteeName },
            { header: field('reason'), wrap: 480, cell: (r) => r.reason },
            { header: field('status'), cell: (r) => ClueDisclosureStatus.label(r.status, locale) },
            {
              header: field('comment'),
              cell: (r) => (
                <>
                  {r.decidedByName && (
                    <Box>
                      {r.decidedByName} · {formatDateTime(r.decidedAt, locale)}
                    </Box>
                  )}
                  {r.decisionComment}
                </>
              ),
            },
            {
              align: 'right',
              cell: (r) => <DisclosureDecisionButtons request={r} ownedByMe={clue.ownedByMe} />,
            },
          ]}
        />
      )}
    </Section>
  );
}
