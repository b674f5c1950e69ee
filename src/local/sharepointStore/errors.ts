/**
 * SharePoint's error bodies (SHAREPOINT-REST.md §3). Every refusal the store makes is an
 * `SpError`; the HTTP layer renders it in the metadata level the client asked for, so PnPjs's
 * `HttpRequestError` carries the same text it would from SharePoint Online.
 */

/** An error SharePoint would answer with: HTTP status, `<hresult>, <exception type>` code and text. */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'SpError';
  }
}

const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';
const SP_EXCEPTION_HRESULT = '-2146232832, Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const CLIENT_SERVICE = '-1, Microsoft.SharePoint.Client.ClientServiceException';
const ARGUMENT = '-1, System.ArgumentException';
const UNAUTHORIZED = '-2147024891, System.UnauthorizedAccessException';

/** The HRESULTs SharePoint answers a failed form digest check with (see `securityValidation…` below). */
export const SECURITY_VALIDATION_CODES = { invalid: '-2130575251', timedOut: '-2130575252' };
const SECURITY_VALIDATION_TEXT = "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";

/** JSON light shape: `{"odata.error":{code,message:{lang,value}}}`; verbose puts the same under `error`. */
export function errorBody(error: SpError, verbose: boolean): string {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}

export const errors = {
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, ARGUMENT, `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  listIdNotFound: (): SpError =>
    new SpError(404, ARGUMENT, 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  listExists: (): SpError =>
    new SpError(500, SP_EXCEPTION_HRESULT, 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  itemNotFound: (): SpError =>
    new SpError(404, ARGUMENT, 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string): SpError =>
    new SpError(404, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`),
  duplicateField: (name: string): SpError =>
    new SpError(500, SP_EXCEPTION_HRESULT, `A duplicate field name "${name}" was found.`),
  /** `$select`/`$expand` naming a field the list does not have. */
  unknownProperty: (name: string): SpError =>
    new SpError(400, SP_EXCEPTION, `The field or property '${name}' does not exist.`),
  /** `$filter`/`$orderby` naming a column the list does not have. */
  unknownColumn: (name: string): SpError =>
    new SpError(400, SP_EXCEPTION_HRESULT, `Column '${name}' does not exist. It may have been deleted by another user.`),
  notExpanded: (field: string, base: string): SpError =>
    new SpError(400, SP_EXCEPTION, `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${base}.`),
  badQuery: (message: string): SpError => new SpError(400, SP_EXCEPTION, message),
  /** A body property the entity type does not define (including `__metadata` in JSON light). */
  unknownBodyProperty: (name: string, typeName: string): SpError =>
    new SpError(400, CLIENT_QUERY, `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  /**
   * SharePoint's text names the expected EDM type only; the store appends the property so a
   * developer sees which one (code matching on SharePoint's text with `indexOf` still matches).
   */
  wrongType: (edmType: string, property: string): SpError =>
    new SpError(400, CLIENT_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details. (property '${property}')`),
  badLiteral: (literal: string, edmType: string, property: string): SpError =>
    new SpError(400, CLIENT_QUERY, `Cannot convert the literal '${literal}' to the expected type '${edmType}'. (property '${property}')`),
  invalidJson: (): SpError => new SpError(400, CLIENT_QUERY, 'Invalid JSON. A token was not recognized in the JSON content.'),
  tooBig: (limit: number): SpError =>
    new SpError(400, CLIENT_QUERY, `The request message is too big. The server does not allow messages larger than ${limit} bytes.`),
  invalidLookup: (): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPInvalidLookupValuesException', 'Invalid look-up value. A look-up field contains invalid data. Please check the value and try again.'),
  userNotUnique: (): SpError => new SpError(400, SP_EXCEPTION_HRESULT, 'The user does not exist or is not unique.'),
  duplicateValues: (): SpError =>
    new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'),
  etagMismatch: (sent: string, current: string): SpError =>
    new SpError(412, CLIENT_SERVICE, `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`),
  throttled: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
  /**
   * A cookie-authenticated write without a valid `X-RequestDigest`: missing, forged, for another
   * person or site. SharePoint Online's body as reported in vgrem/phpSPO#61 (an upload without a
   * digest); SharePoint's own script names the code ERROR_TP_E_CANARYTAMPERED.
   */
  securityValidationInvalid: (): SpError => new SpError(403, `${SECURITY_VALIDATION_CODES.invalid}, Microsoft.SharePoint.SPException`, SECURITY_VALIDATION_TEXT),
  /**
   * The same write with a digest older than `FormDigestTimeoutSeconds`: SharePoint Online's body
   * as reported in pnp/pnpjs#2186 (the error starts 30 minutes after page load); code
   * ERROR_TP_E_CANARYTIMEDOUT.
   */
  securityValidationTimedOut: (): SpError => new SpError(403, `${SECURITY_VALIDATION_CODES.timedOut}, Microsoft.SharePoint.SPException`, SECURITY_VALIDATION_TEXT),
  /** A request SharePoint Online cannot authenticate. */
  unauthenticated: (): SpError =>
    new SpError(401, UNAUTHORIZED, 'Attempted to perform an unauthorized operation.', {
      'WWW-Authenticate': 'Bearer realm="tracker", client_id="00000003-0000-0ff1-ce00-000000000000"'
    }),
  accessDenied: (): SpError =>
    new SpError(403, UNAUTHORIZED, 'Access denied. You do not have permission to perform this action or access this resource.'),
  userNotFound: (logonName: string): SpError =>
    new SpError(500, SP_EXCEPTION_HRESULT, `The specified user ${logonName} could not be found.`),
  groupNotFound: (): SpError => new SpError(404, SP_EXCEPTION_HRESULT, 'Group cannot be found.'),
  siteUserNotFound: (): SpError => new SpError(404, SP_EXCEPTION_HRESULT, 'User cannot be found.'),
  noResource: (segment: string): SpError =>
    new SpError(404, CLIENT_SERVICE, `Cannot find resource for the request ${segment}.`),
  methodNotAllowed: (method: string): SpError =>
    new SpError(405, CLIENT_SERVICE, `The HTTP method '${method}' cannot be used on this resource.`),
  unexpected: (): SpError =>
    new SpError(500, '-2146233088, System.InvalidOperationException', 'An unexpected error occurred in the embedded SharePoint store; it has been logged.')
};
