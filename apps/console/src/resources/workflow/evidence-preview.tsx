import { Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { type EvidenceRecord, fetchEvidence } from '../../providers/files.js';

type Preview = 'image' | 'pdf';

/** What a browser shows by itself: photos and scans as images, PDFs in its own viewer; other types download. */
function previewOf(contentType: string): Preview | null {
  if (contentType === 'image/jpeg' || contentType === 'image/png') return 'image';
  return contentType === 'application/pdf' ? 'pdf' : null;
}

/**
 * An image or PDF evidence file shown inline: fetched with the session's token into an object URL (revoked when
 * the preview goes), since the browser cannot send the token when it follows a link itself.
 */
export function EvidencePreview({ evidence }: { evidence: EvidenceRecord }) {
  const translate = useTranslate();
  const preview = previewOf(evidence.contentType);
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!preview) return;
    let live = true;
    let objectUrl: string | null = null;
    fetchEvidence(evidence)
      .then((blob) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [evidence, preview]);
  if (!preview) return null;
  if (failed) {
    return (
      <Typography variant="caption" color="error">
        {translate('rectify.workflow.facts.previewFailed')}
      </Typography>
    );
  }
  if (!url) {
    return <CircularProgress size={20} aria-label={translate('rectify.workflow.facts.previewLoading')} />;
  }
  const frame = { display: 'block', width: '100%', border: 1, borderColor: 'divider', borderRadius: 1 };
  return preview === 'image' ? (
    <Box
      component="img"
      src={url}
      alt={evidence.fileName}
      data-preview="image"
      sx={{ ...frame, width: 'auto', maxWidth: '100%', maxHeight: 360, objectFit: 'contain' }}
    />
  ) : (
    <Box
      component="iframe"
      src={url}
      title={evidence.fileName}
      data-preview="pdf"
      data-content-type={evidence.contentType}
      sx={{ ...frame, height: 420 }}
    />
  );
}
