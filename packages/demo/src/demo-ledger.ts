import type {
  InspectionLevel,
  IsoDate,
  IssueKind,
  LeadingGroupRole,
  ProblemLead,
  TaskStatus,
  TaskTerm,
  UnitKind,
} from '@rectify/domain';

// The shape of data/foshan-2018.json: the ledger of the seed document, its records named by stable keys
// (units and leaders) or by their printed codes (issues) instead of database ids.

export interface DemoLedger {
  inspection: DemoInspection;
  /** Parents may be listed after their children: the loader orders them. */
  units: DemoUnit[];
  leaders: DemoLeader[];
  /** The top-level issues (the areas, 方面), each with its subtree, in document order. */
  issues: DemoIssue[];
}

interface DemoInspection {
  key: string;
  /** The loader's idempotency key: an inspection of this name means the demo is already loaded. */
  name: string;
  inspectingBody: string;
  inspectedOrganisation: string;
  level: InspectionLevel;
  onSiteFrom: IsoDate | null;
  onSiteTo: IsoDate | null;
  feedbackDate: IsoDate | null;
  rectificationDeadline: IsoDate | null;
}

interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  parentKey: string | null;
}

interface DemoLeader {
  key: string;
  name: string;
  post: string;
  unitKey: string | null;
  groupRole: LeadingGroupRole;
}

export interface DemoIssue {
  code: string;
  kind: IssueKind;
  title: string;
  /** 针对 or 关于 as the seed prints the item (absent for headings in their own words). */
  titleLead?: ProblemLead;
  responseText: string | null;
  leadLeaderKey: string | null;
  leadUnitKey: string | null;
  children: DemoIssue[];
  tasks: DemoTask[];
}

export interface DemoTask {
  ordinal: string;
  measure: string;
  leaderKey: string | null;
  leadUnitKey: string | null;
  coUnitKeys: string[];
  deadline: IsoDate | null;
  term: TaskTerm;
  /** The status the task has reached in the seed document. */
  status: TaskStatus;
  progress: DemoProgress[];
}

export interface DemoProgress {
  /** The lead unit of the task: only it reports. */
  unitKey: string;
  period: IsoDate;
  percent: number;
  text: string;
  /** An ISO timestamp with offset, e.g. `2018-10-11T15:20:00+08:00`. */
  reportedAt: string;
}

/** What a demo database holds: units, leaders and users in all; the rest for the demo inspection. */
export interface DemoCounts {
  units: number;
  leaders: number;
  users: number;
  inspections: number;
  issues: number;
  tasks: number;
  coUnits: number;
  progressReports: number;
}
