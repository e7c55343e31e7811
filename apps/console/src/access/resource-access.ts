import { can, type Permission, type Role } from '@rectify/domain';

/**
 * Which domain permission each react-admin page and button needs (a list: any one of them). The console only mirrors the server's
 * rules (it hides what would be refused); a missing entry means "not offered" (e.g. export, whose 1,000-row
 * pages the API does not serve).
 *
 * Master data screens (units, leaders, inspections) need the write permission: everyone reads units and
 * leaders inside the ledger, but only those who maintain them get a screen for them.
 */
const RESOURCE_ACCESS: Record<string, Partial<Record<string, Permission | readonly Permission[]>>> = {
  dashboard: { list: 'figures.read' },
  ledger: { list: 'issue.read' },
  ledgerImport: { list: 'ledger.import' },
  issues: {
    list: 'issue.read',
    show: 'issue.read',
    create: 'issue.write',
    edit: 'issue.write',
    delete: 'issue.write',
  },
  tasks: {
    list: 'task.read',
    show: 'task.read',
    create: 'task.write',
    edit: 'task.write',
    assign: 'task.assign',
  },
  progressReports: { list: 'progress.read', create: 'progress.report' },
  inspections: { list: 'inspection.write', create: 'inspection.write', edit: 'inspection.write' },
  units: { list: 'unit.write', create: 'unit.write', edit: 'unit.write', delete: 'unit.write' },
  leaders: { list: 'leader.write', create: 'leader.write', edit: 'leader.write', delete: 'leader.write' },
  users: { list: 'user.read', create: 'user.write', edit: 'user.write' },
  passwordResetApprovals: { list: 'user.approveReset' },
  apiClients: { list: 'apiClient.read', create: 'apiClient.write', revoke: 'apiClient.write' },
  auditEvents: { list: 'audit.read' },
  jobs: { list: 'job.read', retry: 'job.retry' },
  webhooks: { list: 'apiClient.read', create: 'apiClient.write' },
  deliveries: { list: 'delivery.read', retry: 'delivery.manage', cancel: 'delivery.manage' },
  // The workflow's pages. 待我审核: the leader endorses, the office approves; any of the listed permissions.
  reviews: { list: ['closure.endorse', 'closure.approve'] },
  // Every signed-in person has an inbox (all roles read tasks).
  inbox: { list: 'task.read' },
  supervision: { list: 'supervision.read', create: 'supervision.write' },
  unitFindings: { list: 'supervision.respond' },
  settings: { list: 'settings.write' },
  // Clue cases: DISCIPLINE alone; owners and disclosure approval are the server's to decide per case.
  clueCases: {
    list: 'clueCase.read',
    show: 'clueCase.read',
    create: 'clueCase.write',
    edit: 'clueCase.write',
    dispose: 'clueCase.write',
  },
  clueDisclosureQueue: { list: 'clueCase.read' },
  clueFigures: { list: 'clueCase.read' },
  documentImport: { list: 'ledger.import', create: 'ledger.import' },
  progressReport: { generate: 'report.generate' },
  reportDrafts: { list: 'report.generate', publish: 'report.publish' },
};

/** Whether a user of the role is offered the action on the resource. */
export function canAccessResource(role: Role | null | undefined, resource: string, action: string): boolean {
  const needed = RESOURCE_ACCESS[resource]?.[action];
  if (role == null || needed === undefined) return false;
  const anyOf: readonly Permission[] = typeof needed === 'string' ? [needed] : needed;
  return anyOf.some((permission) => can({ role, scopes: [] }, permission));
}
