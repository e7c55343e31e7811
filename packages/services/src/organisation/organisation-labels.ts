import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

// The bilingual names that errors use for the organisation's records and their fields, defined once.
export const UNIT_LABEL: Label = messages.organisation.unit;
export const LEADER_LABEL: Label = messages.organisation.leader;

export const UNIT_FIELDS = {
  name: messages.organisation.unitName,
  kind: messages.organisation.unitKind,
  parentId: messages.organisation.parentUnit,
} satisfies Record<string, Label>;

export const LEADER_FIELDS = {
  name: messages.organisation.leaderName,
  post: messages.organisation.post,
  unitId: messages.organisation.workUnit,
  groupRole: messages.organisation.leadingGroupRole,
} satisfies Record<string, Label>;

/** What may still refer to a unit or leader, named in the error that refuses to delete it. */
export const REFERRER_LABELS = {
  subUnits: messages.organisation.subUnits,
  leaders: messages.organisation.leaders,
  users: messages.organisation.userAccounts,
  issues: messages.organisation.issues,
  tasks: messages.organisation.tasks,
  coUnits: messages.organisation.coOperationsTasks,
  progressReports: messages.organisation.progressReports,
  // Supervision visits and clue cases are counted together and not named: an ADMIN may not learn of clues.
  otherRecords: messages.organisation.otherRecords,
} satisfies Record<string, Label>;
