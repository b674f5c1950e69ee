/**
 * Everything the dashboard needs once it is on a page, as one chunk ('dashboard-ui'): the root
 * component and the services with the report's use cases behind them. The web part class loads
 * it in onInit, so the bundle it shares with My updates carries none of it.
 */
export { Dashboard } from './components/Dashboard';
export { createDashboardServices, dashboardProps } from './dashboardProps';
