/**
 * Where the workbench serves the MDL2 icon fonts that @fluentui/font-icons-mdl2 ships, on its own
 * origin: local mode asks no CDN for anything. The client bundle and the server take it from here.
 */
export const ICON_FONTS_PATH = '/workbench/icon-fonts/';
