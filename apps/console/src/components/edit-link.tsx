import EditIcon from '@mui/icons-material/Edit';
import { Button, Link, useCreatePath, useRecordContext, useResourceContext } from 'react-admin';

/**
 * A plain link to the edit page, shown by the caller's synchronous permission check: react-admin's
 * EditButton asks canAccess again, asynchronously, and would pop in a moment after the page.
 */
export function EditLink() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource, id: record.id, type: 'edit' })}
      label="ra.action.edit"
      data-testid="edit"
    >
      <EditIcon />
    </Button>
  );
}
