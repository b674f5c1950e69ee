import { SpError } from '../errors';

/**
 * SharePoint's refusals for files (SHAREPOINT-REST.md §3 shapes). Sources: an existing name is
 * 400 `-2130575257` "A file with the name <web-relative path> already exists. It was last
 * modified by <login> on <date>." (nittygritty-uk/Atvero-Issues#214, SPO via PnPjs); a missing
 * file is 404 `-2130575338` "The file <server-relative path> does not exist." (pnp/pnpjs#1659);
 * a missing folder is 404 `System.IO.FileNotFoundException` "File Not Found." (sp-dev-docs#4944).
 * The invalid-name text is SharePoint's CSOM message; its REST code was not found in a primary
 * source, so the generic SPException code stands in for it.
 */

const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `01 Feb 2019 06:35:27 +0000`, as SharePoint writes the time in the "already exists" message. */
function messageDate(instant: string): string {
  const date = new Date(instant);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

export const fileErrors = {
  exists: (webRelativePath: string, loginName: string, modified: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${webRelativePath} already exists. It was last modified by ${loginName} on ${messageDate(modified)}.`),
  notFound: (serverRelativePath: string): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${serverRelativePath} does not exist.`),
  folderNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  invalidName: (): SpError =>
    new SpError(400, SP_EXCEPTION, 'The file or folder name contains characters that are not permitted.  Please use a different name.'),
  /** Status and text recorded from SharePoint Online in public probes; the code is not confirmed. */
  itemPostToLibrary: (): SpError =>
    new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'To add an item to a document library, use SPFileCollection.Add()'),
  notALibrary: (title: string): SpError =>
    new SpError(400, SP_EXCEPTION, `Files can only be added to a document library; '${title}' is a list.`),
  /**
   * SharePoint's text for a message over its limit (the store's JSON limit error), naming the
   * store's own limit for one upload. SharePoint Online takes up to 250 MB in one request and
   * larger files in chunks; the tracker never sends more than 10 MB.
   */
  tooBig: (limit: number): SpError =>
    new SpError(400, CLIENT_QUERY, `The request message is too big. The server does not allow messages larger than ${limit} bytes. (The embedded store accepts files of up to ${limit / 1048576} MB in one upload.)`)
};
