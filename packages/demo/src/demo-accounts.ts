import type { Role } from '@rectify/domain';

/** The one password of every demo account: a demo database is never a production one. */
export const DEMO_PASSWORD = 'rectify-demo';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  /** Who the account plays, for the console's sign-in page and the README. */
  description: string;
  /** The unit a UNIT account acts for, by its key in the demo ledger (no other role is bound to a unit). */
  unitKey?: string;
  /** The leader a LEADER account is, by key (no other role is bound to a leader). */
  leaderKey?: string;
}

/** One account per role, bound where the role needs it to records that make each view worth showing. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    role: 'ADMIN',
    displayName: '系统管理员',
    description: '系统管理员:维护账号、单位和领导',
  },
  {
    username: 'office',
    role: 'OFFICE',
    displayName: '整改办工作人员',
    description: '市委整改落实办公室工作人员:维护台账、分派任务、审核销号和延期',
  },
  {
    username: 'leader',
    role: 'LEADER',
    displayName: '分管副市长',
    description: '责任领导:分管国土规划和城乡建设的副市长,牵头任务最多',
    leaderKey: 'vice-mayor-land',
  },
  {
    username: 'unit',
    role: 'UNIT',
    displayName: '市住房城乡建设局联络员',
    description: '责任单位联络员:市住房城乡建设局,牵头多项任务并配合其他任务',
    unitKey: 'housing-construction',
  },
  {
    username: 'unit2',
    role: 'UNIT',
    displayName: '南海区联络员',
    description: '责任单位联络员:南海区,主要作为配合单位',
    unitKey: 'nanhai',
  },
  {
    username: 'supervisor',
    role: 'SUPERVISOR',
    displayName: '市委督查组',
    description: '市委督查组成员:查阅台账、实地督查',
  },
  {
    username: 'discipline',
    role: 'DISCIPLINE',
    displayName: '市纪委监委承办人',
    description: '市纪委监委工作人员:处置移交的信访举报和问题线索',
  },
  {
    username: 'discipline2',
    role: 'DISCIPLINE',
    displayName: '市纪委监委承办人(二)',
    description: '市纪委监委另一名工作人员:只能看到本人承办线索的身份信息',
  },
];
