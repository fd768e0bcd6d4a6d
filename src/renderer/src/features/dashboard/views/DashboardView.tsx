import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSystemStore } from '../../system/store';
import { OrdersByStatusChart } from '../components/OrdersByStatusChart';
import { StatCard } from '../components/StatCard';
import { useDashboardSummary } from '../hooks/useDashboardSummary';
import { RetryAlert } from '../../../components/RetryAlert';

/** The landing page: the store at a glance. */
export function DashboardView() {
  const database = useSystemStore((state) => state.status?.database);
  const { state, reload } = useDashboardSummary();

  return (
    <Stack spacing={3} component="section" aria-labelledby="dashboard-title">
      <Typography id="dashboard-title" variant="h4" component="h1">
        Dashboard
      </Typography>
      {database && database.status !== 'connected' && (
        <Alert severity={database.status === 'failed' ? 'error' : 'warning'}>
          The database is not connected, so store data cannot be shown. The status bar below says why and updates on its own.
        </Alert>
      )}
      {state.kind === 'loading' && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={20} />
          <Typography>Loading the store's figures…</Typography>
        </Stack>
      )}
      {state.kind === 'failed' && (
        <RetryAlert onRetry={reload}>Could not load the figures: {state.message}</RetryAlert>
      )}
      {state.kind === 'ready' && state.summary.products.total === 0 && (
        <Alert severity="info">
          The catalog is empty. Add products under Catalog, or fill a test store with <code>npm run seed -- --scale demo</code>.
        </Alert>
      )}
      {state.kind === 'ready' && (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
            <StatCard
              label="Products"
              value={state.summary.products.total}
              detail={`${state.summary.products.byStatus.published.toLocaleString()} published · ${state.summary.products.byStatus.draft.toLocaleString()} draft · ${state.summary.products.byStatus.archived.toLocaleString()} archived`}
            />
            <StatCard
              label="Low or out of stock"
              value={state.summary.products.byStock.low_stock + state.summary.products.byStock.out_of_stock}
              detail={`${state.summary.products.byStock.low_stock.toLocaleString()} low · ${state.summary.products.byStock.out_of_stock.toLocaleString()} out`}
            />
            {state.summary.orders && <StatCard label="Orders" value={state.summary.orders.total} detail={`${state.summary.orders.byStatus.pending.toLocaleString()} pending`} />}
            {state.summary.reviewsAwaitingModeration !== null && <StatCard label="Reviews to moderate" value={state.summary.reviewsAwaitingModeration} />}
            {state.summary.customers !== null && <StatCard label="Customers" value={state.summary.customers} />}
          </Box>
          {state.summary.orders &&
            (state.summary.orders.total > 0 ? (
              <OrdersByStatusChart byStatus={state.summary.orders.byStatus} />
            ) : (
              <Typography color="text.secondary">No orders yet: the chart of orders by status appears with the first one.</Typography>
            ))}
        </>
      )}
    </Stack>
  );
}
