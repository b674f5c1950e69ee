import { initializeIcons } from '@fluentui/react/lib/Icons';
import { ICON_FONTS_PATH } from './iconFonts';

/**
 * Fluent's MDL2 icons for the workbench page, registered as SharePoint registers them for every
 * page that hosts a web part (which is why the web part never does): all of them, from the icon
 * fonts, so every icon a Fluent component names for itself (MessageBar's Info, ErrorBadge,
 * Completed…, its Clear button, Checkbox's CheckMark, a menu button's ChevronDown) shows as it
 * does on SharePoint, whatever component the web part adds. Each font (7–16 KB) is fetched from
 * the workbench the first time one of its icons is drawn.
 */
initializeIcons(ICON_FONTS_PATH);
