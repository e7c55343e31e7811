import type { ClueKind, ClueOutcome, ClueSource, DisposalMethod, IsoDate } from '@rectify/domain';

// The shape of data/clues-2018.json: the petition reports and problem clues of the demo inspection, each with
// the steps of its disposal, its units and leaders named by the keys of data/foshan-2018.json. Subjects and
// informants are fictional examples (示例).

export interface DemoClues {
  /** The demo inspection (DemoInspection.key) the cases were transferred by. */
  inspectionKey: string;
  note: string;
  /** The DISCIPLINE account that takes every case in, and so owns it. */
  ownerUsername: string;
  /** In order of receipt. */
  cases: DemoClueCase[];
}

export interface DemoClueCase {
  key: string;
  source: ClueSource;
  kind: ClueKind;
  receivedDate: IsoDate;
  summary: string;
  subject: string;
  informant: string | null;
  /** The case the intake must recognise this one as a duplicate of (the loader checks it does). */
  duplicateOfKey: string | null;
  steps: DemoClueStep[];
}

/** One use case, on the day `on` (China Standard Time). */
export type DemoClueStep = { on: IsoDate; note?: string } & (
  | { do: 'route'; unitKey: string; deadline: IsoDate | null }
  | { do: 'assignLeader'; leaderKey: string }
  | { do: 'escalate'; unitKey?: string; leaderKey?: string; note: string }
  | {
      do: 'dispose';
      method: DisposalMethod;
      deadline?: IsoDate | null;
      outcome?: ClueOutcome | null;
      sanctions?: string | null;
    }
  | { do: 'conclude'; outcome: ClueOutcome; sanctions?: string | null }
  | { do: 'reopen'; method: DisposalMethod; deadline: IsoDate; note: string }
  | { do: 'confirmDuplicate' }
  | { do: 'requestDisclosure'; byUsername: string; granteeUsername: string; reason: string }
);
