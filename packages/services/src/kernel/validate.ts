import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';
import { type FieldError, invalid } from './errors.js';

/**
 * Collects every problem with an input before refusing it, so that the caller sees all of them at once.
 * Each check names the field and says what is wrong in both languages.
 */
export class Validator {
  readonly errors: FieldError[] = [];

  add(field: string, code: string, message: Label): this {
    this.errors.push({ field, code, message });
    return this;
  }

  required(field: string, label: Label, value: unknown): this {
    if (value == null || (typeof value === 'string' && value.trim() === '')) {
      this.add(field, 'REQUIRED', messages.kernel.required({ label }));
    }
    return this;
  }

  maxLength(field: string, label: Label, value: string | null | undefined, max: number): this {
    if (value != null && [...value].length > max) {
      this.add(field, 'TOO_LONG', messages.kernel.mustMostCharacters({ label, max }));
    }
    return this;
  }

  isoDate(field: string, label: Label, value: string | null | undefined): this {
    if (value != null && !isIsoDate(value)) {
      this.add(field, 'INVALID_DATE', messages.kernel.notValidDateFormat2018({ label }));
    }
    return this;
  }

  check(condition: boolean, field: string, code: string, message: Label): this {
    if (!condition) this.add(field, code, message);
    return this;
  }

  /** Throws a VALIDATION error listing every problem, if there is any. */
  done(): void {
    if (this.errors.length > 0) throw invalid(this.errors);
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
