import { SpError } from '../errors';

/**
 * SharePoint's refusals for files (SHAREPOINT-REST.md §3 shapes). Sources: an existing name is
 * 400 `-2130575257` "A file with the name <web-relative path> already exists. It was last
 * modified by <login> on <date>." (nittygritty-uk/Atvero-Issues#214, SPO via PnPjs); a missing
 * file is 404 `-2130575338` "The file <server-relative path> does not exist." (pnp/pnpjs#1659);
 * a missing folder is 404 `System.IO.FileNotFoundException` "File Not Found." (sp-dev-docs#4944);
 * an upload id with no session is 500 `-2146232832, …SPBITSSessionNotFoundException` "Error in the
 * application." (vgrem/office365-rest-python-client#856, SPO answering `UploadWithChecksum(uploadId=…)`
 * with no session started). The invalid-name text is SharePoint's CSOM message; its REST code was
 * not found in a primary source, so the generic SPException code stands in for it. Neither a
 * fragment sent at the wrong offset, nor a second start under an id in use, nor a chunked file
 * over the store's own limit has a SharePoint answer found in a public source: those three are
 * the store's own text under the generic SPException code (400).
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
   * store's own limit for one request carrying file bytes: an upload, or one fragment of a chunked
   * upload. SharePoint Online answers the same for a request over 262144000 bytes (250 MB;
   * s-KaiNet/spsave#79) and takes larger files in chunks; the tracker sends a file over 10 MB as
   * 10 MB fragments (`startUpload`, `continueUpload`, `finishUpload`), each held to this limit.
   */
  tooBig: (limit: number): SpError =>
    new SpError(400, CLIENT_QUERY, `The request message is too big. The server does not allow messages larger than ${limit} bytes. (The embedded store accepts files of up to ${limit / 1048576} MB in one upload.)`),
  uploadNotFound: (): SpError => new SpError(500, '-2146232832, Microsoft.SharePoint.Utilities.SPBITSSessionNotFoundException', 'Error in the application.'),
  uploadOffset: (sent: number, expected: number): SpError =>
    new SpError(400, SP_EXCEPTION, `The fragment's offset ${sent} does not match the upload session, which has received ${expected} bytes.`),
  uploadInUse: (): SpError => new SpError(400, SP_EXCEPTION, 'An upload session with this id has already been started.'),
  /** Names the store's limit for a whole file uploaded in chunks (MAX_CHUNKED_FILE_BYTES unless a test lowers it). */
  chunkedTooBig: (limit: number): SpError =>
    new SpError(400, SP_EXCEPTION, `The file is too big. The embedded store accepts files of up to ${limit} bytes (${Math.round((limit / 1048576) * 100) / 100} MB) in a chunked upload.`)
};
