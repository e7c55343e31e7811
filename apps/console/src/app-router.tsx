import { createHashRouter, RouterProvider } from 'react-router-dom';
import { App } from './app.js';

/**
 * The console's own hash router, so navigations are not React transitions. react-admin's default router
 * renders each navigation in a transition; on a signed-out open its logout navigates to #/login and in the
 * same tick clears the query cache, whose auth check (still mounted, urgent) fails again and logs out again,
 * interrupting the transition: the router pushed #/login hundreds of times before the form showed.
 * A data router, because forms warn about unsaved changes through its blocker.
 */
const router = createHashRouter([{ path: '*', element: <App /> }]);

export function AppRouter() {
  return <RouterProvider router={router} useTransitions={false} />;
}
