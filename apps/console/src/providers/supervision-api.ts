import { graphql, type ResultOf, type VariablesOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';

/** Supervision (督查): groups, their visits to units, findings, the unit's response and the follow-up. */

const FindingFields = graphql(`
  fragment Finding on Finding {
    id text responseDue response respondedAt status overdue task { id ordinal issue { code } }
  }
`);
export type FindingRecord = ResultOf<typeof FindingFields>;

const SUPERVISION_OVERVIEW = graphql(
  `query SupervisionOverview {
    supervisionGroups(first: 100) { nodes { id name headName visits { id } } }
    supervisionVisits(first: 100) {
      nodes { id visitDate method summary group { id name } unit { id name } findings { ...Finding } }
    }
  }`,
  [FindingFields],
);
type Overview = ResultOf<typeof SUPERVISION_OVERVIEW>;
export type GroupRecord = Overview['supervisionGroups']['nodes'][number];
export type VisitRecord = Overview['supervisionVisits']['nodes'][number];

export async function supervisionOverview() {
  const data = await request(SUPERVISION_OVERVIEW);
  return { groups: data.supervisionGroups.nodes, visits: data.supervisionVisits.nodes };
}

// A UnitFinding is its own type (a finding with its visit's particulars), so the Finding fragment cannot apply.
const UNIT_FINDINGS = graphql(`
  query UnitFindings {
    unitFindings(first: 100) {
      nodes {
        id text responseDue response respondedAt status overdue task { id ordinal issue { code } }
        visitDate method visitSummary groupName
      }
    }
  }
`);

export const unitFindings = async () => (await request(UNIT_FINDINGS)).unitFindings.nodes;

const CREATE_GROUP = graphql(`
  mutation CreateSupervisionGroup($input: CreateSupervisionGroupInput!) {
    createSupervisionGroup(input: $input) { group { id } errors { field code message } }
  }
`);

export const createSupervisionGroup = (input: VariablesOf<typeof CREATE_GROUP>['input']) =>
  mutate(CREATE_GROUP, { input });

const RECORD_VISIT = graphql(`
  mutation RecordVisit($input: RecordSupervisionVisitInput!) {
    recordSupervisionVisit(input: $input) { visit { id } errors { field code message } }
  }
`);
type VisitInput = VariablesOf<typeof RECORD_VISIT>['input'];
export type FindingDraft = NonNullable<VisitInput['findings']>[number];

export const recordSupervisionVisit = (input: VisitInput) => mutate(RECORD_VISIT, { input });

const ADD_FINDING = graphql(`
  mutation AddFinding($input: AddFindingInput!) {
    addFinding(input: $input) { finding { id } errors { field code message } }
  }
`);

export const addFinding = (input: VariablesOf<typeof ADD_FINDING>['input']) => mutate(ADD_FINDING, { input });

const FOLLOW_UP = graphql(`
  mutation FollowUpFinding($input: FollowUpFindingInput!) {
    followUpFinding(input: $input) { finding { id status } errors { field code message } }
  }
`);

export const followUpFinding = (input: VariablesOf<typeof FOLLOW_UP>['input']) =>
  mutate(FOLLOW_UP, { input });

const RESPOND = graphql(`
  mutation RespondToFinding($input: RespondToFindingInput!) {
    respondToFinding(input: $input) { finding { id status } errors { field code message } }
  }
`);

export const respondToFinding = (input: VariablesOf<typeof RESPOND>['input']) => mutate(RESPOND, { input });
