import {
  approvePasswordReset,
  passwordResetById,
  pendingPasswordResets,
  readOne,
  redeemResetCode,
  rejectPasswordReset,
  resetPassword,
  type Session,
  unlockSignIn,
  latestPasswordReset,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { payload } from '../mutation.js';
import { specOf } from '../selection.js';
import {
  PasswordResetPayload,
  PasswordResetType,
  UnlockSignInPayload,
} from '../types/password-reset.type.js';
import { LoginPayload } from '../types/session.type.js';

/** Password resets by one-time code, their approval by DISCIPLINE, and the administrator's sign-in unlock. */
@Resolver()
export class PasswordResetResolver {
  @Authorized(resetPassword.permission)
  @Mutation(() => PasswordResetPayload, {
    description:
      "Reset a user's password: a one-time code for its holder, who chooses a new password with redeemResetCode. The code is in the answer, once — except for a DISCIPLINE account, which waits for another DISCIPLINE user's approval (the code then goes to that approver).",
  })
  async resetPassword(
    @Arg('id', () => Int, { description: 'The user.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await payload('reset', ctx.locale, async () => {
      const services = ctx.services();
      const done = await resetPassword(services, { id });
      return {
        user: await readOne(services, 'User', id, specOf(info, 'User', ['user'])),
        reset: await passwordResetById(services, done.reset.id),
        code: done.code,
      };
    });
    return { ...(result.reset as object | null), errors: result.errors };
  }

  @Authorized(approvePasswordReset.permission)
  @Mutation(() => PasswordResetPayload, {
    description:
      'Approve the reset or enrolment of another DISCIPLINE account: the code is issued to you, once, to hand to its holder.',
  })
  async approvePasswordReset(
    @Arg('id', () => Int, { description: 'The reset.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await payload('reset', ctx.locale, async () => {
      const services = ctx.services();
      const done = await approvePasswordReset(services, { id });
      return { user: null, reset: await passwordResetById(services, done.reset.id), code: done.code };
    });
    return { ...(result.reset as object | null), errors: result.errors };
  }

  @Authorized(rejectPasswordReset.permission)
  @Mutation(() => PasswordResetPayload, {
    description: 'Refuse the reset or enrolment of a DISCIPLINE account.',
  })
  async rejectPasswordReset(
    @Arg('id', () => Int, { description: 'The reset.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await payload('reset', ctx.locale, async () => {
      const services = ctx.services();
      const done = await rejectPasswordReset(services, { id });
      return { user: null, reset: await passwordResetById(services, done.id), code: null };
    });
    return { ...(result.reset as object | null), errors: result.errors };
  }

  @Authorized('user.approveReset')
  @Query(() => [PasswordResetType], {
    description: 'Resets and enrolments of DISCIPLINE accounts awaiting your approval (not your own).',
  })
  pendingPasswordResets(@Ctx() ctx: GraphQLContext) {
    return pendingPasswordResets(ctx.services());
  }

  @Authorized('user.read')
  @Query(() => PasswordResetType, { nullable: true, description: 'The latest password reset of an account.' })
  latestPasswordReset(
    @Arg('userId', () => Int, { description: 'The user.' }) userId: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return latestPasswordReset(ctx.services(), userId);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Choose your own password with a reset code (throttled like signing in). Every other session of yours ends; the answer is your new session.',
  })
  async redeemResetCode(
    @Arg('username', () => String, { description: 'Your username.' }) username: string,
    @Arg('code', () => String, { description: 'The reset code you were given.' }) code: string,
    @Arg('newPassword', () => String, { description: 'Your new password, at least 8 characters.' })
    newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await payload(
      'session',
      ctx.locale,
      () =>
        redeemResetCode(ctx.db, ctx.auth, {
          username,
          code,
          newPassword,
          address: ctx.address,
          now: ctx.now,
        }),
      ['UNAUTHENTICATED'],
    );
    return { ...(result.session as Session | null), errors: result.errors };
  }

  @Authorized(unlockSignIn.permission)
  @Mutation(() => UnlockSignInPayload, {
    description: 'Lift the sign-in delays of an account, from every address.',
  })
  async unlockSignIn(
    @Arg('id', () => Int, { description: 'The user.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await payload('clearedPairs', ctx.locale, () => unlockSignIn(ctx.services(), { id }));
    return { clearedPairs: result.clearedPairs as number | null, errors: result.errors };
  }
}
