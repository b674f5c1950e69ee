import { errors } from '../errors';
import { SITE_PATH, StoreContext } from '../storeContext';
import { fileAt, fileBytes } from './fileStore';
import { fileEtag } from './fileShape';
import { readItem } from '../items/itemWriter';

/**
 * A file's bytes by its URL (`GET /sites/tracker/Evidence/minutes.pdf`), as a browser follows
 * an evidence link. The type comes from the extension; only images and PDFs open in the
 * browser, everything else downloads (`Content-Disposition: attachment`), and `nosniff` is
 * always sent, so an uploaded .html or .svg never runs script in the site's origin. `?download=1`
 * downloads any file, as on SharePoint.
 */

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  htm: 'text/html',
  html: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  zip: 'application/zip',
  msg: 'application/vnd.ms-outlook',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};

/** Types a browser shows without running anything: raster images and PDF (never SVG or HTML). */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);

export function contentTypeOfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/** `attachment; filename="a_b.pdf"; filename*=UTF-8''a%E2%80%93b.pdf` (RFC 6266 with an ASCII fallback). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The web-relative path of a request for a file (`Evidence/minutes.pdf`), or undefined when the
 * path is not a file's URL under the site (the site itself, `_api`, `_layouts`, …).
 */
export function downloadPathOf(pathname: string): string | undefined {
  const prefix = `${SITE_PATH}/`;
  if (pathname.toLowerCase().indexOf(prefix) !== 0) {
    return undefined;
  }
  const relative = pathname.slice(prefix.length);
  if (relative.length === 0 || relative.charAt(0) === '_' || relative.indexOf('/') < 0) {
    return undefined;
  }
  try {
    return decodeURIComponent(relative);
  } catch {
    throw errors.badQuery(`The URL '${pathname}' is not correctly encoded.`);
  }
}

export interface Download {
  headers: Record<string, string>;
  bytes: Buffer;
}

export function download(ctx: StoreContext, webRelativePath: string, forceDownload: boolean): Download {
  const file = fileAt(ctx, `${SITE_PATH}/${webRelativePath}`);
  const type = contentTypeOfName(file.name);
  const inline = INLINE.has(type) && !forceDownload;
  const version = readItem(ctx, file.list, file.itemId).version;
  return {
    headers: {
      'Content-Type': type,
      'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=0',
      ETag: fileEtag(file, version)
    },
    bytes: fileBytes(ctx, file)
  };
}
