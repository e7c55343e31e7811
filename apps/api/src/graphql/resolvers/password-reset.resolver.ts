import {
  approvePasswordReset,
  latestPasswordReset,
  passwordResetById,
  pendingPasswordResets,
  readOne,
  redeemResetCode,
  rejectPasswordReset,
  resetPassword,
  unlockSignIn,
} from '@rectify/services';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { mutation, mutationResolver, returned, spread } from '../mutation.js';
import { specOf } from '../selection.js';
import {
  PasswordResetPayload,
  PasswordResetType,
  UnlockSignInPayload,
} from '../types/password-reset.type.js';
import { LoginPayload } from '../types/session.type.js';
import { session } from './session.resolver.js';

/** Password resets by one-time code, their approval by DISCIPLINE, and the administrator's sign-in unlock. */
@Resolver()
export class PasswordResetResolver {
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
}

type Id = { id: number };
const user = { id: { type: () => Int, description: 'The user.' } };
const reset = { id: { type: () => Int, description: 'The reset.' } };

export const PasswordResetMutationsResolver = mutationResolver('PasswordResetMutationsResolver', {
  resetPassword: mutation({
    access: resetPassword.permission,
    input: user,
    run: async (ctx, { id }: Id, info) => {
      const services = ctx.services();
      const done = await resetPassword(services, { id });
      return {
        user: await readOne(services, 'User', id, specOf(info, 'User', ['user'])),
        reset: await passwordResetById(services, done.reset.id),
        code: done.code,
      };
    },
    payload: PasswordResetPayload,
    answer: spread(),
    description:
      "Reset a user's password: a one-time code for its holder, who chooses a new password with redeemResetCode. The code is in the answer, once — except for a DISCIPLINE account, which waits for another DISCIPLINE user's approval (the code then goes to that approver).",
  }),
  approvePasswordReset: mutation({
    access: approvePasswordReset.permission,
    input: reset,
    run: async (ctx, { id }: Id) => {
      const services = ctx.services();
      const done = await approvePasswordReset(services, { id });
      return { user: null, reset: await passwordResetById(services, done.reset.id), code: done.code };
    },
    payload: PasswordResetPayload,
    answer: spread(),
    description:
      'Approve the reset or enrolment of another DISCIPLINE account: the code is issued to you, once, to hand to its holder.',
  }),
  rejectPasswordReset: mutation({
    access: rejectPasswordReset.permission,
    input: reset,
    run: async (ctx, { id }: Id) => {
      const services = ctx.services();
      const done = await rejectPasswordReset(services, { id });
      return { user: null, reset: await passwordResetById(services, done.id), code: null };
    },
    payload: PasswordResetPayload,
    answer: spread(),
    description: 'Refuse the reset or enrolment of a DISCIPLINE account.',
  }),
  redeemResetCode: mutation({
    access: 'public',
    input: {
      username: { type: () => String, description: 'Your username.' },
      code: { type: () => String, description: 'The reset code you were given.' },
      newPassword: { type: () => String, description: 'Your new password, at least 8 characters.' },
    },
    run: (ctx, input: { username: string; code: string; newPassword: string }) =>
      redeemResetCode(ctx.db, ctx.auth, { ...input, address: ctx.address, now: ctx.now }),
    payload: LoginPayload,
    answer: session,
    description:
      'Choose your own password with a reset code (throttled like signing in). Every other session of yours ends; the answer is your new session.',
  }),
  unlockSignIn: mutation({
    useCase: unlockSignIn,
    input: user,
    payload: UnlockSignInPayload,
    answer: returned('clearedPairs'),
    description: 'Lift the sign-in delays of an account, from every address.',
  }),
});
