import {
  ChangeKind,
  ClueKind,
  ClueOutcome,
  ClueSource,
  ClueStatus,
  DisposalMethod,
  FindingStatus,
  GeneratedDocument,
  InspectionKind,
  InspectionLevel,
  IssueKind,
  LeadingGroupRole,
  PartnerScope,
  ProblemLead,
  ReportChange,
  ReportDraftStatus,
  RequestStatus,
  ReviewDecision,
  ReviewStep,
  Role,
  SupervisionMethod,
  TaskStatus,
  TaskTerm,
  UnitKind,
  WebhookDeliveryStatus,
} from '@rectify/domain';
import { pgEnum } from 'drizzle-orm/pg-core';

// Database enums are generated from the domain's lists: the domain is the one source of their values.
export const inspectionLevel = pgEnum('inspection_level', InspectionLevel.values);
export const inspectionKind = pgEnum('inspection_kind', InspectionKind.values);
export const issueKind = pgEnum('issue_kind', IssueKind.values);
export const taskStatus = pgEnum('task_status', TaskStatus.values);
export const taskTerm = pgEnum('task_term', TaskTerm.values);
export const unitKind = pgEnum('unit_kind', UnitKind.values);
export const leadingGroupRole = pgEnum('leading_group_role', LeadingGroupRole.values);
export const role = pgEnum('role', Role.values);
export const partnerScope = pgEnum('partner_scope', PartnerScope.values);
export const requestStatus = pgEnum('request_status', RequestStatus.values);
export const reviewStep = pgEnum('review_step', ReviewStep.values);
export const reviewDecision = pgEnum('review_decision', ReviewDecision.values);
export const supervisionMethod = pgEnum('supervision_method', SupervisionMethod.values);
export const findingStatus = pgEnum('finding_status', FindingStatus.values);
export const clueSource = pgEnum('clue_source', ClueSource.values);
export const clueKind = pgEnum('clue_kind', ClueKind.values);
export const clueStatus = pgEnum('clue_status', ClueStatus.values);
export const disposalMethod = pgEnum('disposal_method', DisposalMethod.values);
export const clueOutcome = pgEnum('clue_outcome', ClueOutcome.values);
export const generatedDocument = pgEnum('generated_document', GeneratedDocument.values);
export const problemLead = pgEnum('problem_lead', ProblemLead.values);
export const reportDraftStatus = pgEnum('report_draft_status', ReportDraftStatus.values);
export const reportChange = pgEnum('report_change', ReportChange.values);
export const changeKind = pgEnum('change_kind', ChangeKind.values);
export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', WebhookDeliveryStatus.values);
