import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { saveGeneratedFile } from '../../providers/files.js';
import { request } from '../../providers/graphql-client.js';
import { EXPORT_LEDGER, type SheetKind } from './spreadsheet-queries.js';

/** Downloads one of the office's lists as .xlsx; the API scopes it to what the user may read. */
export function ExportSheetButton({ kind, inspectionId }: { kind: SheetKind; inspectionId?: number | null }) {
  const can = useCan();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!can('ledger.export')) return null;
  const download = async () => {
    setBusy(true);
    try {
      const answer = await request(EXPORT_LEDGER, {
        kind,
        inspectionId: inspectionId ?? null,
      });
      saveGeneratedFile(answer.exportLedger);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={busy} data-export={kind}>
      {translate(`rectify.spreadsheet.export.${kind}`)}
    </Button>
  );
}
