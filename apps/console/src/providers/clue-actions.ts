import { graphql } from '../graphql.js';
import { ClueDisclosureFields } from './clue-resources.js';
import { mutateUntyped } from './graphql-client.js';

// The clue mutations that are not plain saves: each takes the version the user read, and a refusal becomes a
// form error under the field at fault (see FormDialog).

/** The case's moves; each answers the case's new state. */
const CASE_ACTIONS = {
  routeClueCase: graphql(`
    mutation RouteClueCase($input: RouteClueCaseInput!) {
      routeClueCase(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  assignClueLeader: graphql(`
    mutation AssignClueLeader($input: AssignClueLeaderInput!) {
      assignClueLeader(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  escalateClueCase: graphql(`
    mutation EscalateClueCase($input: EscalateClueCaseInput!) {
      escalateClueCase(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  disposeClueCase: graphql(`
    mutation DisposeClueCase($input: DisposeClueCaseInput!) {
      disposeClueCase(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  concludeClueCase: graphql(`
    mutation ConcludeClueCase($input: ConcludeClueCaseInput!) {
      concludeClueCase(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  reopenClueCase: graphql(`
    mutation ReopenClueCase($input: ReopenClueCaseInput!) {
      reopenClueCase(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  linkClueDuplicate: graphql(`
    mutation LinkClueDuplicate($input: LinkClueDuplicateInput!) {
      linkClueDuplicate(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  confirmClueDuplicate: graphql(`
    mutation ConfirmClueDuplicate($input: ClueDuplicateDecisionInput!) {
      confirmClueDuplicate(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
  unlinkClueDuplicate: graphql(`
    mutation UnlinkClueDuplicate($input: ClueDuplicateDecisionInput!) {
      unlinkClueDuplicate(input: $input) { clueCase { id version status } errors { field code message } }
    }
  `),
};
export type ClueCaseAction = keyof typeof CASE_ACTIONS;

/** The disclosure request's moves; each answers the request. */
const DISCLOSURE_ACTIONS = {
  requestClueDisclosure: graphql(
    `mutation RequestClueDisclosure($input: RequestClueDisclosureInput!) {
      requestClueDisclosure(input: $input) { clueDisclosureRequest { ...ClueDisclosure } errors { field code message } }
    }`,
    [ClueDisclosureFields],
  ),
  approveClueDisclosure: graphql(
    `mutation ApproveClueDisclosure($input: ClueDisclosureDecisionInput!) {
      approveClueDisclosure(input: $input) { clueDisclosureRequest { ...ClueDisclosure } errors { field code message } }
    }`,
    [ClueDisclosureFields],
  ),
  rejectClueDisclosure: graphql(
    `mutation RejectClueDisclosure($input: ClueDisclosureDecisionInput!) {
      rejectClueDisclosure(input: $input) { clueDisclosureRequest { ...ClueDisclosure } errors { field code message } }
    }`,
    [ClueDisclosureFields],
  ),
  withdrawClueDisclosure: graphql(
    `mutation WithdrawClueDisclosure($input: ClueDisclosureDecisionInput!) {
      withdrawClueDisclosure(input: $input) { clueDisclosureRequest { ...ClueDisclosure } errors { field code message } }
    }`,
    [ClueDisclosureFields],
  ),
};
export type ClueDisclosureAction = keyof typeof DISCLOSURE_ACTIONS;

// An emptied text box means "no value", not an empty string.
const cleaned = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === '' ? null : v]));

// The documents are typed; the input is the action dialog's values as react-admin hands them over (untyped),
// which the server checks, naming the field at fault.
export const clueActions = {
  async clueCaseAction(name: ClueCaseAction, input: Record<string, unknown>) {
    await mutateUntyped(CASE_ACTIONS[name], { input: cleaned(input) });
  },
  async clueDisclosureAction(name: ClueDisclosureAction, input: Record<string, unknown>) {
    await mutateUntyped(DISCLOSURE_ACTIONS[name], { input: cleaned(input) });
  },
};
