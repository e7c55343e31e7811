import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box, Card, CardContent, Chip, Grid, Typography } from '@mui/material';
import {
  ClueKind,
  ClueOutcome,
  ClueSource,
  ClueStatus,
  DisposalMethod,
  DuplicateState,
} from '@rectify/domain';
import type { ReactElement } from 'react';
import { Labeled, Link, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateField } from '../../components/date-field.js';
import { EnumField } from '../../components/enum-field.js';
import { LeaderField } from '../../components/leader-field.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { ClueCaseActions } from './clue-case-actions.js';
import { ClueDisclosures, ClueDuplicates } from './clue-duplicates-disclosures.js';
import { ClueHistory } from './clue-history.js';
import { ClueDeadline } from './clue-list.js';
import type { ClueRecord } from './clue-record.js';
import { DisciplineOnly } from './discipline-only.js';

/**
 * A clue case: facts, identity (owners only; the server sends null to anyone else), the moves its state
 * allows, duplicates, disclosure requests and its history. To any role but DISCIPLINE the address is simply not
 * found: the page asks the API nothing.
 */
export function ClueShow() {
  return (
    <DisciplineOnly>
      <Show actions={<ClueCaseActions />} queryOptions={{ meta: { detail: true } }} title={<ClueTitle />}>
        <Box sx={{ p: 2 }}>
          <DuplicateBanner />
          <ClueFacts />
          <ClueIdentity />
          <ClueDuplicates />
          <ClueDisclosures />
          <ClueHistory />
        </Box>
      </Show>
    </DisciplineOnly>
  );
}

function ClueTitle() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  return (
    <span>
      {translate('rectify.clue.detail')} {clue?.serial}
    </span>
  );
}

function DuplicateBanner() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  if (!clue?.duplicateOf || !clue.duplicateState) return null;
  return (
    <Alert
      severity={clue.duplicateState === 'SUSPECTED' ? 'warning' : 'info'}
      sx={{ mb: 2 }}
      data-testid="clue-duplicate-of"
    >
      <strong>{DuplicateState.label(clue.duplicateState, locale)}</strong> —{' '}
      {translate('rectify.clue.duplicateOf')}{' '}
      <Link to={`/clueCases/${clue.duplicateOf.id}/show`}>{clue.duplicateOf.serial}</Link>
    </Alert>
  );
}

function Cell({ label, size = 3, children }: { label: string; size?: number; children: ReactElement }) {
  return (
    <Grid size={{ xs: 6, md: size }}>
      <Labeled label={label}>{children}</Labeled>
    </Grid>
  );
}

const f = (field: string) => `resources.clueCases.fields.${field}`;

function ClueFacts() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  if (!clue) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('rectify.clue.facts')}
        </Typography>
        <Typography variant="body1" sx={{ mb: 1.5, whiteSpace: 'pre-wrap' }} data-testid="clue-summary">
          {clue.summary}
        </Typography>
        <Grid container spacing={2}>
          <Cell label={f('serial')}>
            <TextField source="serial" />
          </Cell>
          <Cell label={f('kind')}>
            <EnumField source="kind" enum={ClueKind} />
          </Cell>
          <Cell label={f('source')}>
            <EnumField source="source" enum={ClueSource} />
          </Cell>
          <Cell label={f('receivedDate')}>
            <DateField source="receivedDate" />
          </Cell>
          <Cell label={f('inspectionId')} size={6}>
            <TextField source="inspection.name" emptyText="—" />
          </Cell>
          <Cell label={f('status')}>
            <Box component="span" data-testid="clue-status" data-status={clue.status}>
              <EnumField source="status" enum={ClueStatus} />
            </Box>
          </Cell>
          <Cell label={f('disposalMethod')}>
            <EnumField source="disposalMethod" enum={DisposalMethod} />
          </Cell>
          <Cell label={f('routedToUnitId')}>
            <TextField source="routedTo.name" emptyText="—" />
          </Cell>
          <Cell label={f('owningLeaderId')}>
            <Box component="span">
              <LeaderField source="owningLeader" />
              {clue.escalated && (
                <Chip
                  size="small"
                  color="warning"
                  label={translate('rectify.clue.escalated')}
                  sx={{ ml: 1 }}
                />
              )}
            </Box>
          </Cell>
          <Cell label={f('deadline')}>
            <DateField source="deadline" />
          </Cell>
          <Cell label={f('warning')}>
            <ClueDeadline clue={clue} />
          </Cell>
          <Cell label={f('outcome')}>
            <EnumField source="outcome" enum={ClueOutcome} />
          </Cell>
          <Cell label={f('closedAt')}>
            <DateField source="closedAt" showTime />
          </Cell>
          <Cell label={f('sanctions')} size={6}>
            <TextField source="sanctions" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          </Cell>
          <Cell label={f('owners')} size={6}>
            <Box>
              {(clue.owners ?? []).map((o) => (
                <Chip key={o.id} size="small" label={o.displayName} sx={{ mr: 0.5 }} />
              ))}
            </Box>
          </Cell>
        </Grid>
      </CardContent>
    </Card>
  );
}

/** Subject and informant for the case's owners; a placeholder for everyone else, whose answer held null. */
function ClueIdentity() {
  const clue = useRecordContext<ClueRecord>();
  const translate = useTranslate();
  if (!clue) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="clue-identity">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          <LockIcon fontSize="small" sx={{ verticalAlign: 'text-bottom', mr: 0.5 }} />
          {translate('rectify.clue.identity')}
        </Typography>
        {clue.ownedByMe ? (
          <>
            <Grid container spacing={2}>
              <Cell label={f('subject')} size={6}>
                <Box component="span" data-testid="clue-subject">
                  {clue.subject}
                </Box>
              </Cell>
              <Cell label={f('informant')} size={6}>
                <Box component="span" data-testid="clue-informant">
                  {clue.informant ?? translate('rectify.clue.anonymous')}
                </Box>
              </Cell>
            </Grid>
            <Typography variant="caption" color="text.secondary">
              {translate('rectify.clue.identityAudited')}
            </Typography>
          </>
        ) : (
          <Alert severity="info" icon={<LockIcon />} data-testid="clue-confidential">
            <strong>{translate('rectify.clue.confidential')}</strong>
            <br />
            {translate('rectify.clue.confidentialHint')}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
