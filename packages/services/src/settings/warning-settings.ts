import { type Executor, settings } from '@rectify/db';
import { DEFAULT_WARNING_SETTINGS, type WarningSettings } from '@rectify/domain';
import { eq } from 'drizzle-orm';

export const WARNING_SETTINGS_KEY = 'warnings';

/** The lead times the office configured, or the defaults (20 days yellow; reminders at 20 and 10 days). */
export async function getWarningSettings(db: Executor): Promise<WarningSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, WARNING_SETTINGS_KEY));
  return { ...DEFAULT_WARNING_SETTINGS, ...(row?.value as Partial<WarningSettings> | undefined) };
}
