import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One headline figure: a label, the number, and a line beneath (a rate, a bar). */
export function StatCard({
  label,
  value,
  testId,
  tone,
  children,
}: {
  label: string;
  value: ReactNode;
  testId: string;
  tone?: 'error' | 'warning';
  children?: ReactNode;
}) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 200px', minWidth: 0 }} data-testid={testId}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography
          variant="h4"
          sx={{ my: 0.5, color: tone ? `${tone}.main` : undefined }}
          className="figure"
        >
          {value}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
