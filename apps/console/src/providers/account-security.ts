import { graphql, type ResultOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';
import { postGraphQL } from './graphql-transport.js';
import { LoginPayloadFields, sessionFromPayload, writeSession } from './session.js';
import { userErrorsToApiError } from './user-errors.js';

const PasswordResetFields = graphql(`
  fragment PasswordReset on PasswordReset {
    id userId username displayName reason status requestedAt requestedByName approvedByName codeExpiresAt
  }
`);
export type PasswordReset = ResultOf<typeof PasswordResetFields>;

const RESET_PASSWORD = graphql(
  `mutation ResetPassword($id: Int!) {
    resetPassword(id: $id) { reset { ...PasswordReset } code errors { field code message } }
  }`,
  [PasswordResetFields],
);

/** The administrator's reset: the code to hand over, or null while a DISCIPLINE approval is awaited. */
export const resetPassword = (id: number) => mutate(RESET_PASSWORD, { id });

const LATEST_RESET = graphql(
  `query LatestReset($userId: Int!) { latestPasswordReset(userId: $userId) { ...PasswordReset } }`,
  [PasswordResetFields],
);

export const latestPasswordReset = async (userId: number) =>
  (await request(LATEST_RESET, { userId })).latestPasswordReset;

const UNLOCK = graphql(`
  mutation Unlock($id: Int!) { unlockSignIn(id: $id) { clearedPairs errors { field code message } } }
`);

export const unlockSignIn = async (id: number) => (await mutate(UNLOCK, { id })).clearedPairs;

const PENDING_RESETS = graphql(`query PendingResets { pendingPasswordResets { ...PasswordReset } }`, [
  PasswordResetFields,
]);

export const pendingPasswordResets = async () => (await request(PENDING_RESETS)).pendingPasswordResets;

const APPROVE_RESET = graphql(
  `mutation ApproveReset($id: Int!) {
    approvePasswordReset(id: $id) { reset { ...PasswordReset } code errors { field code message } }
  }`,
  [PasswordResetFields],
);
const REJECT_RESET = graphql(
  `mutation RejectReset($id: Int!) {
    rejectPasswordReset(id: $id) { reset { ...PasswordReset } code errors { field code message } }
  }`,
  [PasswordResetFields],
);

export const decidePasswordReset = (decision: 'approve' | 'reject', id: number) =>
  decision === 'approve' ? mutate(APPROVE_RESET, { id }) : mutate(REJECT_RESET, { id });

const REDEEM = graphql(
  `mutation Redeem($username: String!, $code: String!, $newPassword: String!) {
    redeemResetCode(username: $username, code: $code, newPassword: $newPassword) { ...LoginPayload }
  }`,
  [LoginPayloadFields],
);

/** The holder chooses a password with a reset code, on the sign-in page, and is signed in. */
export async function redeemResetCode(values: { username: string; code: string; newPassword: string }) {
  const data = await postGraphQL<ResultOf<typeof REDEEM>>(REDEEM, values, null);
  const payload = data.redeemResetCode;
  // Field errors (the new password's policy, a wrong code) go under their fields.
  if (payload.errors.length > 0 && payload.errors.some((e) => e.field))
    throw userErrorsToApiError(payload.errors);
  writeSession(sessionFromPayload(payload));
}
