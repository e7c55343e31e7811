import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import GavelIcon from '@mui/icons-material/Gavel';
import LinkIcon from '@mui/icons-material/Link';
import PersonPinIcon from '@mui/icons-material/PersonPin';
import ReplayIcon from '@mui/icons-material/Replay';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { AutocompleteInput, EditButton, ReferenceInput, TopToolbar, useRecordContext } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { LeaderInput, UnitInput } from '../references.js';
import { ClueActionButton } from './clue-action-button.js';
import { DeadlineInput, MethodInput, NoteInput, OutcomeInput, SanctionsInput } from './clue-inputs.js';
import type { ClueRecord } from './clue-record.js';
import { RequestDisclosureButton } from './disclosure-buttons.js';

/** The moves the case's state allows (the server's allowedEvents), each a dialog; a non-owner may ask to know. */
export function ClueCaseActions() {
  const clue = useRecordContext<ClueRecord>();
  const can = useCan();
  if (!clue) return null;
  const allowed = new Set(clue.allowedEvents ?? []);
  // A duplicate and a closed case allow no move: they are handled with, or by, their first intake.
  const open = allowed.size > 0;
  const writes = can('clueCase.write');
  return (
    <TopToolbar>
      {writes && open && <EditButton label="rectify.clue.correctIntake" data-testid="clue-edit" />}
      {writes && allowed.has('ROUTE') && (
        <ClueActionButton
          action="routeClueCase"
          label="rectify.clue.route"
          icon={<AccountBalanceIcon />}
          testId="clue-route"
          defaultValues={{ routedToUnitId: clue.routedTo?.id, deadline: clue.deadline }}
        >
          <UnitInput source="routedToUnitId" />
          <DeadlineInput />
          <NoteInput />
        </ClueActionButton>
      )}
      {writes && open && (
        <ClueActionButton
          action="assignClueLeader"
          label="rectify.clue.assignLeader"
          icon={<PersonPinIcon />}
          testId="clue-assign-leader"
          defaultValues={{ owningLeaderId: clue.owningLeader?.id ?? null }}
        >
          <LeaderInput source="owningLeaderId" />
          <NoteInput />
        </ClueActionButton>
      )}
      {writes && open && !clue.escalated && (
        <ClueActionButton
          action="escalateClueCase"
          label="rectify.clue.escalate"
          icon={<TrendingUpIcon />}
          testId="clue-escalate"
        >
          <UnitInput source="routedToUnitId" />
          <LeaderInput source="owningLeaderId" />
          <NoteInput required />
        </ClueActionButton>
      )}
      {writes && (allowed.has('START_DISPOSAL') || allowed.has('CONCLUDE')) && (
        <ClueActionButton
          action="disposeClueCase"
          label="rectify.clue.dispose"
          icon={<GavelIcon />}
          testId="clue-dispose"
          defaultValues={{ method: clue.disposalMethod, deadline: clue.deadline }}
        >
          <MethodInput />
          <DeadlineInput />
          <OutcomeInput helper />
          <SanctionsInput />
          <NoteInput />
        </ClueActionButton>
      )}
      {writes && allowed.has('CONCLUDE') && (
        <ClueActionButton
          action="concludeClueCase"
          label="rectify.clue.conclude"
          icon={<DoneAllIcon />}
          testId="clue-conclude"
        >
          <OutcomeInput />
          <SanctionsInput />
          <NoteInput />
        </ClueActionButton>
      )}
      {writes && allowed.has('REOPEN') && (
        <ClueActionButton
          action="reopenClueCase"
          label="rectify.clue.reopen"
          icon={<ReplayIcon />}
          testId="clue-reopen"
        >
          <MethodInput only={['TALK_OR_LETTER_INQUIRY', 'PRELIMINARY_VERIFICATION']} />
          <DeadlineInput />
          <NoteInput required />
        </ClueActionButton>
      )}
      {writes && open && clue.duplicateOfId == null && (
        <ClueActionButton
          action="linkClueDuplicate"
          label="rectify.clue.linkDuplicate"
          icon={<LinkIcon />}
          testId="clue-link-duplicate"
        >
          <ReferenceInput
            source="duplicateOfId"
            reference="clueCases"
            filter={{ duplicate: false }}
            sort={{ field: 'serial', order: 'ASC' }}
            perPage={50}
          >
            <AutocompleteInput
              optionText={(c: ClueRecord) => `${c.serial} ${c.summary}`}
              filterToQuery={(q: string) => ({ q })}
              fullWidth
            />
          </ReferenceInput>
          <NoteInput />
        </ClueActionButton>
      )}
      {!clue.ownedByMe && <RequestDisclosureButton />}
    </TopToolbar>
  );
}
