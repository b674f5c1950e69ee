import { IsoDate } from '../../../domain/model';

/** What the workbench server puts in the page for the client bundle: what a SharePoint page gives the web part class. */
export interface WorkbenchPageConfig {
  /** `/sites/tracker`: the store, proxied on the workbench's own origin. */
  sitePath: string;
  /** The signed-in person, as `pageContext.user` gives them. */
  user: { name: string; email: string };
  today: IsoDate;
  /** The instant the page was made, on local mode's clock (ms since 1970): the page's clock runs on from it. */
  nowMs: number;
  /** The web part's properties, as its property pane would have set them. */
  properties: Record<string, string>;
  /** The web part's strings for the chosen language, as SharePoint would load them. */
  strings: unknown;
  /** The host's theme, as Teams names it (`default`, `dark`, `contrast`). */
  theme: string;
  /** A Teams deep link's sub-entity id, as the workbench's `?subEntityId=` gives it (My milestones). */
  subEntityId?: string;
}
