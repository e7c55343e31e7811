import { useRecordContext, useTranslate } from 'react-admin';
import { RESOURCE_OF } from './audit-changes.js';

/** The audited record's kind by its name ("整改任务"), not the API's ("task"). */
export function AuditEntity() {
  const event = useRecordContext<{ entity: string }>();
  const translate = useTranslate();
  if (!event) return null;
  const resource = RESOURCE_OF[event.entity] ?? event.entity;
  return (
    <span title={event.entity}>
      {translate(`resources.${resource}.name`, { smart_count: 1, _: event.entity })}
    </span>
  );
}
