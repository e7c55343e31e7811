import { useRecordContext, useTranslate } from 'react-admin';
import { RESOURCE_OF } from './audit-changes.js';

/** "task.assign" as "整改任务 · 分派"; an action the console has no words for shows as recorded. */
export function AuditAction() {
  const event = useRecordContext<{ action: string }>();
  const translate = useTranslate();
  if (!event) return null;
  const [entity = '', verb = ''] = event.action.split('.');
  const resource = RESOURCE_OF[entity] ?? entity;
  const subject = translate(`resources.${resource}.name`, { smart_count: 1, _: entity });
  return (
    <span
      title={event.action}
    >{`${subject} · ${translate(`rectify.audit.verbs.${verb}`, { _: verb })}`}</span>
  );
}
