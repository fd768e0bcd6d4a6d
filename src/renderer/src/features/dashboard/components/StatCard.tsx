import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A number with its label and a line of detail under it. */
export function StatCard({ label, value, detail }: { label: string; value: number; detail?: ReactNode }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={0.5}>
          <Typography variant="overline" color="text.secondary" component="h2">
            {label}
          </Typography>
          <Typography variant="h4" component="p">
            {value.toLocaleString()}
          </Typography>
          {detail && (
            <Typography variant="body2" color="text.secondary" component="div">
              {detail}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
