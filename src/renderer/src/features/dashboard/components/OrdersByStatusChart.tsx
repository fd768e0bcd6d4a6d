import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OrderStatus } from '@shared/enums';

const LABEL: Record<OrderStatus, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  processing: 'Processing',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

/** Where the orders stand in fulfilment; the table under it carries the same numbers for screen readers. */
export function OrdersByStatusChart({ byStatus }: { byStatus: Record<OrderStatus, number> }) {
  const theme = useTheme();
  const data = (Object.keys(LABEL) as OrderStatus[]).map((status) => ({ status: LABEL[status], orders: byStatus[status] }));
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom id="orders-by-status">
        Orders by status
      </Typography>
      <div role="img" aria-labelledby="orders-by-status" aria-describedby="orders-by-status-numbers" style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
            <XAxis dataKey="status" tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
            <Tooltip contentStyle={{ background: theme.palette.background.paper, border: `1px solid ${theme.palette.divider}` }} />
            <Bar dataKey="orders" fill={theme.palette.primary.main} radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography id="orders-by-status-numbers" variant="body2" color="text.secondary">
        {data.map((row) => `${row.status} ${row.orders.toLocaleString()}`).join(' · ')}
      </Typography>
    </Paper>
  );
}
