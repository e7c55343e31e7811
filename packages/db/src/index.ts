// The public surface of @rectify/db: what the services, apps and tools use, named one by one so that an
// addition is a decision. Test support is `@rectify/db/testing`.

// Opening a database (PGlite or PostgreSQL), its handle and transaction types, and what its state tells.
export {
  type ChannelListener,
  connectDatabase,
  type Database,
  type DatabaseHandle,
  type Executor,
  MIGRATIONS_FOLDER,
  openDatabase,
  type Transaction,
} from './client.js';
export { migrationsApplied } from './migration-status.js';
export { isDatabaseUnavailable } from './unavailable.js';

// The drizzle tables the services and tools query (the pgEnums and the `schema` namespace stay inside: the
// client is built from it, and no caller needs it whole).
export { apiClients, passwordResets, sessions, signInThrottle, users } from './schema/access.js';
export { auditEvents, settings } from './schema/audit.js';
export { changeEvents, webhookDeliveries, webhookSubscriptions } from './schema/change-feed.js';
export { clueCaseOwners, clueCases } from './schema/clue.js';
export { clueCaseEvents, clueDisclosureRequests } from './schema/clue-workflow.js';
export { deliveries, groupRobots, noticePreferences } from './schema/deliveries.js';
export { fileGenerations } from './schema/file-generations.js';
export {
  deadlineChanges,
  evidence,
  inspections,
  issues,
  progressReports,
  taskCoUnits,
  tasks,
} from './schema/ledger.js';
export { leaders, units } from './schema/organisation.js';
export { reportDrafts, reportDraftVersions } from './schema/report.js';
export { storedFileChunks, storedFiles } from './schema/stored-files.js';
export { findings, supervisionGroups, supervisionVisits } from './schema/supervision.js';
export { closureRequests, extensionRequests, notifications, reviews } from './schema/workflow.js';

// Row types of the tables (checked against the domain entities) and typed raw queries.
export type {
  ClosureRequestRow,
  ClueCaseRow,
  EvidenceRow,
  ExtensionRequestRow,
  FileGenerationRow,
  IssueRow,
  ProgressReportRow,
  ReviewRow,
  TaskRow,
  UserRow,
} from './row-types.js';
export { queryRows } from './query-rows.js';

// What a backup and a restore do at the table level: plans, lines, digests, identities, migrations.
export { readIdentityPositions, restoreIdentityPositions } from './backup/identity.js';
export { loadTableLines } from './backup/load-table.js';
export { appliedMigration } from './backup/migration.js';
export { readTablePlans, type TablePlan } from './backup/table-plan.js';
export { LineDigest, tableDigest, tableLines } from './backup/table-rows.js';
export { lockTables, nonEmptyTables, truncateTables } from './backup/table-state.js';
