import { type ApiClient, type AuditEvent, PartnerScope, Role, type User } from '@rectify/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from '../json-scalar.js';
import { DateTimeScalar } from '../scalars.js';
import { RelationField } from './decorators.js';
import type { Json } from './json.js';
import { LeaderType, UnitType } from './organisation.type.js';

@ObjectType('User', {
  description: 'A person who signs in, with one role bound to a unit or leader.',
  simpleResolvers: true,
})
export class UserType implements Json<User> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Sign-in name.' }) username!: string;
  @Field(() => String, { description: 'Name shown in the console.' }) displayName!: string;
  @Field(() => Role.object, { description: 'The role, which decides what the user may see and do.' })
  role!: Role;
  @Field(() => Int, { nullable: true, description: 'The unit a UNIT user acts for.' }) unitId!: number | null;
  @Field(() => Int, { nullable: true, description: 'The leader a LEADER user is.' }) leaderId!: number | null;
  @Field(() => Boolean, { description: 'Whether the user may sign in.' }) active!: boolean;
  @RelationField(() => UnitType, 'unit.read', 'The unit a UNIT user acts for.') unit?: UnitType | null;
  @RelationField(() => LeaderType, 'leader.read', 'The leader a LEADER user is.') leader?: LeaderType | null;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;
}

@ObjectType('ApiClient', {
  description: "A partner department's read-only API token (the token itself is shown once).",
  simpleResolvers: true,
})
export class ApiClientType implements Json<ApiClient> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'What the token is for.' }) name!: string;
  @Field(() => String, { description: 'The partner department.' }) department!: string;
  @Field(() => [PartnerScope.object], { description: 'What it may read.' }) scopes!: PartnerScope[];
  @Field(() => String, { description: 'The first characters of the token, to recognise it.' })
  tokenPrefix!: string;
  @Field(() => DateTimeScalar, { description: 'When it stops working.' }) expiresAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked.' }) revokedAt!:
    | string
    | null;
  @Field(() => Int, { nullable: true, description: 'The administrator who created it.' }) createdById!:
    | number
    | null;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
}

@ObjectType('AuditEvent', {
  description: 'Who did what to which record, before and after. Append-only.',
  simpleResolvers: true,
})
export class AuditEventType implements Json<AuditEvent> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { nullable: true, description: 'The user who acted; null for the system or a token.' })
  actorUserId!: number | null;
  @Field(() => Int, { nullable: true, description: 'The API client that acted.' }) actorApiClientId!:
    | number
    | null;
  @Field(() => String, { description: 'What was done, e.g. task.assign.' }) action!: string;
  @Field(() => String, { description: 'The kind of record.' }) entity!: string;
  @Field(() => String, { nullable: true, description: 'The record.' }) entityId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record before (secrets removed).' })
  before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record after (secrets removed).' })
  after!: unknown;
  @Field(() => DateTimeScalar, { description: 'When.' }) at!: string;
}
