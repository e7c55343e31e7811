// Calendar arithmetic on whole days since 1970-01-01, in China Standard Time as the ledger keeps dates.

const DAY_MS = 86_400_000;

export const dayOf = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `day` at `minutes` past midnight, as ISO 8601 with the +08:00 offset. */
export function cstTime(day: number, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoDate(day)}T${hh}:${mm}:00+08:00`;
}
