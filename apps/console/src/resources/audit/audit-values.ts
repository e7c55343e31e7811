import {
  InspectionKind,
  InspectionLevel,
  IssueKind,
  type Label,
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
  inspection: { level: InspectionLevel, kind: InspectionKind },
  apiClient: { scopes: PartnerScope },
};

/** Snapshot fields that hold ids of other records, and the console resource that names them. */
const REFERENCE_FIELDS: Record<string, string> = {
  leaderId: 'leaders',
  leadLeaderId: 'leaders',
  leadUnitId: 'units',
  unitId: 'units',
  coUnitIds: 'units',
  issueId: 'issues',
};
// A unit's parent is a unit, an issue's parent an issue.
const PARENT_OF: Record<string, string> = { unit: 'units', issue: 'issues' };

/** The resource whose records a snapshot field points to, if it holds ids. */
export function referenceOf(entity: string, field: string): string | undefined {
  return field === 'parentId' ? PARENT_OF[entity] : REFERENCE_FIELDS[field];
}

/** The ids a snapshot value holds (one id or a list). */
export function idsIn(value: unknown): number[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is number => typeof v === 'number');
}

/** A record's name by resource and id; undefined while it is not known (not yet loaded, or out of reach). */
export type NameOf = (resource: string, id: number) => string | undefined;

const YES: Label = { zh: '是', en: 'Yes' };
const NO: Label = { zh: '否', en: 'No' };

/**
 * One snapshot value as a reader wants it: enum labels, names for ids, dates in the reader's style, booleans
 * as words, the rest as it is. An id whose name is not known shows as `#id`.
 */
export function auditValue(
  entity: string,
  field: string,
  value: unknown,
  locale: Locale,
  nameOf: NameOf = () => undefined,
): string {
  const e = ENUM_FIELDS[entity]?.[field];
  const label = (v: unknown) => (e && typeof v === 'string' && v in e.labels ? e.labels[v]![locale] : v);
  if (e && Array.isArray(value)) return value.map((v) => String(label(v))).join('、') || '—';
  if (e && typeof value === 'string') return String(label(value));
  const resource = referenceOf(entity, field);
  if (resource && (typeof value === 'number' || Array.isArray(value))) {
    const names = idsIn(value).map((id) => nameOf(resource, id) ?? `#${id}`);
    return names.join(locale === 'zh' ? '、' : ', ') || '—';
  }
  if (typeof value === 'boolean') return (value ? YES : NO)[locale];
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  return showValue(value);
}
