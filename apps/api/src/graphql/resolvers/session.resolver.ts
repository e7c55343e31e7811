import { permissionsOf } from '@rectify/domain';
import {
  changeOwnPassword,
  login,
  logout,
  readOwnAccount,
  refreshSession,
  type Session,
  unauthenticated,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { payload } from '../mutation.js';
import { specOf } from '../selection.js';
import { LoginPayload, MeType } from '../types/session.type.js';

@Resolver()
export class SessionResolver {
  @Mutation(() => LoginPayload, { description: 'Sign in with a username and password.' })
  async login(
    @Arg('username', () => String, { description: 'The username.' }) username: string,
    @Arg('password', () => String, { description: 'The password.' }) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return sessionPayload(ctx, () =>
      login(ctx.db, ctx.auth, { username, password, address: ctx.address, now: ctx.now }),
    );
  }

  @Mutation(() => LoginPayload, { description: 'Exchange a refresh token (once) for a new session.' })
  async refreshSession(
    @Arg('refreshToken', () => String, { description: 'The refresh token of the session.' })
    refreshToken: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return sessionPayload(ctx, () => refreshSession(ctx.db, ctx.auth, refreshToken, ctx.now));
  }

  @Mutation(() => Boolean, { description: 'End a session: its refresh token stops working.' })
  logout(
    @Arg('refreshToken', () => String, { description: 'The refresh token of the session.' })
    refreshToken: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return logout(ctx.db, refreshToken, ctx.now);
  }

  @Authorized()
  @Query(() => MeType, { description: 'Who you are signed in as, and what your role may do.' })
  async me(@Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const services = ctx.services();
    const user = await readOwnAccount(services, specOf(info, 'User', ['user']));
    // A partner token is no person: it has no account to show.
    if (!user) throw unauthenticated();
    return { user, permissions: [...permissionsOf(services.actor)].sort() };
  }

  @Authorized()
  @Mutation(() => LoginPayload, {
    description:
      'Change your own password. Every session of yours ends, on every device; the answer is your new session.',
  })
  changeOwnPassword(
    @Arg('currentPassword', () => String, { description: 'Your current password.' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password, at least 8 characters.' })
    newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return sessionPayload(ctx, () =>
      changeOwnPassword(ctx.services(), ctx.auth, { currentPassword, newPassword }),
    );
  }
}

/** A refused sign-in or renewal is the user's to correct, so it comes back in the payload. */
async function sessionPayload(ctx: GraphQLContext, run: () => Promise<Session>) {
  const result = await payload('session', ctx.locale, run, ['UNAUTHENTICATED']);
  const session = result.session as Session | null;
  return { ...session, errors: result.errors };
}
