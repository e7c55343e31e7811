import { ReportingCadence } from '@rectify/domain';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import { writeSetting } from './settings-rules.js';
import { SETTINGS_FIELDS } from './workflow-labels.js';
import {
  DEFAULT_REPORTING_SETTINGS,
  REPORTING_SETTINGS_KEY,
  type ReportingSettings,
} from './workflow-settings.js';

/** The office sets how often units report; a task without a report in the current period is flagged. */
export const updateReportingSettings = defineUseCase(
  'settings.write',
  async (
    ctx,
    input: { cadence: ReportingCadence; version: number },
  ): Promise<ReportingSettings & { version: number }> => {
    const v = new Validator().required('cadence', SETTINGS_FIELDS.cadence, input.cadence);
    checkEnum(v, 'cadence', SETTINGS_FIELDS.cadence, ReportingCadence, input.cadence);
    v.done();
    return writeSetting<ReportingSettings>(ctx.tx, ctx.actor, {
      key: REPORTING_SETTINGS_KEY,
      defaults: DEFAULT_REPORTING_SETTINGS,
      version: input.version,
      value: { cadence: input.cadence },
      now: ctx.now(),
    });
  },
);
