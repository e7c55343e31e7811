export * from './add-finding.js';
export * from './create-supervision-group.js';
export * from './follow-up-finding.js';
export * from './list-supervision.js';
export * from './record-supervision-visit.js';
export * from './respond-to-finding.js';
export {
  FINDING_LABEL,
  type FindingDraft,
  FollowUpOutcome,
  SUPERVISION_FIELDS,
  SUPERVISION_GROUP_LABEL,
  SUPERVISION_VISIT_LABEL,
  transitionFinding,
} from './supervision-rules.js';
