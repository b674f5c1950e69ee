import { errors } from './errors';

/** A request body as a JSON object; an empty body is `{}`, anything else that is not an object is SharePoint's "Invalid JSON". */
export function parseJsonBody(body: string): Record<string, unknown> {
  if (body.trim().length === 0) {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw errors.invalidJson();
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw errors.invalidJson();
  }
  return parsed as Record<string, unknown>;
}
