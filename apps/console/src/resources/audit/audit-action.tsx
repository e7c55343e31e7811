import { type TranslateFunction, useRecordContext, useTranslate } from 'react-admin';
import { RESOURCE_OF } from './audit-changes.js';

/**
 * "task.assign" as "整改任务 · 分派": the record's kind, then the step — by the entity's own word for it when the
 * verb means something else there (a finding's `close`), else by the verb; one the console has no words for
 * shows as recorded.
 */
export function auditActionLabel(action: string, translate: TranslateFunction): string {
  const [entity = '', verb = ''] = action.split('.');
  const resource = RESOURCE_OF[entity] ?? entity;
  const subject = translate(`resources.${resource}.name`, { smart_count: 1, _: entity });
  const step = translate(`rectify.audit.actions.${entity}.${verb}`, {
    _: translate(`rectify.audit.verbs.${verb}`, { _: verb }),
  });
  return `${subject} · ${step}`;
}

export function AuditAction() {
  const event = useRecordContext<{ action: string }>();
  const translate = useTranslate();
  if (!event) return null;
  return <span title={event.action}>{auditActionLabel(event.action, translate)}</span>;
}
