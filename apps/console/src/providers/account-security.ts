import type { PasswordResetReason, PasswordResetStatus } from '@rectify/domain';
import { graphql, mutate } from './graphql-client.js';
import { postGraphQL } from './graphql-transport.js';
import { LOGIN_PAYLOAD_FIELDS, type LoginPayload, sessionFromPayload, writeSession } from './session.js';
import type { UserError } from './user-errors.js';
import { userErrorsToApiError } from './user-errors.js';

export interface PasswordReset {
  id: number;
  userId: number;
  username: string;
  displayName: string;
  reason: PasswordResetReason;
  status: PasswordResetStatus;
  requestedAt: string;
  requestedByName: string | null;
  approvedByName: string | null;
  codeExpiresAt: string | null;
}

const RESET_FIELDS =
  'id userId username displayName reason status requestedAt requestedByName approvedByName codeExpiresAt';
type ResetPayload = { reset: PasswordReset | null; code: string | null; errors: UserError[] };

/** The administrator's reset: the code to hand over, or null while a DISCIPLINE approval is awaited. */
export const resetPassword = (id: number) =>
  mutate<ResetPayload>(
    `mutation ResetPassword($id: Int!) { resetPassword(id: $id) { reset { ${RESET_FIELDS} } code errors { field code message } } }`,
    { id },
    'resetPassword',
  );

export const latestPasswordReset = async (userId: number) =>
  (
    await graphql<{ latestPasswordReset: PasswordReset | null }>(
      `query LatestReset($userId: Int!) { latestPasswordReset(userId: $userId) { ${RESET_FIELDS} } }`,
      { userId },
    )
  ).latestPasswordReset;

export const unlockSignIn = async (id: number) =>
  (
    await mutate<{ clearedPairs: number; errors: UserError[] }>(
      'mutation Unlock($id: Int!) { unlockSignIn(id: $id) { clearedPairs errors { field code message } } }',
      { id },
      'unlockSignIn',
    )
  ).clearedPairs;

export const pendingPasswordResets = async () =>
  (await graphql<{ pendingPasswordResets: PasswordReset[] }>(`{ pendingPasswordResets { ${RESET_FIELDS} } }`))
    .pendingPasswordResets;

export const decidePasswordReset = (decision: 'approve' | 'reject', id: number) => {
  const name = decision === 'approve' ? 'approvePasswordReset' : 'rejectPasswordReset';
  return mutate<ResetPayload>(
    `mutation Decide($id: Int!) { ${name}(id: $id) { reset { ${RESET_FIELDS} } code errors { field code message } } }`,
    { id },
    name,
  );
};

/** The holder chooses a password with a reset code, on the sign-in page, and is signed in. */
export async function redeemResetCode(values: { username: string; code: string; newPassword: string }) {
  const data = await postGraphQL<{ redeemResetCode: LoginPayload }>(
    `mutation Redeem($username: String!, $code: String!, $newPassword: String!) {
      redeemResetCode(username: $username, code: $code, newPassword: $newPassword) { ${LOGIN_PAYLOAD_FIELDS} } }`,
    values,
    null,
  );
  const payload = data.redeemResetCode;
  // Field errors (the new password's policy, a wrong code) go under their fields.
  if (payload.errors.length > 0 && payload.errors.some((e) => e.field))
    throw userErrorsToApiError(payload.errors);
  writeSession(sessionFromPayload(payload));
}
