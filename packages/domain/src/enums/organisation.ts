import { defineEnum, type EnumValue } from './define-enum.js';

export const UnitKind = defineEnum({
  PARTY_COMMITTEE: { zh: '党委及其部门', en: 'Party committee or department' },
  GOVERNMENT_DEPARTMENT: { zh: '政府部门', en: 'Government department' },
  DISTRICT: { zh: '区', en: 'District' },
  TOWN: { zh: '镇（街）', en: 'Town or subdistrict' },
  STATE_ENTERPRISE: { zh: '国有企业', en: 'State enterprise' },
  DISCIPLINE_BODY: { zh: '纪检监察机关', en: 'Discipline body' },
  JUDICIAL_BODY: { zh: '政法机关', en: 'Judicial body' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type UnitKind = EnumValue<typeof UnitKind>;

/** A leader's place in the rectification leading group (整改落实工作领导小组). */
export const LeadingGroupRole = defineEnum({
  HEAD: { zh: '组长', en: 'Head' },
  DEPUTY_HEAD: { zh: '副组长', en: 'Deputy head' },
  MEMBER: { zh: '成员', en: 'Member' },
  NONE: { zh: '非领导小组成员', en: 'Not in the group' },
});
export type LeadingGroupRole = EnumValue<typeof LeadingGroupRole>;

export const Role = defineEnum({
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
  OFFICE: { zh: '整改办', en: 'Rectification office' },
  LEADER: { zh: '责任领导', en: 'Responsible leader' },
  UNIT: { zh: '责任单位', en: 'Responsible unit' },
  SUPERVISOR: { zh: '督查组', en: 'Supervision group' },
  DISCIPLINE: { zh: '纪检监察', en: 'Discipline inspection' },
  PARTNER: { zh: '协作部门', en: 'Partner department' },
});
export type Role = EnumValue<typeof Role>;

/** What a partner department's API token may read. Each scope grants read permissions (see partnerScopes). */
export const PartnerScope = defineEnum({
  LEDGER_READ: { zh: '读取台账（巡视、问题、任务）', en: 'Read the ledger (inspections, issues, tasks)' },
  PROGRESS_READ: { zh: '读取进展报送', en: 'Read progress reports' },
  ORGANISATION_READ: { zh: '读取单位和领导', en: 'Read units and leaders' },
  FIGURES_READ: { zh: '读取统计数据', en: 'Read figures' },
  REPORT_READ: { zh: '读取已发布的整改进展通报', en: 'Read published progress reports' },
});
export type PartnerScope = EnumValue<typeof PartnerScope>;

/** Why a password reset code exists: a reset, or an account that has just entered DISCIPLINE. */
export const PasswordResetReason = defineEnum({
  RESET: { zh: '重置密码', en: 'Password reset' },
  ENROL: { zh: '开通纪检监察账号', en: 'Discipline enrolment' },
});
export type PasswordResetReason = EnumValue<typeof PasswordResetReason>;

/** Where a password reset stands. */
export const PasswordResetStatus = defineEnum({
  AWAITING_APPROVAL: { zh: '待纪检监察人员审批', en: 'Awaiting discipline approval' },
  ISSUED: { zh: '重置码已发放，待本人使用', en: 'Code issued, awaiting its holder' },
  REDEEMED: { zh: '已由本人设置新密码', en: 'Redeemed by the holder' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
  EXPIRED: { zh: '重置码已过期', en: 'Code expired' },
});
export type PasswordResetStatus = EnumValue<typeof PasswordResetStatus>;
