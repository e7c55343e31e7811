import { InspectionKind, InspectionLevel } from '@rectify/domain';
import { isIsoDate, type Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { INSPECTION_FIELDS } from './ledger-labels.js';
import { checkEnum } from './ledger-rules.js';

const TEXT_MAX = 200;

export interface InspectionFields {
  name?: string | null | undefined;
  inspectingBody?: string | null | undefined;
  inspectedOrganisation?: string | null | undefined;
  level?: string | null | undefined;
  kind?: string | null | undefined;
  onSiteFrom?: string | null | undefined;
  onSiteTo?: string | null | undefined;
  feedbackDate?: string | null | undefined;
  rectificationDeadline?: string | null | undefined;
}

/** The inspection's dates, in the order they must fall. */
const DATE_ORDER = ['onSiteFrom', 'onSiteTo', 'feedbackDate', 'rectificationDeadline'] as const;
const TEXTS = ['name', 'inspectingBody', 'inspectedOrganisation'] as const;

/**
 * Checks `fields` (for an edit: the record as it would be after the edit). `given` are the fields the caller
 * sent (undefined: not sent), the only ones checked for presence and form; a new record sends them all.
 */
export function checkInspectionFields(v: Validator, fields: InspectionFields, given: InspectionFields): void {
  for (const field of TEXTS) {
    if (given[field] === undefined) continue;
    v.required(field, INSPECTION_FIELDS[field], given[field]);
    v.maxLength(field, INSPECTION_FIELDS[field], given[field], TEXT_MAX);
  }
  if (given.level !== undefined) {
    v.required('level', INSPECTION_FIELDS.level, given.level);
    checkEnum(v, 'level', INSPECTION_FIELDS.level, InspectionLevel, given.level);
  }
  if (given.kind !== undefined) {
    v.required('kind', INSPECTION_FIELDS.kind, given.kind);
    checkEnum(v, 'kind', INSPECTION_FIELDS.kind, InspectionKind, given.kind);
  }
  for (const field of DATE_ORDER) v.isoDate(field, INSPECTION_FIELDS[field], given[field]);
  // On site → feedback → deadline: each date given may not precede the last one given before it.
  let previous: (typeof DATE_ORDER)[number] | null = null;
  for (const field of DATE_ORDER) {
    const value = fields[field];
    if (value == null || !isIsoDate(value)) continue;
    const earlier = previous && fields[previous];
    if (previous && earlier && value < earlier) {
      const before = INSPECTION_FIELDS[previous];
      v.add(
        field,
        'DATE_ORDER',
        messages.ledger.cannotBefore({
          label: INSPECTION_FIELDS[field],
          before,
          earlier,
        }),
      );
    }
    previous = field;
  }
}
