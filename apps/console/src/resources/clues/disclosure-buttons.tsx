import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import UndoIcon from '@mui/icons-material/Undo';
import VisibilityIcon from '@mui/icons-material/Visibility';
import type { ReactElement, ReactNode } from 'react';
import { SelectInput, TextInput, useDataProvider, useGetOne, useRecordContext } from 'react-admin';
import { useSessionUser } from '../../access/use-can.js';
import { DialogButton } from '../../components/dialog-button.js';
import type { ClueDisclosureAction } from '../../providers/clue-actions.js';
import type { ClueHandler } from '../../providers/clue-records.js';
import type { RectifyDataProvider } from '../../providers/data-provider.js';
import type { ClueRecord, DisclosureRecord } from './clue-record.js';

/** A disclosure mutation behind a button and its form. */
function DisclosureDialogButton({
  action,
  input,
  ...props
}: {
  action: ClueDisclosureAction;
  input: Record<string, unknown>;
  label: string;
  icon: ReactElement;
  testId: string;
  defaultValues?: Record<string, unknown>;
  children?: ReactNode;
}) {
  const dataProvider = useDataProvider<RectifyDataProvider>();
  return (
    <DialogButton
      {...props}
      done="rectify.clue.saved"
      onSubmit={(values: Record<string, unknown>) =>
        dataProvider.clueDisclosureAction(action, { ...values, ...input })
      }
    />
  );
}

/** The DISCIPLINE handlers, for choosing a grantee. */
export function useClueHandlers(): { id: number; name: string }[] {
  const { data } = useGetOne<{ id: string; handlers: ClueHandler[] }>(
    'clueHandlers',
    { id: 'all' },
    { staleTime: 5 * 60_000 },
  );
  return (data?.handlers ?? []).map((h) => ({ id: h.id, name: h.displayName }));
}

/** Asks that the case's identity be disclosed to a handler (by default the one asking); an owner decides. */
export function RequestDisclosureButton() {
  const clue = useRecordContext<ClueRecord>();
  const me = useSessionUser();
  const handlers = useClueHandlers();
  if (!clue) return null;
  const owners = new Set((clue.owners ?? []).map((o) => o.id));
  return (
    <DisclosureDialogButton
      action="requestClueDisclosure"
      input={{ clueCaseId: clue.id }}
      label="rectify.clue.requestDisclosure"
      icon={<VisibilityIcon />}
      testId="clue-request-disclosure"
      defaultValues={{ granteeUserId: clue.ownedByMe ? undefined : me?.id }}
    >
      <SelectInput
        source="granteeUserId"
        resource="clueDisclosureQueue"
        choices={handlers.filter((h) => !owners.has(h.id))}
        sx={{ minWidth: 240 }}
      />
      <TextInput source="reason" resource="clueDisclosureQueue" multiline minRows={3} fullWidth />
    </DisclosureDialogButton>
  );
}

/**
 * What the signed-in user may do with a pending request: an owner other than the requester and the grantee
 * decides; the requester may withdraw. The server checks the same.
 */
export function DisclosureDecisionButtons({
  request,
  ownedByMe,
}: {
  request: DisclosureRecord;
  ownedByMe: boolean;
}) {
  const me = useSessionUser();
  if (request.status !== 'PENDING_APPROVAL' || !me) return null;
  const input = { id: request.id, version: request.version };
  const decides = ownedByMe && me.id !== request.requestedById && me.id !== request.granteeUserId;
  const comment = (
    <TextInput source="comment" resource="clueDisclosureQueue" multiline minRows={2} fullWidth />
  );
  return (
    <>
      {decides && (
        <>
          <DisclosureDialogButton
            action="approveClueDisclosure"
            input={input}
            label="rectify.clue.approve"
            icon={<CheckIcon />}
            testId={`disclosure-approve-${request.id}`}
          >
            {comment}
          </DisclosureDialogButton>
          <DisclosureDialogButton
            action="rejectClueDisclosure"
            input={input}
            label="rectify.clue.reject"
            icon={<CloseIcon />}
            testId={`disclosure-reject-${request.id}`}
          >
            {comment}
          </DisclosureDialogButton>
        </>
      )}
      {me.id === request.requestedById && (
        <DisclosureDialogButton
          action="withdrawClueDisclosure"
          input={input}
          label="rectify.clue.withdraw"
          icon={<UndoIcon />}
          testId={`disclosure-withdraw-${request.id}`}
        />
      )}
    </>
  );
}
