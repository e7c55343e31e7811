import { DEFAULT_WARNING_SETTINGS, type WarningSettings } from '@rectify/domain';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { WARNING_SETTINGS_KEY } from '../settings/warning-settings.js';
import { writeSetting } from './settings-rules.js';
import { SETTINGS_FIELDS } from './workflow-labels.js';

export interface UpdateWarningSettingsInput {
  /** Yellow from this many days before the deadline (0–365). */
  yellowDays: number;
  /** Reminders this many days before the deadline, e.g. [20, 10] (1–5 distinct values of 1–365). */
  reminderDays: number[];
  /** The version read. */
  version: number;
}

const dayCount = (n: unknown, min: number) =>
  Number.isInteger(n) && (n as number) >= min && (n as number) <= 365;

/** The office sets the warning lead times; every later read colours and reminds by them. */
export const updateWarningSettings = defineUseCase(
  'settings.write',
  async (ctx, input: UpdateWarningSettingsInput): Promise<WarningSettings & { version: number }> => {
    const days = input.reminderDays ?? [];
    new Validator()
      .check(dayCount(input.yellowDays, 0), 'yellowDays', 'OUT_OF_RANGE', {
        zh: `${SETTINGS_FIELDS.yellowDays.zh}应为0至365的整数`,
        en: `${SETTINGS_FIELDS.yellowDays.en} must be a whole number from 0 to 365`,
      })
      .check(
        days.length >= 1 && days.length <= 5 && days.every((d) => dayCount(d, 1)),
        'reminderDays',
        'OUT_OF_RANGE',
        {
          zh: `${SETTINGS_FIELDS.reminderDays.zh}应为1至5个1至365的整数`,
          en: `${SETTINGS_FIELDS.reminderDays.en} must be 1 to 5 whole numbers from 1 to 365`,
        },
      )
      .check(new Set(days).size === days.length, 'reminderDays', 'DUPLICATE', {
        zh: `${SETTINGS_FIELDS.reminderDays.zh}不能重复`,
        en: `${SETTINGS_FIELDS.reminderDays.en} must not repeat`,
      })
      .done();
    return writeSetting<WarningSettings>(ctx.tx, ctx.actor, {
      key: WARNING_SETTINGS_KEY,
      defaults: DEFAULT_WARNING_SETTINGS,
      version: input.version,
      value: { yellowDays: input.yellowDays, reminderDays: [...days].sort((a, b) => b - a) },
      now: ctx.now(),
    });
  },
);
