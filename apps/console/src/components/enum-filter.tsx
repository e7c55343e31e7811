import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

/** A domain enum as the console reads it: its values and each one's zh/en label. */
interface LabelledEnum<V extends string> {
  values: readonly V[];
  labels: Record<V, { zh: string; en: string }>;
}

interface EnumFilterProps<V extends string> {
  enumeration: LabelledEnum<V>;
  /** A translation key. */
  label: string;
  /** A translation key for the empty choice, which filters nothing. */
  all: string;
  value: V | '';
  onChange: (value: V | '') => void;
  /** Data attributes, which tests address it by. */
  dataProps?: Record<`data-${string}`, string | boolean>;
}

/** A select over a domain enum's labels with an "all" choice first: the state filter of a queue page. */
export function EnumFilter<V extends string>({
  enumeration,
  label,
  all,
  value,
  onChange,
  dataProps,
}: EnumFilterProps<V>) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  return (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value as V | '')}
      fullWidth={false}
      // "All" shows as the empty choice's label rather than an empty box.
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      sx={{ width: 200, mb: 2 }}
      {...dataProps}
    >
      <MenuItem value="">{translate(all)}</MenuItem>
      {enumeration.values.map((v) => (
        <MenuItem key={v} value={v}>
          {enumeration.labels[v][locale]}
        </MenuItem>
      ))}
    </TextField>
  );
}
