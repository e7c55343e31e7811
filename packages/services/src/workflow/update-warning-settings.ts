import { DEFAULT_WARNING_SETTINGS, type WarningSettings } from '@rectify/domain';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
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
      .check(
        dayCount(input.yellowDays, 0),
        'yellowDays',
        'OUT_OF_RANGE',
        messages.workflow.mustWholeNumber0365({ yellowDaysField: SETTINGS_FIELDS.yellowDays }),
      )
      .check(
        days.length >= 1 && days.length <= 5 && days.every((d) => dayCount(d, 1)),
        'reminderDays',
        'OUT_OF_RANGE',
        messages.workflow.must15WholeNumbers({ reminderDaysField: SETTINGS_FIELDS.reminderDays }),
      )
      .check(
        new Set(days).size === days.length,
        'reminderDays',
        'DUPLICATE',
        messages.workflow.mustNotRepeat({ reminderDaysField: SETTINGS_FIELDS.reminderDays }),
      )
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
