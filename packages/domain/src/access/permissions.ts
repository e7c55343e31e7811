import { defineEnum, type EnumValue } from '../enums/define-enum.js';
import type { PartnerScope, Role } from '../enums/organisation.js';

/** Every permission the server checks. A query or mutation declares exactly one of these. */
export const Permission = defineEnum({
  'inspection.read': { zh: '查看巡视轮次', en: 'Read inspections' },
  'inspection.write': { zh: '维护巡视轮次', en: 'Manage inspections' },
  'issue.read': { zh: '查看反馈问题', en: 'Read issues' },
  'issue.write': { zh: '维护反馈问题', en: 'Manage issues' },
  'task.read': { zh: '查看整改任务', en: 'Read tasks' },
  'task.write': { zh: '维护整改任务', en: 'Manage tasks' },
  'task.assign': { zh: '分派责任领导和单位', en: 'Assign leaders and units' },
  'task.reopen': { zh: '回头看重新打开', en: 'Reopen tasks' },
  'task.markOngoing': { zh: '标记长期坚持', en: 'Mark tasks ongoing' },
  'progress.read': { zh: '查看进展报送', en: 'Read progress reports' },
  'progress.report': { zh: '报送整改进展', en: 'Report progress' },
  'evidence.upload': { zh: '上传佐证材料', en: 'Upload evidence' },
  'closure.request': { zh: '申请销号', en: 'Request closure' },
  'closure.endorse': { zh: '销号签字背书', en: 'Endorse closure' },
  'closure.approve': { zh: '销号审核', en: 'Approve closure' },
  'extension.request': { zh: '申请延期', en: 'Request extension' },
  'extension.endorse': { zh: '延期签字背书', en: 'Endorse extension' },
  'extension.approve': { zh: '延期审核', en: 'Approve extension' },
  'unit.read': { zh: '查看单位', en: 'Read units' },
  'unit.write': { zh: '维护单位', en: 'Manage units' },
  'leader.read': { zh: '查看领导', en: 'Read leaders' },
  'leader.write': { zh: '维护领导', en: 'Manage leaders' },
  'user.read': { zh: '查看用户', en: 'Read users' },
  'user.write': { zh: '维护用户', en: 'Manage users' },
  'apiClient.read': { zh: '查看接口令牌', en: 'Read API clients' },
  'apiClient.write': { zh: '维护接口令牌', en: 'Manage API clients' },
  'audit.read': { zh: '查看审计日志', en: 'Read the audit log' },
  'figures.read': { zh: '查看统计数据', en: 'Read figures' },
  'supervision.read': { zh: '查看督查', en: 'Read supervision' },
  'supervision.write': { zh: '开展督查', en: 'Record supervision' },
  'supervision.respond': { zh: '反馈督查意见', en: 'Respond to findings' },
  'clueCase.read': { zh: '查看问题线索', en: 'Read clue cases' },
  'clueCase.write': { zh: '处置问题线索', en: 'Dispose clue cases' },
  'clueCase.readIdentity': { zh: '查看被反映人和举报人身份', en: 'Read subject and informant identity' },
  'settings.write': { zh: '维护系统设置', en: 'Manage settings' },
  'ledger.export': { zh: '导出台账', en: 'Export the ledger' },
  'ledger.import': { zh: '导入台账', en: 'Import the ledger' },
  'report.generate': { zh: '生成整改进展通报', en: 'Generate the progress report' },
});
export type Permission = EnumValue<typeof Permission>;

const LEDGER_READ = [
  'inspection.read',
  'issue.read',
  'task.read',
  'progress.read',
  'unit.read',
  'leader.read',
] as const;

/** The role matrix of DESIGN.md. PARTNER holds nothing by role: its token's scopes grant read permissions. */
export const rolePermissions = {
  ADMIN: [
    ...LEDGER_READ,
    'unit.write',
    'leader.write',
    'user.read',
    'user.write',
    'apiClient.read',
    'apiClient.write',
    'audit.read',
    'figures.read',
  ],
  OFFICE: [
    ...LEDGER_READ,
    'inspection.write',
    'issue.write',
    'task.write',
    'task.assign',
    'task.reopen',
    'task.markOngoing',
    'closure.approve',
    'extension.approve',
    'user.read',
    'audit.read',
    'figures.read',
    'supervision.read',
    'settings.write',
    'ledger.export',
    'ledger.import',
    'report.generate',
  ],
  LEADER: [...LEDGER_READ, 'closure.endorse', 'extension.endorse', 'figures.read', 'ledger.export'],
  UNIT: [
    ...LEDGER_READ,
    'progress.report',
    'evidence.upload',
    'closure.request',
    'extension.request',
    'supervision.respond',
    'ledger.export',
  ],
  SUPERVISOR: [...LEDGER_READ, 'supervision.read', 'supervision.write', 'figures.read', 'ledger.export'],
  DISCIPLINE: [...LEDGER_READ, 'clueCase.read', 'clueCase.write', 'clueCase.readIdentity', 'figures.read'],
  PARTNER: [],
} as const satisfies Record<Role, readonly Permission[]>;

/** What each partner scope grants: read permissions only, never a write. */
export const partnerScopePermissions = {
  LEDGER_READ: ['inspection.read', 'issue.read', 'task.read'],
  PROGRESS_READ: ['progress.read'],
  ORGANISATION_READ: ['unit.read', 'leader.read'],
  FIGURES_READ: ['figures.read'],
} as const satisfies Record<PartnerScope, readonly Permission[]>;
