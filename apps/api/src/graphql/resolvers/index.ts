import type { NonEmptyArray } from 'type-graphql';
import { AccountsMutationsResolver } from './accounts-mutations.resolver.js';
import { FiguresResolver } from './figures.resolver.js';
import { IssueResolver } from './issue.resolver.js';
import { LedgerMutationsResolver } from './ledger-mutations.resolver.js';
import { OrganisationMutationsResolver } from './organisation-mutations.resolver.js';
import { SessionMutationsResolver, SessionResolver } from './session.resolver.js';
import { SimpleListsResolver } from './simple-lists.resolver.js';
import { TaskResolver } from './task.resolver.js';
// Clue cases (DISCIPLINE only); imported last so that the schema's existing types keep their order.
import { ClueResolver } from './clue.resolver.js';
import { ClueMutationsResolver } from './clue-mutations.resolver.js';
// The rectification workflow, supervision and the inbox.
import { NotificationMutationsResolver, NotificationResolver } from './notification.resolver.js';
import { FindingResolver, SupervisionResolver, UnitFindingResolver } from './supervision.resolver.js';
import { SupervisionMutationsResolver } from './supervision-mutations.resolver.js';
import {
  ClosureRequestResolver,
  EvidenceResolver,
  ProgressReportWorkflowResolver,
  TaskWorkflowResolver,
  WorkflowResolver,
} from './workflow.resolver.js';
import { WorkflowMutationsResolver } from './workflow-mutations.resolver.js';
// Spreadsheets in and out.
import { SpreadsheetMutationsResolver, SpreadsheetResolver } from './spreadsheet.resolver.js';
// Document import and the progress report.
import { DocumentMutationsResolver, DocumentResolver } from './document.resolver.js';
// The 通报 workspace: drafts, versions, publishing.
import { ReportDraftResolver } from './report-draft.resolver.js';
import { ReportDraftMutationsResolver } from './report-draft-mutations.resolver.js';
// Password resets by code, their approval, and the sign-in unlock.
import { PasswordResetMutationsResolver, PasswordResetResolver } from './password-reset.resolver.js';
// The job queue (ADMIN).
import { JobMutationsResolver, JobResolver } from './job.resolver.js';
// Files generated in the background.
import { FileGenerationMutationsResolver, FileGenerationResolver } from './file-generation.resolver.js';
// The partner change feed and webhooks.
import { ChangeFeedMutationsResolver, ChangeFeedResolver } from './change-feed.resolver.js';
// Outbound notices: deliveries, channels, preferences.
import { DeliveryMutationsResolver, DeliveryResolver } from './delivery.resolver.js';

export const resolvers: NonEmptyArray<Function> = [
  FiguresResolver,
  IssueResolver,
  TaskResolver,
  SimpleListsResolver,
  OrganisationMutationsResolver,
  LedgerMutationsResolver,
  AccountsMutationsResolver,
  SessionResolver,
  SessionMutationsResolver,
  ClueResolver,
  ClueMutationsResolver,
  WorkflowResolver,
  WorkflowMutationsResolver,
  TaskWorkflowResolver,
  ProgressReportWorkflowResolver,
  ClosureRequestResolver,
  EvidenceResolver,
  SupervisionResolver,
  SupervisionMutationsResolver,
  FindingResolver,
  UnitFindingResolver,
  NotificationResolver,
  NotificationMutationsResolver,
  SpreadsheetResolver,
  SpreadsheetMutationsResolver,
  DocumentResolver,
  DocumentMutationsResolver,
  ReportDraftResolver,
  ReportDraftMutationsResolver,
  PasswordResetResolver,
  PasswordResetMutationsResolver,
  JobResolver,
  JobMutationsResolver,
  FileGenerationResolver,
  FileGenerationMutationsResolver,
  ChangeFeedResolver,
  ChangeFeedMutationsResolver,
  DeliveryResolver,
  DeliveryMutationsResolver,
];
