import { PartnerScope, Role } from '@rectify/domain';
import type { CreateApiClientInput, CreateUserInput, UpdateUserInput } from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';

@InputType('CreateUserInput', { description: 'A new account.' })
export class CreateUserInputType implements CreateUserInput {
  @Field(() => String, { description: '3–32 lowercase letters, digits, . _ -' }) username!: string;
  @Field(() => String, { description: 'Name shown in the console.' }) displayName!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'At least 8 characters; stored only as an argon2id hash. Not for a DISCIPLINE account: its holder sets it with the code of an approved enrolment.',
  })
  password?: string | null;
  @Field(() => Role.object, { description: 'The role (not PARTNER: partners get API tokens).' }) role!: Role;
  @Field(() => Int, { nullable: true, description: 'The unit, for a UNIT user.' }) unitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The leader, for a LEADER user.' }) leaderId?:
    | number
    | null;
}

@InputType('UpdateUserInput', { description: 'Changes to an account; omitted fields stay as they are.' })
export class UpdateUserInputType implements UpdateUserInput {
  @Field(() => Int, { description: 'The user.' }) id!: number;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Name shown in the console.' }) displayName?: string;
  @Field(() => Role.object, { nullable: true, description: 'The role.' }) role?: Role;
  @Field(() => Int, { nullable: true, description: 'The unit, for a UNIT user.' }) unitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The leader, for a LEADER user.' }) leaderId?:
    | number
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the user may sign in.' }) active?: boolean;
}

@InputType('CreateApiClientInput', { description: "A partner department's read-only token." })
export class CreateApiClientInputType implements CreateApiClientInput {
  @Field(() => String, { description: 'What the token is for.' }) name!: string;
  @Field(() => String, { description: 'The partner department.' }) department!: string;
  @Field(() => [PartnerScope.object], { description: 'What it may read.' }) scopes!: PartnerScope[];
  @Field(() => DateTimeScalar, { description: 'When it stops working (at most a year ahead).' })
  expiresAt!: string;
}
