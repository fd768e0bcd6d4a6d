import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';

/** A section that is planned but not built yet; says so plainly. */
export function PlaceholderView({ title, plan }: { title: string; plan: string }) {
  return (
    <section aria-labelledby="section-title">
      <Typography id="section-title" variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Alert severity="info">
        <strong>Not built yet.</strong> {plan}
      </Alert>
    </section>
  );
}
