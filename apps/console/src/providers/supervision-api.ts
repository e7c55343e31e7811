import type { FindingStatus, FollowUpOutcome, SupervisionMethod } from '@rectify/domain';
import { USER_ERROR_FIELDS } from './build-query.js';
import { graphql, mutate } from './graphql-client.js';
import type { UserError } from './user-errors.js';

/** Supervision (督查): groups, their visits to units, findings, the unit's response and the follow-up. */

type Payload = { errors: UserError[] };

export interface FindingRecord {
  id: number;
  text: string;
  responseDue: string;
  response: string | null;
  respondedAt: string | null;
  status: FindingStatus;
  overdue: boolean;
  task?: { id: number; ordinal: string; issue: { code: string } | null } | null;
}

export interface VisitRecord {
  id: number;
  visitDate: string;
  method: SupervisionMethod;
  summary: string;
  group: { id: number; name: string } | null;
  unit: { id: number; name: string } | null;
  findings: FindingRecord[];
}

export interface GroupRecord {
  id: number;
  name: string;
  headName: string;
  visits: { id: number }[];
}

export interface UnitFindingRecord extends FindingRecord {
  visitDate: string;
  method: SupervisionMethod;
  visitSummary: string;
  groupName: string;
}

const FINDING = 'id text responseDue response respondedAt status overdue task { id ordinal issue { code } }';

export async function supervisionOverview(): Promise<{ groups: GroupRecord[]; visits: VisitRecord[] }> {
  const data = await graphql<{
    supervisionGroups: { nodes: GroupRecord[] };
    supervisionVisits: { nodes: VisitRecord[] };
  }>(`{
    supervisionGroups(first: 100) { nodes { id name headName visits { id } } }
    supervisionVisits(first: 100) {
      nodes { id visitDate method summary group { id name } unit { id name } findings { ${FINDING} } }
    }
  }`);
  return { groups: data.supervisionGroups.nodes, visits: data.supervisionVisits.nodes };
}

export async function unitFindings(): Promise<UnitFindingRecord[]> {
  const data = await graphql<{ unitFindings: { nodes: UnitFindingRecord[] } }>(`{
    unitFindings(first: 100) { nodes { ${FINDING} visitDate method visitSummary groupName } }
  }`);
  return data.unitFindings.nodes;
}

export function createSupervisionGroup(input: { name: string; headName: string }) {
  return mutate<Payload>(
    `mutation Group($input: CreateSupervisionGroupInput!) {
      createSupervisionGroup(input: $input) { group { id } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    'createSupervisionGroup',
  );
}

export type FindingDraft = {
  text: string;
  responseDue: string;
};

export function recordSupervisionVisit(input: {
  groupId: number;
  unitId: number;
  visitDate: string;
  method: SupervisionMethod;
  summary: string;
  findings: FindingDraft[];
}) {
  return mutate<Payload>(
    `mutation Visit($input: RecordSupervisionVisitInput!) {
      recordSupervisionVisit(input: $input) { visit { id } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    'recordSupervisionVisit',
  );
}

export function addFinding(input: FindingDraft & { visitId: number }) {
  return mutate<Payload>(
    `mutation Add($input: AddFindingInput!) { addFinding(input: $input) { finding { id } ${USER_ERROR_FIELDS} } }`,
    { input },
    'addFinding',
  );
}

export function followUpFinding(input: {
  id: number;
  outcome: FollowUpOutcome;
  comment?: string | null;
  responseDue?: string | null;
}) {
  return mutate<Payload>(
    `mutation FollowUp($input: FollowUpFindingInput!) {
      followUpFinding(input: $input) { finding { id status } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    'followUpFinding',
  );
}

export function respondToFinding(input: { id: number; response: string }) {
  return mutate<Payload>(
    `mutation Respond($input: RespondToFindingInput!) {
      respondToFinding(input: $input) { finding { id status } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    'respondToFinding',
  );
}
