import { graphql } from '../graphql.js';
import { mutate } from './graphql-client.js';
import { LoginPayloadFields, sessionFromPayload, writeSession } from './session.js';

const CHANGE_OWN_PASSWORD = graphql(
  `mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...LoginPayload }
  }`,
  [LoginPayloadFields],
);

/**
 * Changes the signed-in user's password. The server ends every session of the user and answers with a new
 * one, which replaces this browser's: the user stays signed in here and nowhere else.
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  writeSession(sessionFromPayload(await mutate(CHANGE_OWN_PASSWORD, { currentPassword, newPassword })));
}
