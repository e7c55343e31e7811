import type { Role } from '@rectify/domain';
import { createElement } from 'react';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { canAccessResource } from '../access/resource-access.js';
import { NAVIGATION } from './navigation.js';

/** The menu entries the signed-in role is offered. */
export function Menu() {
  const { permissions: role } = usePermissions<Role | null>();
  const translate = useTranslate();
  return (
    <RaMenu>
      {NAVIGATION.filter((e) => canAccessResource(role, e.resource, 'list')).map((e) => (
        <RaMenu.Item
          key={e.resource}
          to={e.to}
          data-nav={e.resource}
          primaryText={translate(`resources.${e.resource}.name`, { smart_count: 2 })}
          leftIcon={createElement(e.icon)}
        />
      ))}
    </RaMenu>
  );
}
