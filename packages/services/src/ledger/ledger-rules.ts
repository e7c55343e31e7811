import type { Label } from '@rectify/domain';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';

/** Positions are printed zero-padded to 4 digits in issues' sort keys, so they stay within 1..9999. */
export const MAX_POSITION = 9999;

/** A value of one of the domain's enums (`TaskTerm` …): else an INVALID error naming the field. */
export function checkEnum(
  v: Validator,
  field: string,
  label: Label,
  values: { is(value: unknown): boolean },
  value: unknown,
): void {
  if (value == null || values.is(value)) return;
  v.add(field, 'INVALID', messages.ledger.invalid({ label, value: String(value) }));
}

export function checkPosition(v: Validator, field: string, label: Label, value: number | null | undefined) {
  if (value == null) return;
  v.check(
    Number.isInteger(value) && value >= 1 && value <= MAX_POSITION,
    field,
    'OUT_OF_RANGE',
    messages.ledger.positionOutOfRange({ label, max: MAX_POSITION }),
  );
}

/** The next position after the largest one in use, for a record added at the end of its siblings. */
export const nextPosition = (max: number | null | undefined) => (max ?? 0) + 1;
