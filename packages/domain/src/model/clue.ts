import type { ClueKind, ClueOutcome, ClueSource, ClueStatus, DisposalMethod } from '../enums/clue.js';
import type { IsoDate } from './ledger.js';

/** 问题线索/信访举报件. Subject and informant are confidential: see CLUE_IDENTITY_FIELDS. */
export interface ClueCase {
  id: number;
  serial: string;
  inspectionId: number | null;
  source: ClueSource;
  kind: ClueKind;
  receivedDate: IsoDate;
  summary: string;
  /** 被反映人 — confidential. */
  subject: string;
  /** 举报人 — confidential. */
  informant: string | null;
  routedToUnitId: number | null;
  owningLeaderId: number | null;
  escalated: boolean;
  disposalMethod: DisposalMethod | null;
  status: ClueStatus;
  outcome: ClueOutcome | null;
  sanctions: string | null;
  deadline: IsoDate | null;
  /** The first intake of the same clue; a duplicate is linked, never counted twice. */
  duplicateOfId: number | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The fields of a clue case that only its owners may read, and whose every read is audited. */
export const CLUE_IDENTITY_FIELDS = ['subject', 'informant'] as const satisfies readonly (keyof ClueCase)[];

/**
 * What a clue case says of who and what was reported: the identity and the matter (反映事项). None of it leaves
 * the server but to a reader in the console: not in an e-mail, a robot post, a webhook, the change feed or a log.
 */
export const CLUE_CONFIDENTIAL_FIELDS = [
  ...CLUE_IDENTITY_FIELDS,
  'summary',
] as const satisfies readonly (keyof ClueCase)[];
