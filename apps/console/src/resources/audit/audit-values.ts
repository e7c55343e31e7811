import {
  InspectionLevel,
  IssueKind,
  LeadingGroupRole,
  type Locale,
  PartnerScope,
  Role,
  TaskStatus,
  TaskTerm,
  UnitKind,
} from '@rectify/domain';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import type { DomainEnum } from '../../i18n/use-domain-locale.js';
import { showValue } from './audit-diff.js';

/** Snapshot fields that hold a domain enum, by audited entity: shown with the domain's labels. */
const ENUM_FIELDS: Record<string, Record<string, DomainEnum>> = {
  task: { status: TaskStatus, term: TaskTerm },
  issue: { kind: IssueKind },
  unit: { kind: UnitKind },
  leader: { groupRole: LeadingGroupRole },
  user: { role: Role },
  inspection: { level: InspectionLevel },
  apiClient: { scopes: PartnerScope },
};

/** One snapshot value as a reader wants it: enum labels, dates in the reader's style, the rest as it is. */
export function auditValue(entity: string, field: string, value: unknown, locale: Locale): string {
  const e = ENUM_FIELDS[entity]?.[field];
  const label = (v: unknown) => (e && typeof v === 'string' && v in e.labels ? e.labels[v]![locale] : v);
  if (e && Array.isArray(value)) return value.map((v) => String(label(v))).join('、') || '—';
  if (e && typeof value === 'string') return String(label(value));
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  return showValue(value);
}
