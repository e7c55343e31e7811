import type { Executor } from '@rectify/db';
import { LeadingGroupRole } from '@rectify/domain';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { LEADER_FIELDS } from './organisation-labels.js';
import { checkUnit } from './references.js';

const NAME_MAX = 50;
const POST_MAX = 100;

export interface LeaderFields {
  name?: string | null | undefined;
  post?: string | null | undefined;
  unitId?: number | null | undefined;
  groupRole?: string | null | undefined;
}

/**
 * The rules create-leader and update-leader share. When `creating`, name and post are required; on an edit,
 * a field left undefined keeps its value and is not checked.
 */
export async function checkLeaderFields(tx: Executor, v: Validator, fields: LeaderFields, creating: boolean) {
  if (creating || fields.name !== undefined) {
    v.required('name', LEADER_FIELDS.name, fields.name).maxLength(
      'name',
      LEADER_FIELDS.name,
      fields.name,
      NAME_MAX,
    );
  }
  if (creating || fields.post !== undefined) {
    v.required('post', LEADER_FIELDS.post, fields.post).maxLength(
      'post',
      LEADER_FIELDS.post,
      fields.post,
      POST_MAX,
    );
  }
  if (fields.groupRole != null && !LeadingGroupRole.is(fields.groupRole)) {
    v.add(
      'groupRole',
      'INVALID',
      messages.organisation.invalid({ groupRoleField: LEADER_FIELDS.groupRole, groupRole: fields.groupRole }),
    );
  }
  await checkUnit(tx, v, 'unitId', fields.unitId);
}
