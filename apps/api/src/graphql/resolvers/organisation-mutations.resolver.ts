import {
  createLeader,
  createUnit,
  deleteLeader,
  deleteUnit,
  updateLeader,
  updateUnit,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  CreateLeaderInputType,
  CreateUnitInputType,
  UpdateLeaderInputType,
  UpdateUnitInputType,
} from '../inputs/organisation.input.js';
import { deleteRecord, writeThenRead } from '../mutation.js';
import { DeletePayload, LeaderPayload, UnitPayload } from '../types/payloads.js';

@Resolver()
export class OrganisationMutationsResolver {
  @Authorized(createUnit.permission)
  @Mutation(() => UnitPayload, { description: 'Create a unit.' })
  createUnit(
    @Arg('input', () => CreateUnitInputType, { description: 'What to write; see the input type.' })
    input: CreateUnitInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'unit', 'Unit', (s) => createUnit(s, input));
  }

  @Authorized(updateUnit.permission)
  @Mutation(() => UnitPayload, { description: 'Change a unit.' })
  updateUnit(
    @Arg('input', () => UpdateUnitInputType, { description: 'What to write; see the input type.' })
    input: UpdateUnitInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'unit', 'Unit', (s) => updateUnit(s, input));
  }

  @Authorized(deleteUnit.permission)
  @Mutation(() => DeletePayload, { description: 'Delete a unit nothing refers to.' })
  deleteUnit(
    @Arg('id', () => Int, { description: 'The unit.' }) id: number,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return deleteRecord(ctx, (s) => deleteUnit(s, { id, version }));
  }

  @Authorized(createLeader.permission)
  @Mutation(() => LeaderPayload, { description: 'Create a leader.' })
  createLeader(
    @Arg('input', () => CreateLeaderInputType, { description: 'What to write; see the input type.' })
    input: CreateLeaderInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'leader', 'Leader', (s) => createLeader(s, input));
  }

  @Authorized(updateLeader.permission)
  @Mutation(() => LeaderPayload, { description: 'Change a leader.' })
  updateLeader(
    @Arg('input', () => UpdateLeaderInputType, { description: 'What to write; see the input type.' })
    input: UpdateLeaderInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'leader', 'Leader', (s) => updateLeader(s, input));
  }

  @Authorized(deleteLeader.permission)
  @Mutation(() => DeletePayload, { description: 'Delete a leader nothing refers to.' })
  deleteLeader(
    @Arg('id', () => Int, { description: 'The leader.' }) id: number,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return deleteRecord(ctx, (s) => deleteLeader(s, { id, version }));
  }
}
