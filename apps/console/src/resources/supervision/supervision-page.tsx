import AddCommentIcon from '@mui/icons-material/AddComment';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import RateReviewIcon from '@mui/icons-material/RateReview';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { FollowUpOutcome, SupervisionMethod } from '@rectify/domain';
import { useQuery } from '@tanstack/react-query';
import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  Loading,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { DialogButton } from '../../components/dialog-button.js';
import { RecordTable } from '../../components/record-table.js';
import { formatDate } from '../../i18n/format-date.js';
import { useDomainLocale, useEnumChoices } from '../../i18n/use-domain-locale.js';
import {
  addFinding,
  createSupervisionGroup,
  type FindingDraft,
  type FindingRecord,
  followUpFinding,
  type GroupRecord,
  recordSupervisionVisit,
  supervisionOverview,
  type VisitRecord,
} from '../../providers/supervision-api.js';
import { FindingStatusChip } from './finding-parts.js';

const done = () => undefined;

function FindingFields() {
  return (
    <>
      <TextInput source="text" label="rectify.supervision.findingText" multiline minRows={2} fullWidth />
      <DateInput source="responseDue" label="rectify.supervision.responseDue" />
    </>
  );
}

function NewGroupButton() {
  return (
    <DialogButton<{ name: string; headName: string }>
      label="rectify.supervision.newGroup"
      icon={<GroupAddIcon />}
      testId="new-group"
      done="rectify.supervision.saved"
      onSubmit={(v) => createSupervisionGroup({ name: v.name ?? '', headName: v.headName ?? '' }).then(done)}
    >
      <TextInput source="name" label="rectify.supervision.groupName" fullWidth />
      <TextInput source="headName" label="rectify.supervision.headName" fullWidth />
    </DialogButton>
  );
}

type VisitForm = {
  groupId: number;
  unitId: number;
  visitDate: string;
  method: SupervisionMethod;
  summary: string;
  findings?: FindingDraft[];
};

function RecordVisitButton({ groups }: { groups: GroupRecord[] }) {
  const methods = useEnumChoices(SupervisionMethod);
  return (
    <DialogButton<VisitForm>
      label="rectify.supervision.recordVisit"
      icon={<TravelExploreIcon />}
      testId="record-visit"
      done="rectify.supervision.saved"
      defaultValues={{ groupId: groups[0]?.id, method: 'ON_SITE', findings: [] }}
      onSubmit={(v) =>
        recordSupervisionVisit({ ...v, summary: v.summary ?? '', findings: v.findings ?? [] }).then(done)
      }
    >
      <SelectInput
        source="groupId"
        label="rectify.supervision.group"
        choices={groups.map((g) => ({ id: g.id, name: g.name }))}
      />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput label="rectify.supervision.unit" optionText="name" />
      </ReferenceInput>
      <DateInput source="visitDate" label="rectify.supervision.visitDate" />
      <SelectInput source="method" label="rectify.supervision.method" choices={methods} />
      <TextInput source="summary" label="rectify.supervision.summary" multiline minRows={2} fullWidth />
      <ArrayInput source="findings" label="rectify.supervision.findings">
        <SimpleFormIterator inline disableReordering resource="supervision">
          <FindingFields />
        </SimpleFormIterator>
      </ArrayInput>
    </DialogButton>
  );
}

function AddFindingButton({ visit }: { visit: VisitRecord }) {
  return (
    <DialogButton<FindingDraft>
      label="rectify.supervision.addFinding"
      icon={<AddCommentIcon />}
      testId={`add-finding-${visit.id}`}
      done="rectify.supervision.saved"
      onSubmit={(v) =>
        addFinding({ visitId: visit.id, text: v.text ?? '', responseDue: v.responseDue ?? '' }).then(done)
      }
    >
      <FindingFields />
    </DialogButton>
  );
}

