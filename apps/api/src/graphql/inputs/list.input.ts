import {
  API_CLIENT_ORDER_FIELDS,
  AUDIT_ORDER_FIELDS,
  INSPECTION_ORDER_FIELDS,
  ISSUE_ORDER_FIELDS,
  LEADER_ORDER_FIELDS,
  PROGRESS_ORDER_FIELDS,
  TASK_ORDER_FIELDS,
  UNIT_ORDER_FIELDS,
  USER_ORDER_FIELDS,
} from '@rectify/services';
import { type ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../enums.js';

/** Registers the sortable fields of a list as a GraphQL enum, from the read model's own list. */
function orderFieldEnum<F extends Record<string, unknown>>(fields: F, name: string) {
  const object = Object.fromEntries(Object.keys(fields).map((k) => [k, k])) as { [K in keyof F]: K };
  registerEnumType(object, {
    name,
    description: `What ${name.replace('OrderField', '')} lists can be sorted by.`,
    valuesConfig: Object.fromEntries(
      Object.keys(fields).map((k) => [
        k,
        { description: `Sort by ${k.toLowerCase().replaceAll('_', ' ')}.` },
      ]),
    ) as Partial<Record<keyof F, { description: string }>>,
  });
  return object;
}

/** `{ field direction }` for one list. */
function OrderInput<F extends Record<string, unknown>>(fields: F, name: string, fallback: string) {
  const fieldEnum = orderFieldEnum(fields, `${name}OrderField`);
  @InputType(`${name}Order`, { description: `How to sort ${name} lists (default ${fallback}).` })
  class Order {
    @Field(() => fieldEnum, { description: 'The field to sort by.' }) field!: keyof F & string;
    @Field(() => SortDirection.object, { nullable: true, description: 'ASC (default) or DESC.' })
    direction?: 'ASC' | 'DESC' | null;
  }
  return Order as ClassType<{ field: keyof F & string; direction?: 'ASC' | 'DESC' | null }>;
}

export const TaskOrder = OrderInput(TASK_ORDER_FIELDS, 'Task', 'CODE: by issue number, then measure');
export const IssueOrder = OrderInput(ISSUE_ORDER_FIELDS, 'Issue', 'CODE: document order');
export const UnitOrder = OrderInput(UNIT_ORDER_FIELDS, 'Unit', 'ID');
export const LeaderOrder = OrderInput(LEADER_ORDER_FIELDS, 'Leader', 'ID');
export const InspectionOrder = OrderInput(INSPECTION_ORDER_FIELDS, 'Inspection', 'FEEDBACK_DATE');
export const ProgressReportOrder = OrderInput(
  PROGRESS_ORDER_FIELDS,
  'ProgressReport',
  'REPORTED_AT, newest first',
);
export const UserOrder = OrderInput(USER_ORDER_FIELDS, 'User', 'ID');
export const ApiClientOrder = OrderInput(API_CLIENT_ORDER_FIELDS, 'ApiClient', 'ID');
export const AuditEventOrder = OrderInput(AUDIT_ORDER_FIELDS, 'AuditEvent', 'AT, newest first');
