// Days counted since 1970-01-01, the generator's compact form of the ledger's (China time) calendar.
import { addDays, CHINA_OFFSET, daysBetween } from '@rectify/domain';

const DAY_ZERO = '1970-01-01';

export const dayOf = (isoDate: string): number => daysBetween(DAY_ZERO, isoDate);

export const isoDate = (day: number): string => addDays(DAY_ZERO, day);

/** `day` at `minutes` past midnight, as ISO 8601 with the China offset. */
export function cstTime(day: number, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoDate(day)}T${hh}:${mm}:00${CHINA_OFFSET}`;
}