function FollowUpButton({ finding }: { finding: FindingRecord }) {
  const outcomes = useEnumChoices(FollowUpOutcome);
  return (
    <DialogButton<{ outcome: FollowUpOutcome; comment?: string; responseDue?: string }>
      label="rectify.supervision.followUp"
      icon={<RateReviewIcon />}
      testId={`follow-up-${finding.id}`}
      done="rectify.supervision.saved"
      defaultValues={{ outcome: 'CLOSE' }}
      onSubmit={(v) =>
        followUpFinding({
          id: finding.id,
          outcome: v.outcome,
          comment: v.comment || null,
          responseDue: v.responseDue || null,
        }).then(done)
      }
    >
      <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>
        {finding.response}
      </Typography>
      <RadioButtonGroupInput source="outcome" label="rectify.supervision.outcome" choices={outcomes} />
      <TextInput source="comment" label="rectify.supervision.followUpComment" multiline fullWidth />
      <DateInput source="responseDue" label="rectify.supervision.newResponseDue" />
    </DialogButton>
  );
}

export function FindingsTable({
  findings,
  action,
}: {
  findings: FindingRecord[];
  action: (f: FindingRecord) => React.ReactNode;
}) {
  const locale = useDomainLocale();
  return (
    <RecordTable
      rows={findings}
      rowProps={(f) => ({ 'data-finding': f.id })}
      columns={[
        { header: 'rectify.supervision.findingText', wrap: 420, cell: (f) => f.text },
        { header: 'rectify.supervision.responseDue', cell: (f) => formatDate(f.responseDue, locale) },
        { header: 'resources.tasks.fields.status', cell: (f) => <FindingStatusChip finding={f} /> },
        { header: 'rectify.supervision.response', wrap: 360, cell: (f) => f.response },
        { cell: action },
      ]}
    />
  );
}

function VisitCard({ visit, writes }: { visit: VisitRecord; writes: boolean }) {
  const locale = useDomainLocale();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-visit={visit.id}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1">
            {formatDate(visit.visitDate, locale)} · {visit.group?.name} → {visit.unit?.name} ·{' '}
            {SupervisionMethod.label(visit.method, locale)}
          </Typography>
          <Box sx={{ flex: 1 }} />
          {writes && <AddFindingButton visit={visit} />}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>
          {visit.summary}
        </Typography>
        {visit.findings.length > 0 && (
          <FindingsTable
            findings={visit.findings}
            action={(f) => (writes && f.status === 'RESPONDED' ? <FollowUpButton finding={f} /> : null)}
          />
        )}
      </CardContent>
    </Card>
  );
}

/** 督查: the groups, their visits to units with the findings, and the follow-up of the units' responses. */
export function SupervisionPage() {
  const translate = useTranslate();
  const can = useCan();
  const writes = can('supervision.write');
  const { data } = useQuery({ queryKey: ['supervision'], queryFn: supervisionOverview });
  if (!data) return <Loading />;
  return (
    <Box sx={{ mt: 1 }} data-testid="supervision">
      <Title title={translate('resources.supervision.name')} />
      {writes && (
        <TopToolbar>
          <NewGroupButton />
          {data.groups.length > 0 && <RecordVisitButton groups={data.groups} />}
        </TopToolbar>
      )}
      <Card variant="outlined" sx={{ mb: 2 }} data-testid="supervision-groups">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('rectify.supervision.groups')}
          </Typography>
          {data.groups.map((g) => (
            <Typography key={g.id} variant="body2">
              {g.name} · {translate('rectify.supervision.head', { name: g.headName })} ·{' '}
              {translate('rectify.supervision.visitCount', { smart_count: g.visits.length })}
            </Typography>
          ))}
        </CardContent>
      </Card>
      <Typography variant="h6" gutterBottom>
        {translate('rectify.supervision.visits')}
      </Typography>
      {data.visits.map((v) => (
        <VisitCard key={v.id} visit={v} writes={writes} />
      ))}
    </Box>
  );
}
