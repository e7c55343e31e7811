import { graphql } from '../graphql.js';
import type { ResourceSpec } from './resources.js';

// Clue cases (DISCIPLINE only). The list never asks for the identity: a read of it is audited per case, and a
// list is no place to read it. The detail asks, and the server answers null to a non-owner.

export const ClueListFields = graphql(`
  fragment ClueListRecord on ClueCase {
    id serial kind source receivedDate summary status deadline warning overdue daysLeft escalated duplicateOfId
    duplicateState duplicateOf { id serial } ownedByMe version routedTo { id name } owningLeader { id name post }
  }
`);

const ClueHistoryFields = graphql(`
  fragment ClueHistory on ClueCaseEvent {
    id action fromStatus toStatus disposalMethod deadline outcome unit { id name } leader { id name post }
    relatedClueCaseId relatedSerial relatedUserName note actorName at
  }
`);

export const ClueDisclosureFields = graphql(`
  fragment ClueDisclosure on ClueDisclosureRequest {
    id clueCaseId granteeUserId granteeName requestedById requestedByName reason status decidedByName decidedAt
    decisionComment createdAt version
  }
`);

export const ClueDetailFields = graphql(
  `fragment ClueDetailRecord on ClueCase {
    ...ClueListRecord
    inspectionId inspection { id name } subject informant routedToUnitId owningLeaderId disposalMethod outcome
    sanctions closedAt createdAt updatedAt allowedEvents owners { id displayName }
    duplicates { id serial source receivedDate duplicateState version }
    history { ...ClueHistory } disclosureRequests { ...ClueDisclosure }
  }`,
  [ClueListFields, ClueHistoryFields, ClueDisclosureFields],
);

export const CLUE_RESOURCES: Record<string, ResourceSpec> = {
  clueCases: {
    type: 'ClueCase',
    list: 'clueCases',
    one: 'clueCase',
    fields: ClueListFields,
    detailFields: ClueDetailFields,
    orderBy: {
      serial: 'SERIAL',
      receivedDate: 'RECEIVED_DATE',
      deadline: 'DEADLINE',
      status: 'STATUS',
      updatedAt: 'UPDATED_AT',
    },
    listFilters: ['status', 'source', 'kind', 'warning'],
    hasIds: true,
    create: {
      name: 'intakeClueCase',
      input: 'IntakeClueCaseInput',
      payload: 'clueCase',
      fields: [
        'inspectionId',
        'source',
        'kind',
        'receivedDate',
        'summary',
        'subject',
        'informant',
        'deadline',
        'ownerUserIds',
        'note',
      ],
    },
    update: {
      name: 'updateClueCase',
      input: 'UpdateClueCaseInput',
      payload: 'clueCase',
      fields: ['receivedDate', 'summary', 'subject', 'informant', 'note'],
    },
  },
};
