import { ApiClientType, AuditEventType, UserType } from './accounts.type.js';
import { Connection } from './connection.js';
import { InspectionType, IssueType, ProgressReportType, TaskType } from './ledger.type.js';
import { LeaderType, UnitType } from './organisation.type.js';

export const TaskConnection = Connection(TaskType, 'Task', 'A page of tasks.');
export const IssueConnection = Connection(IssueType, 'Issue', 'A page of issues.');
export const InspectionConnection = Connection(InspectionType, 'Inspection', 'A page of inspections.');
export const ProgressReportConnection = Connection(
  ProgressReportType,
  'ProgressReport',
  'A page of progress reports.',
);
export const UnitConnection = Connection(UnitType, 'Unit', 'A page of units.');
export const LeaderConnection = Connection(LeaderType, 'Leader', 'A page of leaders.');
export const UserConnection = Connection(UserType, 'User', 'A page of users.');
export const ApiClientConnection = Connection(ApiClientType, 'ApiClient', 'A page of API clients.');
export const AuditEventConnection = Connection(AuditEventType, 'AuditEvent', 'A page of audit events.');
