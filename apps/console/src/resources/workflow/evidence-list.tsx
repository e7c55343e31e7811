import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Link } from '@mui/material';
import { useNotify } from 'react-admin';
import { downloadEvidence, type EvidenceRecord } from '../../providers/files.js';
import { EvidencePreview } from './evidence-preview.js';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Evidence files as download links (each fetched with the bearer token); with `preview`, images and PDFs are
 * also shown inline under their link.
 */
export function EvidenceList({ files, preview = false }: { files: EvidenceRecord[]; preview?: boolean }) {
  const notify = useNotify();
  if (files.length === 0) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="evidence">
      {files.map((e) => (
        <Box component="li" key={e.id} data-evidence={e.fileName} sx={{ mb: preview ? 1 : 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <AttachFileIcon fontSize="small" color="action" />
            <Link
              component="button"
              type="button"
              title={`sha256 ${e.sha256}`}
              onClick={() =>
                downloadEvidence(e).catch((error: Error) => notify(error.message, { type: 'error' }))
              }
            >
              {e.fileName}
            </Link>
            <Box component="span" sx={{ color: 'text.secondary', fontSize: 12 }}>
              {size(e.size)} · {e.uploadedByName}
            </Box>
          </Box>
          {preview && <EvidencePreview evidence={e} />}
        </Box>
      ))}
    </Box>
  );
}
