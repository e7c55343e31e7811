import {
  createLeader,
  createUnit,
  deleteLeader,
  deleteUnit,
  updateLeader,
  updateUnit,
} from '@rectify/services';
import { Int } from 'type-graphql';
import {
  CreateLeaderInputType,
  CreateUnitInputType,
  UpdateLeaderInputType,
  UpdateUnitInputType,
} from '../inputs/organisation.input.js';
import { deleted, mutation, mutationResolver, readBack } from '../mutation.js';
import { DeletePayload, LeaderPayload, UnitPayload } from '../types/payloads.js';

const unit = readBack('unit', 'Unit');
const leader = readBack('leader', 'Leader');

export const OrganisationMutationsResolver = mutationResolver('OrganisationMutationsResolver', {
  createUnit: mutation({
    useCase: createUnit,
    input: CreateUnitInputType,
    payload: UnitPayload,
    answer: unit,
    description: 'Create a unit.',
  }),
  updateUnit: mutation({
    useCase: updateUnit,
    input: UpdateUnitInputType,
    payload: UnitPayload,
    answer: unit,
    description: 'Change a unit.',
  }),
  deleteUnit: mutation({
    useCase: deleteUnit,
    input: {
      id: { type: () => Int, description: 'The unit.' },
      version: { type: () => Int, description: 'The version you read.' },
    },
    payload: DeletePayload,
    answer: deleted,
    description: 'Delete a unit nothing refers to.',
  }),
  createLeader: mutation({
    useCase: createLeader,
    input: CreateLeaderInputType,
    payload: LeaderPayload,
    answer: leader,
    description: 'Create a leader.',
  }),
  updateLeader: mutation({
    useCase: updateLeader,
    input: UpdateLeaderInputType,
    payload: LeaderPayload,
    answer: leader,
    description: 'Change a leader.',
  }),
  deleteLeader: mutation({
    useCase: deleteLeader,
    input: {
      id: { type: () => Int, description: 'The leader.' },
      version: { type: () => Int, description: 'The version you read.' },
    },
    payload: DeletePayload,
    answer: deleted,
    description: 'Delete a leader nothing refers to.',
  }),
});
