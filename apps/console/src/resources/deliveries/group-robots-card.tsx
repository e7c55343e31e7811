import {
  Alert,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useGetList, useNotify, useTranslate } from 'react-admin';
import { useAct } from '../../components/use-loaded.js';
import {
  deleteGroupRobot,
  type GroupRobot,
  saveGroupRobot,
  setGroupRobotActive,
} from '../../providers/outbound-settings-api.js';
import { errorsByField } from './field-errors.js';

const CHANNELS = ['WECOM', 'DINGTALK'] as const;
const BLANK = {
  id: null as number | null,
  name: '',
  channel: 'WECOM' as (typeof CHANNELS)[number],
  url: '',
  secret: '',
  unitId: '',
  leaderId: '',
};

/**
 * 群机器人: the list (address masked, whether a 加签 secret is stored, posting or paused) and one form to add or
 * change a robot; each robot is paused, resumed or deleted (asking first) from its row. On a change a blank
 * address or secret keeps the stored one, and the form never sends `active`, so an edit keeps a robot paused
 * or posting as it is. A robot posts for one unit or one leader. Shown with `delivery.manage`, which every
 * action here needs.
 */
export function GroupRobotsCard({ robots, onSaved }: { robots: readonly GroupRobot[]; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [form, setForm] = useState(BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<GroupRobot | null>(null);
  const { data: units } = useGetList('units', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: leaders } = useGetList('leaders', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: e.target.value });
  const edit = (robot: GroupRobot) =>
    setForm({
      id: robot.id,
      name: robot.name,
      channel: robot.channel,
      url: '',
      secret: '',
      unitId: robot.unitId == null ? '' : String(robot.unitId),
      leaderId: robot.leaderId == null ? '' : String(robot.leaderId),
    });
  const save = async () => {
    const result = await saveGroupRobot({
      ...(form.id == null ? {} : { id: form.id }),
      name: form.name.trim(),
      channel: form.channel,
      // Omitted on a change: the server keeps the stored address and secret.
      ...(form.url || form.id == null ? { url: form.url.trim() } : {}),
      ...(form.secret ? { secret: form.secret } : {}),
      unitId: form.unitId === '' ? null : Number(form.unitId),
      leaderId: form.leaderId === '' ? null : Number(form.leaderId),
    });
    setErrors(errorsByField(result.errors));
    if (result.errors.length === 0) {
      notify('rectify.outbound.robotSaved', { type: 'info' });
      setForm(BLANK);
      onSaved();
    }
  };
  /** Runs a row's action, says `done` or the refusal, and reloads the list. */
  const act = useAct(onSaved);
  const remove = (robot: GroupRobot) => {
    setRemoving(null);
    if (form.id === robot.id) setForm(BLANK);
    void act(() => deleteGroupRobot(robot.id), 'rectify.outbound.robotRemoved');
  };
  const text = (
    key: 'name' | 'url' | 'secret',
    extra: Partial<React.ComponentProps<typeof TextField>> = {},
  ) => (
    <TextField
      size="small"
      label={translate(`rectify.outbound.robot.${key}`)}
      value={form[key]}
      onChange={set(key)}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? extra.helperText}
      slotProps={{ htmlInput: { 'data-field': `robot-${key}` } }}
      {...extra}
    />
  );
  const select = (
    key: 'unitId' | 'leaderId',
    options: readonly { id: number; name: string }[] | undefined,
  ) => (
    <TextField
      select
      size="small"
      sx={{ minWidth: 200 }}
      label={translate(`rectify.outbound.robot.${key}`)}
      value={form[key]}
      onChange={set(key)}
      error={Boolean(errors[key])}
      helperText={errors[key]}
    >
      <MenuItem value="">—</MenuItem>
      {(options ?? []).map((o) => (
        <MenuItem key={o.id} value={String(o.id)}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );
  const owner = (robot: GroupRobot) =>
    units?.find((u) => u.id === robot.unitId)?.name ??
    leaders?.find((l) => l.id === robot.leaderId)?.name ??
    '—';
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="group-robots">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('rectify.outbound.robots')}
        </Typography>
        {robots.length > 0 && (
          <Table size="small" sx={{ mb: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('rectify.outbound.robot.name')}</TableCell>
                <TableCell>{translate('rectify.outbound.robot.channel')}</TableCell>
                <TableCell>{translate('rectify.outbound.robot.url')}</TableCell>
                <TableCell>{translate('rectify.outbound.robot.secret')}</TableCell>
                <TableCell>{translate('rectify.outbound.robot.owner')}</TableCell>
                <TableCell>{translate('rectify.outbound.robot.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {robots.map((robot) => (
                <TableRow key={robot.id} data-robot={robot.name} data-robot-active={String(robot.active)}>
                  <TableCell>{robot.name}</TableCell>
                  <TableCell>{translate(`rectify.outbound.channel.${robot.channel}`)}</TableCell>
                  <TableCell>{robot.urlMasked}</TableCell>
                  <TableCell>
                    {translate(
                      robot.secretSet
                        ? 'rectify.outbound.robot.secretSet'
                        : 'rectify.outbound.robot.noSecret',
                    )}
                  </TableCell>
                  <TableCell>{owner(robot)}</TableCell>
                  <TableCell>
                    {translate(
                      robot.active ? 'rectify.outbound.robot.active' : 'rectify.outbound.robot.paused',
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => edit(robot)}>
                      {translate('ra.action.edit')}
                    </Button>
                    <Button
                      size="small"
                      data-robot-toggle
                      onClick={() =>
                        void act(
                          () => setGroupRobotActive(robot, !robot.active),
                          robot.active ? 'rectify.outbound.robotPaused' : 'rectify.outbound.robotResumed',
                        )
                      }
                    >
                      {translate(
                        robot.active ? 'rectify.outbound.robot.pause' : 'rectify.outbound.robot.resume',
                      )}
                    </Button>
                    <Button size="small" color="error" data-robot-remove onClick={() => setRemoving(robot)}>
                      {translate('rectify.outbound.robot.remove')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {errors[''] && <Alert severity="error">{errors['']}</Alert>}
        <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
          {text('name')}
          <TextField
            select
            size="small"
            label={translate('rectify.outbound.robot.channel')}
            value={form.channel}
            onChange={set('channel')}
          >
            {CHANNELS.map((c) => (
              <MenuItem key={c} value={c}>
                {translate(`rectify.outbound.channel.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          {text('url', {
            sx: { minWidth: 360 },
            helperText: form.id == null ? undefined : translate('rectify.outbound.robot.keepUrl'),
          })}
          {text('secret', { type: 'password', autoComplete: 'new-password' })}
          {select('unitId', units)}
          {select('leaderId', leaders)}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button variant="contained" onClick={() => void save()}>
            {translate(form.id == null ? 'rectify.outbound.robot.add' : 'ra.action.save')}
          </Button>
          {form.id != null && <Button onClick={() => setForm(BLANK)}>{translate('ra.action.cancel')}</Button>}
        </Stack>
      </CardContent>
      <Confirm
        isOpen={removing != null}
        title="rectify.outbound.robot.removeTitle"
        content="rectify.outbound.robot.removeConfirm"
        translateOptions={{ name: removing?.name ?? '' }}
        confirm="rectify.outbound.robot.remove"
        onConfirm={() => removing && remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
