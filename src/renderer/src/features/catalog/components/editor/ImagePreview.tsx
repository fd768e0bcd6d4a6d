import { useState } from 'react';
import Box from '@mui/material/Box';
import BrokenImageIcon from '@mui/icons-material/BrokenImageOutlined';
import ImageIcon from '@mui/icons-material/ImageOutlined';

export type PreviewState = 'none' | 'loading' | 'loaded' | 'broken';

/** Whether the typed text is something an <img> can try. */
export const previewable = (url: string) => URL.canParse(url.trim());

/** The state of one URL's preview, kept per URL so a new link starts over. */
export function usePreviewState(url: string) {
  const [seen, setSeen] = useState<{ url: string; state: PreviewState } | null>(null);
  const trimmed = url.trim();
  const state: PreviewState = !previewable(trimmed) ? 'none' : seen?.url === trimmed ? seen.state : 'loading';
  return { state, loaded: () => setSeen({ url: trimmed, state: 'loaded' }), broken: () => setSeen({ url: trimmed, state: 'broken' }) };
}

const SIZE = 72;

/** A thumbnail of the image (decorative: the URL and alt text are the row's content). */
export function ImagePreview({ url, state, onLoad, onError }: { url: string; state: PreviewState; onLoad(): void; onError(): void }) {
  return (
    <Box
      sx={{
        width: SIZE,
        height: SIZE,
        flexShrink: 0,
        borderRadius: 1,
        border: 1,
        borderColor: state === 'broken' ? 'warning.main' : 'divider',
        bgcolor: 'action.hover',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        overflow: 'hidden',
        color: state === 'broken' ? 'warning.main' : 'text.secondary',
      }}
    >
      {state === 'broken' ? <BrokenImageIcon aria-hidden /> : state === 'none' ? <ImageIcon aria-hidden /> : null}
      {(state === 'loading' || state === 'loaded') && (
        <img
          key={url}
          src={url.trim()}
          alt=""
          referrerPolicy="no-referrer"
          onLoad={onLoad}
          onError={onError}
          style={{ width: '100%', height: '100%', objectFit: 'cover', display: state === 'loaded' ? 'block' : 'none' }}
        />
      )}
    </Box>
  );
}
