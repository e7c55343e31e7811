import { permissionsOf } from '@rectify/domain';
import {
  changeOwnPassword,
  login,
  logout,
  readOwnAccount,
  refreshSession,
  unauthenticated,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { bare, mutation, mutationResolver, spread } from '../mutation.js';
import { specOf } from '../selection.js';
import { LoginPayload, MeType } from '../types/session.type.js';

@Resolver()
export class SessionResolver {
  @Authorized()
  @Query(() => MeType, { description: 'Who you are signed in as, and what your role may do.' })
  async me(@Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const services = ctx.services();
    const user = await readOwnAccount(services, specOf(info, 'User', ['user']));
    // A partner token is no person: it has no account to show.
    if (!user) throw unauthenticated();
    return { user, permissions: [...permissionsOf(services.actor)].sort() };
  }
}

/** A refused sign-in or renewal is the user's to correct, so it comes back in the payload. */
export const session = spread(['UNAUTHENTICATED']);

const refreshToken = { type: () => String, description: 'The refresh token of the session.' };

/** Signing in, renewing and ending a session (anyone), and changing your own password. */
export const SessionMutationsResolver = mutationResolver('SessionMutationsResolver', {
  login: mutation({
    access: 'public',
    input: {
      username: { type: () => String, description: 'The username.' },
      password: { type: () => String, description: 'The password.' },
    },
    run: (ctx, { username, password }: { username: string; password: string }) =>
      login(ctx.db, ctx.auth, { username, password, address: ctx.address, now: ctx.now }),
    payload: LoginPayload,
    answer: session,
    description: 'Sign in with a username and password.',
  }),
  refreshSession: mutation({
    access: 'public',
    input: { refreshToken },
    run: (ctx, args: { refreshToken: string }) =>
      refreshSession(ctx.db, ctx.auth, args.refreshToken, ctx.now),
    payload: LoginPayload,
    answer: session,
    description: 'Exchange a refresh token (once) for a new session.',
  }),
  logout: mutation({
    access: 'public',
    input: { refreshToken },
    run: (ctx, args: { refreshToken: string }) => logout(ctx.db, args.refreshToken, ctx.now),
    payload: Boolean,
    answer: bare,
    description: 'End a session: its refresh token stops working.',
  }),
  changeOwnPassword: mutation({
    access: 'signedIn',
    input: {
      currentPassword: { type: () => String, description: 'Your current password.' },
      newPassword: { type: () => String, description: 'The new password, at least 8 characters.' },
    },
    run: (ctx, input: { currentPassword: string; newPassword: string }) =>
      changeOwnPassword(ctx.services(), ctx.auth, input),
    payload: LoginPayload,
    answer: session,
    description:
      'Change your own password. Every session of yours ends, on every device; the answer is your new session.',
  }),
});
