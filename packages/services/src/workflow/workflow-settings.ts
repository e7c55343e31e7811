import { type Executor, settings } from '@rectify/db';
import { addDays, daysBetween, type IsoDate, type ReportingCadence, weekStartOf } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { getWarningSettings, WARNING_SETTINGS_KEY } from '../settings/warning-settings.js';

// The cadences are a domain enum (labels shown by the console too).

export const REPORTING_SETTINGS_KEY = 'reporting';

export interface ReportingSettings {
  cadence: ReportingCadence;
}

export const DEFAULT_REPORTING_SETTINGS: ReportingSettings = { cadence: 'WEEKLY' };

/** Two-week periods count from this Monday, so that every reader agrees on where a period starts. */
const BIWEEKLY_ANCHOR = '2018-01-01';

/** The first day of the reporting period that holds `date`: its Monday, every other Monday, or the 1st. */
export function periodStartOf(cadence: ReportingCadence, date: IsoDate): IsoDate {
  if (cadence === 'MONTHLY') return `${date.slice(0, 8)}01`;
  const monday = weekStartOf(date);
  if (cadence === 'WEEKLY') return monday;
  const weeks = daysBetween(BIWEEKLY_ANCHOR, monday) / 7;
  if (((weeks % 2) + 2) % 2 === 0) return monday;
  return addDays(monday, -7);
}

/** A setting's value and the version an update must state (1 while the defaults apply). */
async function readSetting<T extends object>(
  db: Executor,
  key: string,
  defaults: T,
): Promise<T & { version: number }> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  const value = (row?.value ?? {}) as Partial<T> & { version?: number };
  return { ...defaults, ...value, version: value.version ?? 1 };
}

export const getReportingSettings = (db: Executor) =>
  readSetting<ReportingSettings>(db, REPORTING_SETTINGS_KEY, DEFAULT_REPORTING_SETTINGS);

/** Every setting of the workflow, as of now. */
export async function getWorkflowSettings(db: Executor) {
  const warnings = await getWarningSettings(db);
  const [row] = await db.select().from(settings).where(eq(settings.key, WARNING_SETTINGS_KEY));
  const warningsVersion = (row?.value as { version?: number } | undefined)?.version ?? 1;
  return {
    warnings: {
      yellowDays: warnings.yellowDays,
      reminderDays: [...warnings.reminderDays],
      version: warningsVersion,
    },
    reporting: await getReportingSettings(db),
  };
}
