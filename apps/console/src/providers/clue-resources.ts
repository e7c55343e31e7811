import type { ResourceSpec } from './resources.js';

// Clue cases (DISCIPLINE only). The list never asks for the identity: a read of it is audited per case, and a
// list is no place to read it. The detail asks, and the server answers null to a non-owner.

const CLUE_LIST_FIELDS = `id serial kind source receivedDate summary status deadline warning overdue daysLeft
  escalated duplicateOfId duplicateState duplicateOf { id serial } ownedByMe version routedTo { id name }
  owningLeader { id name post }`;

const HISTORY_FIELDS = `id action fromStatus toStatus disposalMethod deadline outcome unit { id name }
  leader { id name post } relatedClueCaseId relatedSerial relatedUserName note actorName at`;

export const DISCLOSURE_FIELDS = `id clueCaseId granteeUserId granteeName requestedById requestedByName reason
  status decidedByName decidedAt decisionComment createdAt version`;

export const CLUE_RESOURCES: Record<string, ResourceSpec> = {
  clueCases: {
    type: 'ClueCase',
    list: 'clueCases',
    one: 'clueCase',
    fields: CLUE_LIST_FIELDS,
    detailFields: `${CLUE_LIST_FIELDS} inspectionId inspection { id name } subject informant routedToUnitId
      owningLeaderId disposalMethod outcome sanctions closedAt createdAt updatedAt allowedEvents
      owners { id displayName }
      duplicates { id serial source receivedDate duplicateState version }
      history { ${HISTORY_FIELDS} } disclosureRequests { ${DISCLOSURE_FIELDS} }`,
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
