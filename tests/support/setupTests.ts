import { setIconOptions } from '@fluentui/react/lib/Styling';

// SharePoint pages register Fluent UI's icon font; jsdom has none, so the icons stay unregistered.
setIconOptions({ disableWarnings: true });
