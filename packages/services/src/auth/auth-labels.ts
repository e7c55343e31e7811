import type { Label } from '@rectify/domain';

export const USER_LABEL: Label = { zh: '用户', en: 'User' };
export const API_CLIENT_LABEL: Label = { zh: '接口令牌', en: 'API client' };

export const USER_FIELDS = {
  username: { zh: '用户名', en: 'Username' },
  displayName: { zh: '姓名', en: 'Display name' },
  password: { zh: '密码', en: 'Password' },
  role: { zh: '角色', en: 'Role' },
  unitId: { zh: '所属单位', en: 'Unit' },
  leaderId: { zh: '对应领导', en: 'Leader' },
} satisfies Record<string, Label>;

export const API_CLIENT_FIELDS = {
  name: { zh: '令牌名称', en: 'Name' },
  department: { zh: '协作部门', en: 'Department' },
  scopes: { zh: '授权范围', en: 'Scopes' },
  expiresAt: { zh: '有效期至', en: 'Expires at' },
} satisfies Record<string, Label>;
