import { useCallback, useEffect, useState } from 'react';
import { useNotify } from 'react-admin';
import { loadOutboundChannels } from '../../providers/outbound-settings-api.js';
import { GroupRobotsCard } from './group-robots-card.js';
import { OutboundSettingsCard } from './outbound-settings-card.js';

type Channels = Awaited<ReturnType<typeof loadOutboundChannels>>;

/** The channels deliveries go out by: the mail server settings and the group robots, reloaded after each save. */
export function OutboundChannels() {
  const notify = useNotify();
  const [channels, setChannels] = useState<Channels | null>(null);
  // Bumped on each load so the settings form starts again from what the server now holds (password masked).
  const [version, setVersion] = useState(0);
  const load = useCallback(
    () =>
      loadOutboundChannels().then(
        (loaded) => {
          setChannels(loaded);
          setVersion((v) => v + 1);
        },
        (error: Error) => notify(error.message, { type: 'error' }),
      ),
    [notify],
  );
  useEffect(() => {
    void load();
  }, [load]);
  if (!channels) return null;
  return (
    <div data-testid="outbound-channels">
      <OutboundSettingsCard key={version} settings={channels.outboundSettings} onSaved={() => void load()} />
      <GroupRobotsCard robots={channels.groupRobots} onSaved={() => void load()} />
    </div>
  );
}
