import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

export const USER_LABEL: Label = messages.auth.user;
export const API_CLIENT_LABEL: Label = messages.auth.apiClient;

export const USER_FIELDS = {
  username: messages.auth.username,
  displayName: messages.auth.displayName,
  password: messages.auth.password,
  role: messages.auth.role,
  unitId: messages.auth.unit,
  leaderId: messages.auth.leader,
} satisfies Record<string, Label>;

export const API_CLIENT_FIELDS = {
  name: messages.auth.name,
  department: messages.auth.department,
  scopes: messages.auth.scopes,
  expiresAt: messages.auth.expires,
} satisfies Record<string, Label>;
