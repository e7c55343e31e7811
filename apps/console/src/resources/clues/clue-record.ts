import type {
  ClueDisclosureStatus,
  ClueEvent,
  ClueHistoryAction,
  ClueKind,
  ClueOutcome,
  ClueSource,
  ClueStatus,
  DisposalMethod,
  DuplicateState,
  WarningLevel,
} from '@rectify/domain';

type Ref = { id: number; name: string };

export interface ClueHistoryEntry {
  id: number;
  action: ClueHistoryAction;
  fromStatus: ClueStatus | null;
  toStatus: ClueStatus | null;
  disposalMethod: DisposalMethod | null;
  deadline: string | null;
  outcome: ClueOutcome | null;
  unit: Ref | null;
  leader: (Ref & { post: string }) | null;
  relatedClueCaseId: number | null;
  relatedSerial: string | null;
  relatedUserName: string | null;
  note: string | null;
  actorName: string | null;
  at: string;
}

export interface DisclosureRecord {
  id: number;
  clueCaseId: number;
  granteeUserId: number;
  granteeName: string | null;
  requestedById: number | null;
  requestedByName: string | null;
  reason: string;
  status: ClueDisclosureStatus;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  createdAt: string;
  version: number;
  clueCase?: { id: number; serial: string; summary: string } | null;
}

/** A clue case as the list and the detail read it (the detail adds the optional fields). */
export interface ClueRecord {
  id: number;
  serial: string;
  kind: ClueKind;
  source: ClueSource;
  receivedDate: string;
  summary: string;
  status: ClueStatus;
  deadline: string | null;
  warning: WarningLevel;
  overdue: boolean;
  daysLeft: number | null;
  escalated: boolean;
  duplicateOfId: number | null;
  duplicateState: DuplicateState | null;
  duplicateOf: { id: number; serial: string } | null;
  ownedByMe: boolean;
  version: number;
  routedTo: Ref | null;
  owningLeader: (Ref & { post: string }) | null;
  inspection?: Ref | null;
  subject?: string | null;
  informant?: string | null;
  routedToUnitId?: number | null;
  owningLeaderId?: number | null;
  disposalMethod?: DisposalMethod | null;
  outcome?: ClueOutcome | null;
  sanctions?: string | null;
  closedAt?: string | null;
  allowedEvents?: ClueEvent[];
  owners?: { id: number; displayName: string }[];
  duplicates?: {
    id: number;
    serial: string;
    source: ClueSource;
    receivedDate: string;
    duplicateState: DuplicateState | null;
    version: number;
  }[];
  history?: ClueHistoryEntry[];
  disclosureRequests?: DisclosureRecord[];
}
