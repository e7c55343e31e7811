// The public surface of @rectify/domain: what the other packages and the console use, named one by one so
// that an addition is a decision. What only the domain uses stays inside.

// Dates on the China calendar (UTC+8): midnights, weeks, days between.
export {
  addDays,
  CHINA_OFFSET,
  CHINA_TIME_ZONE,
  chinaDateOf,
  chinaMidnight,
  chinaWeekStartOf,
  daysBetween,
  weekStartOf,
} from './calendar/china-calendar.js';

// Who may do what: actors, permissions, scope as data, what a change feed shows.
export { type Actor, partnerActor, systemActor, userActor } from './access/actor.js';
export { can, permissionsOf } from './access/can.js';
export {
  changeFeedPermissions,
  changeKindPermission,
  visibleChangeKinds,
} from './access/change-visibility.js';
export { partnerScopePermissions, Permission } from './access/permissions.js';
export {
  actsForTaskAsUnit,
  issueVisible,
  leadsTask,
  type LedgerScope,
  ledgerScopeOf,
  readsClueIdentity,
  seesClueCases,
  type TaskScopeFacts,
  taskVisible,
} from './access/scope.js';

// The enums, each a `defineEnum` list with its bilingual labels (the database, GraphQL and console use them).
export { ChangeKind, WebhookDeliveryStatus } from './enums/change-feed.js';
export {
  ClueDisclosureStatus,
  ClueHistoryAction,
  ClueKind,
  ClueOutcome,
  ClueSource,
  ClueStatus,
  DisposalMethod,
  DuplicateState,
} from './enums/clue.js';
export { defineEnum, type EnumValue, type Label, type Locale } from './enums/define-enum.js';
export { DeliveryChannel, DeliveryStatus, NoticeMode, RobotChannel } from './enums/deliveries.js';
export { FileGenerationState, GeneratedDocument, JobKind, JobState } from './enums/jobs.js';
export {
  InspectionKind,
  inspectionKindOfLevel,
  InspectionLevel,
  IssueKind,
  IssueStatus,
  ProblemLead,
  ReportFormat,
  TaskStatus,
  TaskTerm,
  WarningLevel,
} from './enums/ledger.js';
export {
  LeadingGroupRole,
  PartnerScope,
  PasswordResetReason,
  PasswordResetStatus,
  Role,
  UnitKind,
} from './enums/organisation.js';
export { SheetCellError } from './enums/spreadsheet.js';
export {
  FindingStatus,
  FollowUpOutcome,
  NotificationKind,
  ReportingCadence,
  RequestStatus,
  ReviewDecision,
  ReviewStep,
  SupervisionMethod,
} from './enums/workflow.js';

// Figures of the ledger and the clue cases, and the deadline warning.
export { type ClueFacts, type ClueFigures, clueFigures } from './figures/clue-figures.js';
export {
  countLedger,
  dueHorizon,
  emptyTally,
  type LedgerCounts,
  type StatusTally,
  type TaskFacts,
  WEEKS_AHEAD,
} from './figures/ledger-counts.js';
export { closureRate, type IssueTally, isOverdue, issueStatusOf } from './figures/ledger-figures.js';
export {
  type LedgerSummary,
  summariseCounts,
  summariseLedger,
  type TaskCounts,
} from './figures/ledger-summary.js';
export { formatPercent, type Rate } from './figures/rate.js';
export type { StatedClueFigures, StatedDisposalFigures } from './figures/stated-clue-figures.js';
export {
  daysUntil,
  DEFAULT_WARNING_SETTINGS,
  warningLevelOf,
  type WarningSettings,
} from './figures/warning.js';

// Lifecycles as transition tables: tasks, extension/closure requests, clue cases.
export { ClueEvent, clueLifecycle, transitionClue } from './lifecycle/clue-lifecycle.js';
export { transitionRequest } from './lifecycle/request-lifecycle.js';
export {
  isTaskOpen,
  OPEN_TASK_STATUSES,
  TaskEvent,
  taskEventsFrom,
  transitionTask,
} from './lifecycle/task-lifecycle.js';
export { allowedEvents, lifecycle, type LifecycleTable } from './lifecycle/transition.js';

// The entities (the db checks its rows against them) and the draft tree.
export type { AuditEvent } from './model/audit.js';
export { CLUE_CONFIDENTIAL_FIELDS, CLUE_IDENTITY_FIELDS, type ClueCase } from './model/clue.js';
export type { Evidence, Inspection, IsoDate, Issue, ProgressReport, Task } from './model/ledger.js';
export type { ApiClient, Leader, Unit, User } from './model/organisation.js';
export type {
  ClosureRequest,
  ExtensionRequest,
  Finding,
  Review,
  SupervisionGroup,
  SupervisionVisit,
} from './model/workflow.js';
export { type FlatNode, nestDraft, subtreeEnd } from './model/draft-tree.js';

// Chinese text: dates, numerals, punctuation.
export { chineseDate } from './text/chinese-date.js';
export { halfWidthBesideChinese } from './text/zh-punctuation.js';
export { chineseNumeral } from './text/chinese-numeral.js';

// The 通报 (report) draft: drafting from the ledger, paragraphs, comparing versions.
export { compareParagraphs, ParagraphChange, type ParagraphDiff } from './report/compare-paragraphs.js';
export { draftReport, draftTitle, liveText } from './report/draft-report.js';
export {
  isLiveParagraph,
  isRemovableParagraph,
  PublishedReportFormat,
  ReportChange,
  reportContentText,
  ReportDraftStatus,
  type ReportParagraph,
  ReportParagraphKind,
} from './report/report-draft.js';
export type { ReportSource, ReportSourceIssue } from './report/report-source.js';
