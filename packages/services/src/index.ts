// The public surface of @rectify/services: the use cases, reads and operations its callers (the API, the CLI,
// the demo and scale loaders, the bench) use, named one by one so that an addition is a decision. The kernel
// (authorize, audit, use-case, validation, versioned writes) stays inside: a caller writes only through use
// cases. Test support is `@rectify/services/testing`.

// The sheet kinds and cell references callers name in an import's errors (from @rectify/ledger-io)
export { columnRef, LedgerSheetKind, type SheetError } from '@rectify/ledger-io';
export { signAccessToken } from './auth/access-token.js';
export { approvePasswordReset, rejectPasswordReset } from './auth/approve-password-reset.js';
export { type AuthConfig, DEFAULT_AUTH_LIMITS } from './auth/auth-config.js';
export { authenticate } from './auth/authenticate.js';
export { changeOwnPassword } from './auth/change-own-password.js';
export { type CreateApiClientInput, createApiClient } from './auth/create-api-client.js';
export { type CreateUserInput, createUser } from './auth/create-user.js';
export type { Session } from './auth/issue-session.js';
// auth
export type { PasswordResetView } from './auth/list-password-resets.js';
export {
  latestPasswordReset,
  passwordResetById,
  pendingPasswordResets,
} from './auth/list-password-resets.js';
export { login } from './auth/login.js';
export { logout } from './auth/logout.js';
export { verifyPassword } from './auth/passwords.js';
export { redeemResetCode } from './auth/redeem-reset-code.js';
export { refreshSession } from './auth/refresh-session.js';
export { resetPassword } from './auth/reset-password.js';
export { revokeApiClient } from './auth/revoke-api-client.js';
export { unlockSignIn } from './auth/unlock-sign-in.js';
export { type UpdateUserInput, updateUser } from './auth/update-user.js';
export { UserCache } from './auth/user-cache.js';
// backup
export { restoreBackup } from './backup/restore-backup.js';
export { writeBackup } from './backup/write-backup.js';
export type { ChangeView } from './change-feed/change-view.js';
export { listChanges } from './change-feed/list-changes.js';
// change-feed
export { scopesGranting } from './change-feed/record-change.js';
export { approveClueDisclosure } from './clues/approve-clue-disclosure.js';
export { type AssignClueLeaderInput, assignClueLeader } from './clues/assign-clue-leader.js';
export { type ClueFigureCounts, type ClueFiguresFilter, getClueFigures } from './clues/clue-figures.js';
export { readClueCase, readClueDisclosureRequest } from './clues/clue-read.js';
export { clueDaysLeft, clueWarningLevel } from './clues/clue-warning.js';
export { type ConcludeClueCaseInput, concludeClueCase } from './clues/conclude-clue-case.js';
export { type ClueDuplicateDecisionInput, confirmClueDuplicate } from './clues/confirm-clue-duplicate.js';
// clues
export type { ClueDisclosureDecisionInput, ClueDisclosureRequestRow } from './clues/disclosure-rules.js';
export { type DisposeClueCaseInput, disposeClueCase } from './clues/dispose-clue-case.js';
export { type EscalateClueCaseInput, escalateClueCase } from './clues/escalate-clue-case.js';
export { type IntakeClueCaseInput, intakeClueCase } from './clues/intake-clue-case.js';
export { type LinkClueDuplicateInput, linkClueDuplicate } from './clues/link-clue-duplicate.js';
export {
  CLUE_CASE_ORDER_FIELDS,
  type ClueCaseFilter,
  type ClueDisclosureRequestFilter,
  listClueCases,
  listClueDisclosureRequests,
  listClueReminders,
} from './clues/list-clue-cases.js';
export { listClueHandlers } from './clues/list-clue-handlers.js';
export { rejectClueDisclosure } from './clues/reject-clue-disclosure.js';
export { type ReopenClueCaseInput, reopenClueCase } from './clues/reopen-clue-case.js';
export { type RequestClueDisclosureInput, requestClueDisclosure } from './clues/request-clue-disclosure.js';
export { type RouteClueCaseInput, routeClueCase } from './clues/route-clue-case.js';
export { unlinkClueDuplicate } from './clues/unlink-clue-duplicate.js';
export { type UpdateClueCaseInput, updateClueCase } from './clues/update-clue-case.js';
export { withdrawClueDisclosure } from './clues/withdraw-clue-disclosure.js';
// deliveries
export { deleteGroupRobot } from './deliveries/delete-group-robot.js';
export { deliveryCounts } from './deliveries/delivery-counts.js';
export type { DeliveryView } from './deliveries/list-deliveries.js';
export { listDeliveries } from './deliveries/list-deliveries.js';
export { cancelDelivery, retryDelivery } from './deliveries/manage-delivery.js';
export type { NoticePreferencesView } from './deliveries/notice-preferences.js';
export { myNoticePreferences, updateMyNoticePreferences } from './deliveries/notice-preferences.js';
export type { GroupRobotView, OutboundSettingsView } from './deliveries/outbound-settings.js';
export {
  listGroupRobots,
  readOutboundSettings,
  saveGroupRobot,
  updateOutboundSettings,
} from './deliveries/outbound-settings.js';
// documents
export type { FileGenerationView } from './documents/file-generation.js';
export { getFileGeneration, openGeneratedFile, requestFileGeneration } from './documents/file-generation.js';
export { type ImportLedgerDraftResult, importLedgerDraft } from './documents/import-ledger-draft.js';
export type { LedgerDraft, LedgerDraftIssue, LedgerDraftTask } from './documents/ledger-draft.js';
export { parseLedgerDocument } from './documents/parse-ledger-document.js';
export { buildProgressReport, generateProgressReport } from './documents/progress-report.js';
export { jobDefinitions, webhookDeliveryDefinition } from './jobs/job-definitions.js';
export { createJobQueue, type JobQueue, type JobQueueOptions } from './jobs/job-queue.js';
// jobs
export type { JobView } from './jobs/list-jobs.js';
export { listJobs } from './jobs/list-jobs.js';
export { retryJob } from './jobs/retry-job.js';
// What callers see of the kernel: the context a use case runs in, the error it throws, the date helpers, and
// the use case's type (the API declares each mutation over one)
export { type ServiceContext, todayOf } from './kernel/context.js';
export { ServiceError, unauthenticated } from './kernel/errors.js';
export type { UseCase } from './kernel/use-case.js';
export { isIsoDate } from './kernel/validate.js';
// ledger
export { type AssignTaskInput, assignTask } from './ledger/assign-task.js';
export { type BulkAssignTasksInput, bulkAssignTasks } from './ledger/bulk-assign-tasks.js';
export { type CreateInspectionInput, createInspection } from './ledger/create-inspection.js';
export { type CreateIssueInput, createIssue } from './ledger/create-issue.js';
export { type CreateTaskInput, createTask } from './ledger/create-task.js';
export { deleteIssue } from './ledger/delete-issue.js';
export { type ReportProgressInput, reportProgress } from './ledger/report-progress.js';
export { setTaskStatusForImport } from './ledger/set-task-status-for-import.js';
export { type UpdateInspectionInput, updateInspection } from './ledger/update-inspection.js';
export { type UpdateIssueInput, updateIssue } from './ledger/update-issue.js';
export { type UpdateTaskInput, updateTask } from './ledger/update-task.js';
export { type DigestSummary, runDailyDigest } from './notifications/daily-digest.js';
// notifications
export type { InboxItem } from './notifications/inbox.js';
export { listNotifications } from './notifications/inbox.js';
export { markNotificationsRead } from './notifications/mark-notifications-read.js';
export type { NotificationEntity } from './notifications/notification-kind.js';
// organisation
export { type CreateLeaderInput, createLeader } from './organisation/create-leader.js';
export { type CreateUnitInput, createUnit } from './organisation/create-unit.js';
export { deleteLeader } from './organisation/delete-leader.js';
export { deleteUnit } from './organisation/delete-unit.js';
export { type UpdateLeaderInput, updateLeader } from './organisation/update-leader.js';
export { type UpdateUnitInput, updateUnit } from './organisation/update-unit.js';
// outbound: the operator's allow-list of intranet hosts (env.ts checks it at start)
export { OUTBOUND_ALLOW_HOSTS_ENV, parseOutboundAllowList } from './outbound/outbound-policy.js';
export { FiguresCache } from './read/figures-cache.js';
export { countLedgerInSql, getLedgerFigures } from './read/ledger-figures.js';
export { ISSUE_ORDER_FIELDS, type IssueFilter, listIssues } from './read/list-issues.js';
export {
  API_CLIENT_ORDER_FIELDS,
  type ApiClientFilter,
  AUDIT_ORDER_FIELDS,
  type AuditEventFilter,
  INSPECTION_ORDER_FIELDS,
  type InspectionFilter,
  LEADER_ORDER_FIELDS,
  type LeaderFilter,
  listApiClients,
  listAuditEvents,
  listInspections,
  listLeaders,
  listProgressReports,
  listUnits,
  listUsers,
  PROGRESS_ORDER_FIELDS,
  type ProgressReportFilter,
  UNIT_ORDER_FIELDS,
  type UnitFilter,
  USER_ORDER_FIELDS,
  type UserFilter,
} from './read/list-master-data.js';
export { listTasks, TASK_ORDER_FIELDS, type TaskFilter } from './read/list-tasks.js';
export { type ListResult, PAGE_SIZE, readOne, readOneJson, readOwnAccount } from './read/read-model.js';
export { mergeSpec, type ReadSpec, type RowShape, readSpec, type ShapeEntry } from './read/read-spec.js';
// read
export { ENTITIES } from './read/registry.js';
export type { EntityName } from './read/registry-types.js';
export { createReportDraft } from './reports/create-report-draft.js';
export { editReportParagraph } from './reports/edit-report-paragraph.js';
export { freezeReportDraft } from './reports/freeze-report-draft.js';
export { insertReportParagraph } from './reports/insert-report-paragraph.js';
export { publishReportDraft } from './reports/publish-report-draft.js';
// reports
export type { ReportVersionSummary } from './reports/read-report-drafts.js';
export {
  compareReportVersions,
  getReportDraft,
  listReportDrafts,
  listReportVersions,
  openPublishedReport,
} from './reports/read-report-drafts.js';
export { removeReportParagraph } from './reports/remove-report-paragraph.js';
export type { ReportDraftRow } from './reports/report-drafts-store.js';
// settings
export { getWarningSettings } from './settings/warning-settings.js';
// spreadsheet
export { exportLedgerWorkbook } from './spreadsheet/export-ledger-workbook.js';
export { importLedgerWorkbook, previewLedgerImport } from './spreadsheet/import-ledger-workbook.js';
export { ImportAction, type ImportSummary } from './spreadsheet/import-plan.js';
// supervision
export { type AddFindingInput, addFinding } from './supervision/add-finding.js';
export {
  type CreateSupervisionGroupInput,
  createSupervisionGroup,
} from './supervision/create-supervision-group.js';
export { type FollowUpFindingInput, followUpFinding } from './supervision/follow-up-finding.js';
export {
  type FindingFilter,
  listFindings,
  listSupervisionGroups,
  listSupervisionVisits,
  listUnitFindings,
  type SupervisionVisitFilter,
} from './supervision/list-supervision.js';
export {
  type RecordSupervisionVisitInput,
  recordSupervisionVisit,
} from './supervision/record-supervision-visit.js';
export { type RespondToFindingInput, respondToFinding } from './supervision/respond-to-finding.js';
export type { FindingDraft } from './supervision/supervision-rules.js';
export {
  type CreateWebhookSubscriptionInput,
  createWebhookSubscription,
} from './webhooks/create-webhook-subscription.js';
// webhooks
export { deleteWebhookSubscription } from './webhooks/delete-webhook-subscription.js';
export { type DeliveryPump, startDeliveryPump } from './webhooks/delivery-pump.js';
export { listWebhookDeliveries, listWebhookSubscriptions } from './webhooks/list-webhooks.js';
export { retryWebhookDelivery } from './webhooks/retry-webhook-delivery.js';
export { sendTestWebhook } from './webhooks/send-test-webhook.js';
export {
  type UpdateWebhookSubscriptionInput,
  updateWebhookSubscription,
} from './webhooks/update-webhook-subscription.js';
export { webhookDeliveryCounts } from './webhooks/webhook-delivery-counts.js';
export { signWebhookBody, WEBHOOK_HEADERS } from './webhooks/webhook-signature.js';
export type { WebhookDeliveryView, WebhookSubscriptionView } from './webhooks/webhook-views.js';
export { approveClosureRequest } from './workflow/approve-closure-request.js';
export { approveExtensionRequest } from './workflow/approve-extension-request.js';
export { collectUnreferencedFiles } from './workflow/collect-files.js';
export { copyFiles } from './workflow/copy-files.js';
export { DatabaseFileStore } from './workflow/database-file-store.js';
export { endorseClosureRequest, type ReviewRequestInput } from './workflow/endorse-closure-request.js';
export { endorseExtensionRequest } from './workflow/endorse-extension-request.js';
export { EVIDENCE_MAX_BYTES } from './workflow/evidence-rules.js';
export { type FileStore, LocalFileStore, localFileStore } from './workflow/file-store.js';
export {
  defaultFileStoreKind,
  FILE_STORE_KINDS,
  type FileStoreChoice,
  fileStoreFromEnv,
  openFileStore,
  readStorageEnv,
  STORAGE_VARIABLES,
  s3SettingsFrom,
} from './workflow/file-store-choice.js';
export { listClosureRequests, listExtensionRequests, type RequestFilter } from './workflow/list-requests.js';
export { type MarkTaskOngoingInput, markTaskOngoing } from './workflow/mark-task-ongoing.js';
export { openEvidence } from './workflow/open-evidence.js';
export { type ReopenTaskInput, reopenTask } from './workflow/reopen-task.js';
export { reportMissing } from './workflow/reporting.js';
export { type RequestClosureInput, requestClosure } from './workflow/request-closure.js';
export { type RequestExtensionInput, requestExtension } from './workflow/request-extension.js';
export { resumeTask } from './workflow/resume-task.js';
export { updateReportingSettings } from './workflow/update-reporting-settings.js';
export {
  type UpdateWarningSettingsInput,
  updateWarningSettings,
} from './workflow/update-warning-settings.js';
export { checkEvidenceUpload, uploadEvidence } from './workflow/upload-evidence.js';
// workflow
export type { RequestCounts } from './workflow/weekly-summary.js';
export { getWeeklySummary } from './workflow/weekly-summary.js';
export { type WithdrawRequestInput, withdrawClosureRequest } from './workflow/withdraw-closure-request.js';
export { withdrawExtensionRequest } from './workflow/withdraw-extension-request.js';
export type { ReportingSettings } from './workflow/workflow-settings.js';
export {
  getReportingSettings,
  getWorkflowSettings,
  periodStartOf,
} from './workflow/workflow-settings.js';
