import type * as domain from '@rectify/domain';
import type * as s from './schema/index.js';

// The compiler links each table to its domain entity: a column that drifts from the model fails here.
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type InspectionRow = typeof s.inspections.$inferSelect;
export type IssueRow = typeof s.issues.$inferSelect;
export type TaskRow = typeof s.tasks.$inferSelect;
export type ProgressReportRow = typeof s.progressReports.$inferSelect;
export type EvidenceRow = typeof s.evidence.$inferSelect;
type UnitRow = typeof s.units.$inferSelect;
type LeaderRow = typeof s.leaders.$inferSelect;
export type UserRow = typeof s.users.$inferSelect;
type ApiClientRow = typeof s.apiClients.$inferSelect;
export type ClosureRequestRow = typeof s.closureRequests.$inferSelect;
export type ExtensionRequestRow = typeof s.extensionRequests.$inferSelect;
export type ReviewRow = typeof s.reviews.$inferSelect;
export type ClueCaseRow = typeof s.clueCases.$inferSelect;
export type FileGenerationRow = typeof s.fileGenerations.$inferSelect;
type AuditEventRow = typeof s.auditEvents.$inferSelect;

/** @public Read by the compiler only (knip: not an unused export). */
export type RowTypeChecks = [
  Assert<Same<InspectionRow, domain.Inspection>>,
  Assert<Same<Omit<IssueRow, 'sortKey'>, domain.Issue>>,
  Assert<Same<TaskRow, domain.Task>>,
  Assert<Same<ProgressReportRow, domain.ProgressReport>>,
  Assert<Same<EvidenceRow, domain.Evidence>>,
  Assert<Same<UnitRow, domain.Unit>>,
  Assert<Same<LeaderRow, domain.Leader>>,
  Assert<Same<Omit<UserRow, 'passwordHash' | 'tokensValidFrom'>, domain.User>>,
  Assert<Same<Omit<ApiClientRow, 'tokenHash'>, domain.ApiClient>>,
  Assert<Same<ClosureRequestRow, domain.ClosureRequest>>,
  Assert<Same<ExtensionRequestRow, domain.ExtensionRequest>>,
  Assert<Same<ReviewRow, domain.Review>>,
  Assert<Same<ClueCaseRow, domain.ClueCase>>,
  Assert<Same<AuditEventRow, domain.AuditEvent>>,
];
