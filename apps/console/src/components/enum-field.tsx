import { Chip } from '@mui/material';
import { type FieldProps, useFieldValue } from 'react-admin';
import { type DomainEnum, useDomainLocale } from '../i18n/use-domain-locale.js';

/** An enum value shown with the domain's label (never retyped here); lists render as chips. */
export function EnumField<V extends string>(props: FieldProps & { enum: DomainEnum<V> }) {
  const value = useFieldValue(props) as V | V[] | null | undefined;
  const locale = useDomainLocale();
  if (value == null) return null;
  if (Array.isArray(value)) {
    return (
      <>
        {value.map((v) => (
          <Chip key={v} size="small" label={props.enum.labels[v]?.[locale] ?? v} sx={{ mr: 0.5, mb: 0.5 }} />
        ))}
      </>
    );
  }
  return <span>{props.enum.labels[value]?.[locale] ?? value}</span>;
}
