/** Quiet hours as China clock times `HH:MM`; a period may run past midnight (22:00–07:00). */
export interface QuietHours {
  start: string;
  end: string;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** When a message due at `now` may go: `now`, or the end of the quiet period `now` falls in (China time). */
export function sendableAt(now: Date, quiet: QuietHours | null): Date {
  if (!quiet || quiet.start === quiet.end) return now;
  const china = now.getTime() + CHINA_OFFSET_MS;
  const dayStart = Math.floor(china / DAY_MS) * DAY_MS;
  const minute = (china - dayStart) / 60_000;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const wraps = start > end;
  const inQuiet = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inQuiet) return now;
  // The end is today's end time, or tomorrow's when the period started before midnight.
  const endDay = wraps && minute >= start ? dayStart + DAY_MS : dayStart;
  return new Date(endDay + end * 60_000 - CHINA_OFFSET_MS);
}
