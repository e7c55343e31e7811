import {
  addFinding,
  createSupervisionGroup,
  followUpFinding,
  recordSupervisionVisit,
  respondToFinding,
} from '@rectify/services';
import {
  AddFindingInputType,
  CreateSupervisionGroupInputType,
  FollowUpFindingInputType,
  RecordSupervisionVisitInputType,
  RespondToFindingInputType,
} from '../inputs/supervision.input.js';
import { mutation, mutationResolver, readBack } from '../mutation.js';
import {
  FindingPayload,
  SupervisionGroupPayload,
  SupervisionVisitPayload,
  UnitFindingPayload,
} from '../types/supervision.type.js';

/** Supervision: supervisors record, the office reads, the visited unit answers its own findings. */
export const SupervisionMutationsResolver = mutationResolver('SupervisionMutationsResolver', {
  createSupervisionGroup: mutation({
    useCase: createSupervisionGroup,
    input: CreateSupervisionGroupInputType,
    payload: SupervisionGroupPayload,
    answer: readBack('group', 'SupervisionGroup'),
    description: 'Create a supervision group.',
  }),
  recordSupervisionVisit: mutation({
    useCase: recordSupervisionVisit,
    input: RecordSupervisionVisitInputType,
    payload: SupervisionVisitPayload,
    answer: readBack('visit', 'SupervisionVisit'),
    description: 'Record a visit to a unit, with its findings.',
  }),
  addFinding: mutation({
    useCase: addFinding,
    input: AddFindingInputType,
    payload: FindingPayload,
    answer: readBack('finding', 'Finding'),
    description: 'Add a finding to a visit.',
  }),
  followUpFinding: mutation({
    useCase: followUpFinding,
    input: FollowUpFindingInputType,
    payload: FindingPayload,
    answer: readBack('finding', 'Finding'),
    description: '跟进: close an answered finding, or return it for a new response.',
  }),
  respondToFinding: mutation({
    useCase: respondToFinding,
    input: RespondToFindingInputType,
    payload: UnitFindingPayload,
    answer: readBack('finding', 'UnitFinding'),
    description: 'Answer a finding about your unit (整改反馈).',
  }),
});
