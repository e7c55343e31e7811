import { PasswordResetReason, PasswordResetStatus } from '@rectify/domain';
import type { PasswordResetView } from '@rectify/services';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { UserType } from './accounts.type.js';
import { UserErrorType } from './payload.js';

@ObjectType('PasswordReset', {
  description:
    'A password reset by one-time code. Its code is never read back: it is shown once, to whoever caused it to be issued.',
  simpleResolvers: true,
})
export class PasswordResetType implements PasswordResetView {
  @Field(() => Int, { description: 'The reset.' }) id!: number;
  @Field(() => Int, { description: 'The account.' }) userId!: number;
  @Field(() => String, { description: "The account's username." }) username!: string;
  @Field(() => String, { description: "The account holder's name." }) displayName!: string;
  @Field(() => PasswordResetReason.object, { description: 'A reset, or an account entering DISCIPLINE.' })
  reason!: PasswordResetReason;
  @Field(() => PasswordResetStatus.object, { description: 'Where it stands.' }) status!: PasswordResetStatus;
  @Field(() => DateTimeScalar, { description: 'When it was asked for.' }) requestedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who asked (null: the installation itself).' })
  requestedByName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a DISCIPLINE user approved it.' })
  approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who approved it.' }) approvedByName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when the issued code works.' })
  codeExpiresAt!: Date | null;
}

@ObjectType('PasswordResetPayload', {
  description: 'A reset as written, with its code when it was issued to you (shown this once).',
  simpleResolvers: true,
})
export class PasswordResetPayload {
  @Field(() => UserType, { nullable: true, description: 'The account.' }) user!: unknown;
  @Field(() => PasswordResetType, { nullable: true, description: 'The reset; null when there are errors.' })
  reset!: PasswordResetType | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The one-time code, for its holder, who redeems it with redeemResetCode. Null while a DISCIPLINE approval is awaited.',
  })
  code!: string | null;
  @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
  errors!: UserErrorType[];
}

@ObjectType('UnlockSignInPayload', { description: 'Sign-in delays lifted.', simpleResolvers: true })
export class UnlockSignInPayload {
  @Field(() => Int, { nullable: true, description: 'How many (account, address) pairs were being slowed.' })
  clearedPairs!: number | null;
  @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
  errors!: UserErrorType[];
}
