import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * The page for an address the console does not know. react-admin's own appends "." to the message, which
 * after a Chinese sentence reads "。."; the message here keeps its own punctuation.
 */
export function NotFound() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 6 }} data-testid="not-found">
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('ra.page.not_found')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate('ra.message.not_found')}</Typography>
      <Button variant="contained" onClick={() => window.history.back()}>
        {translate('ra.action.back')}
      </Button>
    </Box>
  );
}
