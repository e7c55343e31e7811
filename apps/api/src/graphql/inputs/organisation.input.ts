import { LeadingGroupRole, UnitKind } from '@rectify/domain';
import type {
  CreateLeaderInput,
  CreateUnitInput,
  UpdateLeaderInput,
  UpdateUnitInput,
} from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';

@InputType('CreateUnitInput', { description: 'A new unit.' })
export class CreateUnitInputType implements CreateUnitInput {
  @Field(() => String, { description: 'Full name, unique.' }) name!: string;
  @Field(() => UnitKind.object, { description: 'What kind of unit.' }) kind!: UnitKind;
  @Field(() => Int, { nullable: true, description: 'The unit it belongs to.' }) parentId?: number | null;
}

@InputType('UpdateUnitInput', { description: 'Changes to a unit; omitted fields stay as they are.' })
export class UpdateUnitInputType implements UpdateUnitInput {
  @Field(() => Int, { description: 'The unit.' }) id!: number;
  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it.' })
  version!: number;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string;
  @Field(() => UnitKind.object, { nullable: true, description: 'Any of these kinds.' }) kind?: UnitKind;
  @Field(() => Int, { nullable: true, description: 'The record above it.' }) parentId?: number | null;
}

@InputType('CreateLeaderInput', { description: 'A new leader.' })
export class CreateLeaderInputType implements CreateLeaderInput {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { description: 'Post, e.g. 市委副书记.' }) post!: string;
  @Field(() => Int, { nullable: true, description: 'The body the leader belongs to.' }) unitId?:
    | number
    | null;
  @Field(() => LeadingGroupRole.object, {
    nullable: true,
    description: 'Place in the leading group (default MEMBER).',
  })
  groupRole?: LeadingGroupRole;
}

@InputType('UpdateLeaderInput', { description: 'Changes to a leader; omitted fields stay as they are.' })
export class UpdateLeaderInputType implements UpdateLeaderInput {
  @Field(() => Int, { description: 'The leader.' }) id!: number;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'Post.' }) post?: string;
  @Field(() => Int, { nullable: true, description: 'The unit.' }) unitId?: number | null;
  @Field(() => LeadingGroupRole.object, { nullable: true, description: 'Place in the leading group.' })
  groupRole?: LeadingGroupRole;
}
