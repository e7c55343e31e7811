import { type FieldProps, useFieldValue } from 'react-admin';
import { formatDate, formatDateTime } from '../i18n/format-date.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

/** A date in the reader's style: 2018年10月31日 in Chinese, 2018-10-31 in English. */
export function DateField(props: FieldProps & { showTime?: boolean }) {
  const value = useFieldValue(props) as string | null | undefined;
  const locale = useDomainLocale();
  return <span>{props.showTime ? formatDateTime(value, locale) : formatDate(value, locale)}</span>;
}
