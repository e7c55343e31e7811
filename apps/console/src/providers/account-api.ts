import { mutate } from './graphql-client.js';
import { LOGIN_PAYLOAD_FIELDS, type LoginPayload, sessionFromPayload, writeSession } from './session.js';

const CHANGE_OWN_PASSWORD = `mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) { ${LOGIN_PAYLOAD_FIELDS} }
}`;

/**
 * Changes the signed-in user's password. The server ends every session of the user and answers with a new
 * one, which replaces this browser's: the user stays signed in here and nowhere else.
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const payload = await mutate<LoginPayload>(
    CHANGE_OWN_PASSWORD,
    { currentPassword, newPassword },
    'changeOwnPassword',
  );
  writeSession(sessionFromPayload(payload));
}
