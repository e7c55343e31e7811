import DescriptionIcon from '@mui/icons-material/Description';
import { Button, Menu, MenuItem } from '@mui/material';
import { ReportFormat } from '@rectify/domain';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { canAccessResource } from '../access/resource-access.js';
import { useSessionUser } from '../access/use-can.js';
import { graphql } from '../graphql.js';
import { GeneratedFileFields, saveGeneratedFile } from '../providers/files.js';
import { request } from '../providers/graphql-client.js';

const REPORT = graphql(
  `query ProgressReport($inspectionId: Int!, $format: ReportFormat!) {
    progressReport(inspectionId: $inspectionId, format: $format) { ...GeneratedFile }
  }`,
  [GeneratedFileFields],
);

/** 整改进展情况通报 of the inspection, downloaded as Word, Markdown or printable HTML (office only). */
export function ReportButton({ inspectionId }: { inspectionId: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const user = useSessionUser();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canAccessResource(user?.role, 'progressReport', 'generate')) return null;

  const download = async (format: ReportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const { progressReport } = await request(REPORT, {
        inspectionId,
        format,
      });
      saveGeneratedFile(progressReport);
    } catch (error) {
      notify('documents.report.failed', {
        type: 'error',
        messageArgs: { message: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<DescriptionIcon />}
        disabled={busy}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
      >
        {translate('documents.report.button')}
      </Button>
      <Menu anchorEl={anchor} open={anchor != null} onClose={() => setAnchor(null)}>
        {ReportFormat.values.map((format) => (
          <MenuItem key={format} data-format={format} onClick={() => void download(format)}>
            {translate(`documents.report.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
