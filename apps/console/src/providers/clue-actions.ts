import { USER_ERROR_FIELDS } from './build-query.js';
import { DISCLOSURE_FIELDS } from './clue-resources.js';
import { mutate } from './graphql-client.js';
import type { UserError } from './user-errors.js';

// The clue mutations that are not plain saves: each takes the version the user read, and a refusal becomes a
// form error under the field at fault (see FormDialog).

/** Mutation name → its input type; each answers a ClueCasePayload. */
const CASE_ACTIONS = {
  routeClueCase: 'RouteClueCaseInput',
  assignClueLeader: 'AssignClueLeaderInput',
  escalateClueCase: 'EscalateClueCaseInput',
  disposeClueCase: 'DisposeClueCaseInput',
  concludeClueCase: 'ConcludeClueCaseInput',
  reopenClueCase: 'ReopenClueCaseInput',
  linkClueDuplicate: 'LinkClueDuplicateInput',
  confirmClueDuplicate: 'ClueDuplicateDecisionInput',
  unlinkClueDuplicate: 'ClueDuplicateDecisionInput',
} as const;
export type ClueCaseAction = keyof typeof CASE_ACTIONS;

/** Mutation name → its input type; each answers a ClueDisclosureRequestPayload. */
const DISCLOSURE_ACTIONS = {
  requestClueDisclosure: 'RequestClueDisclosureInput',
  approveClueDisclosure: 'ClueDisclosureDecisionInput',
  rejectClueDisclosure: 'ClueDisclosureDecisionInput',
  withdrawClueDisclosure: 'ClueDisclosureDecisionInput',
} as const;
export type ClueDisclosureAction = keyof typeof DISCLOSURE_ACTIONS;

type Payload = { errors: UserError[] } & Record<string, unknown>;

async function run(name: string, inputType: string, selection: string, input: Record<string, unknown>) {
  const query = `mutation Act($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${USER_ERROR_FIELDS} } }`;
  return mutate<Payload>(query, { input }, name);
}

// An emptied text box means "no value", not an empty string.
const cleaned = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === '' ? null : v]));

export const clueActions = {
  async clueCaseAction(name: ClueCaseAction, input: Record<string, unknown>) {
    await run(name, CASE_ACTIONS[name], 'clueCase { id version status }', cleaned(input));
  },
  async clueDisclosureAction(name: ClueDisclosureAction, input: Record<string, unknown>) {
    await run(
      name,
      DISCLOSURE_ACTIONS[name],
      `clueDisclosureRequest { ${DISCLOSURE_FIELDS} }`,
      cleaned(input),
    );
  },
};
