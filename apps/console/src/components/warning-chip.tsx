import { Chip } from '@mui/material';
import { WarningLevel } from '@rectify/domain';
import { type FieldProps, useFieldValue } from 'react-admin';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

// The colours Chinese offices use: green on track, yellow near the deadline, red overdue.
const COLOURS: Record<WarningLevel, { bg: string; fg: string }> = {
  GREEN: { bg: '#e3f4e6', fg: '#1b6b2c' },
  YELLOW: { bg: '#fff4cc', fg: '#7a5a00' },
  RED: { bg: '#fde2e1', fg: '#a4161a' },
  NONE: { bg: '#eeeeee', fg: '#555555' },
};

export function WarningChip({ level }: { level: WarningLevel }) {
  const locale = useDomainLocale();
  const c = COLOURS[level];
  return (
    <Chip
      size="small"
      data-warning={level}
      label={WarningLevel.label(level, locale)}
      sx={{ bgcolor: c.bg, color: c.fg, fontWeight: 500 }}
    />
  );
}

export function WarningField(props: FieldProps) {
  const value = useFieldValue({ ...props, source: props.source ?? 'warning' }) as WarningLevel | undefined;
  return value ? <WarningChip level={value} /> : null;
}
