import type { AuthProvider } from 'react-admin';
import { canAccessResource } from '../access/resource-access.js';
import { graphql, type ResultOf } from '../graphql.js';
import { request } from './graphql-client.js';
import { postGraphQL } from './graphql-transport.js';
import {
  clearSession,
  LoginPayloadFields,
  readSession,
  SessionUserFields,
  sessionFromPayload,
  writeSession,
} from './session.js';

const LOGIN = graphql(
  `mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { ...LoginPayload }
  }`,
  [LoginPayloadFields],
);
const LOGOUT = graphql('mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }');
const ME = graphql('query Me { me { user { ...SessionUser } permissions } }', [SessionUserFields]);

/** Signs in against the API; the session (tokens and user) lives in localStorage and is renewed on use. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const data = await postGraphQL<ResultOf<typeof LOGIN>>(LOGIN, { username, password }, null);
    writeSession(sessionFromPayload(data.login));
  },

  async logout() {
    const session = readSession();
    clearSession();
    // Best effort: the server forgets the refresh token; signing out locally must not wait on it.
    if (session) void postGraphQL(LOGOUT, { refreshToken: session.refreshToken }, null).catch(() => {});
  },

  async checkAuth() {
    const session = readSession();
    if (!session) throw { message: false };
    if (Date.parse(session.refreshTokenExpiresAt) <= Date.now()) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
  },

  async checkError(error: { status?: number }) {
    // 403 is an answer about one action, not about the session: stay signed in.
    if (error?.status === 401) {
      clearSession();
      throw error;
    }
  },

  async getPermissions() {
    return readSession()?.user.role ?? null;
  },

  async getIdentity() {
    // Re-read who we are: an administrator may have changed the role since sign-in.
    const { me } = await request(ME);
    const session = readSession();
    if (!me || !session) throw Object.assign(new Error('ra.notification.logged_out'), { status: 401 });
    writeSession({ ...session, user: me.user });
    return { id: me.user.id, fullName: me.user.displayName, role: me.user.role };
  },

  async canAccess({ resource, action }) {
    return canAccessResource(readSession()?.user.role, resource, action);
  },
};
