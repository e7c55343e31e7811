import { CHINA_TIME_ZONE, type Locale } from '@rectify/domain';

// Dates are China Standard Time whatever the browser's zone: the ledger is kept and read in China.
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(value: string): { y: string; m: string; d: string; time: string | null } | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) return { y: dateOnly[1]!, m: dateOnly[2]!, d: dateOnly[3]!, time: null };
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return { y: p.year!, m: p.month!, d: p.day!, time: `${p.hour}:${p.minute}` };
}

/** A date as a Chinese reader writes it (2018年10月31日), or ISO (2018-10-31) in English. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const p = pieces(value);
  if (!p) return value;
  return locale === 'zh' ? `${p.y}年${Number(p.m)}月${Number(p.d)}日` : `${p.y}-${p.m}-${p.d}`;
}

/** A point in time with hours and minutes, in the same style as formatDate. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const p = pieces(value);
  if (!p) return value;
  return p.time ? `${formatDate(`${p.y}-${p.m}-${p.d}`, locale)} ${p.time}` : formatDate(value, locale);
}
