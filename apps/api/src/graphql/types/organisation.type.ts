import type { Leader, Unit } from '@rectify/domain';
import { LeadingGroupRole, UnitKind } from '@rectify/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { RelationField } from './decorators.js';
import type { Json } from './json.js';

@ObjectType('Unit', {
  description: '单位 — a party committee, department, district, town, enterprise or body.',
  simpleResolvers: true,
})
export class UnitType implements Json<Unit> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Full name, e.g. 市委组织部.' }) name!: string;
  @Field(() => UnitKind.object, { description: 'What kind of unit it is.' }) kind!: UnitKind;
  @Field(() => Int, { nullable: true, description: 'The unit it belongs to.' }) parentId!: number | null;
  @RelationField(() => UnitType, 'unit.read', 'The unit it belongs to.') parent?: UnitType | null;
  @RelationField(() => [UnitType], 'unit.read', 'Units that belong to it.', false) children?: UnitType[];
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;
}

@ObjectType('Leader', {
  description: '领导 — a responsible leader and their place in the leading group.',
  simpleResolvers: true,
})
export class LeaderType implements Json<Leader> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Name (or the post, where the ledger names no one).' }) name!: string;
  @Field(() => String, { description: 'Post, e.g. 市委书记.' }) post!: string;
  @Field(() => Int, { nullable: true, description: 'The body the leader belongs to.' }) unitId!:
    | number
    | null;
  @Field(() => LeadingGroupRole.object, { description: 'Place in the rectification leading group.' })
  groupRole!: LeadingGroupRole;
  @RelationField(() => UnitType, 'unit.read', 'The body the leader belongs to.') unit?: UnitType | null;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;
}
