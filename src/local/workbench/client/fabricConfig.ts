/**
 * Fluent's page-wide settings, set before any Fluent module loads: the workbench client imports
 * this module first, and it imports nothing. `@fluentui/theme` registers Segoe UI's @font-face
 * rules from `FabricConfig.fontBaseUrl` as soon as it loads, from Microsoft's CDN unless told
 * otherwise, which the page's Content-Security-Policy refuses (and local mode asks nothing of the
 * internet). An empty base URL registers none: the page uses Segoe UI where the machine has it
 * and the theme's fallback fonts elsewhere. (The icon fonts are another matter: workbenchIcons.ts
 * names their base URL.) On SharePoint the page has set this up already.
 */
interface FabricConfigWindow {
  FabricConfig?: { fontBaseUrl?: string };
}

// globalThis is the page's window (and this module type-checks with the Node code too).
const host = globalThis as unknown as FabricConfigWindow;
host.FabricConfig = { ...host.FabricConfig, fontBaseUrl: '' };
