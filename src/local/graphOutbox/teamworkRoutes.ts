import { ACTIVITY_TYPES, isActivityType } from '../../teams/teamsApps';
import { OutboxDirectory } from './directory';
import { graphErrors } from './graphErrors';
import { at, isText } from './jsonPath';
import { MessageLog } from './messageLog';
import { GraphAnswer, OutboxUser } from './outboxTypes';

/** `GET /users/{id}/teamwork/installedApps` and `POST /users/{id | upn}/teamwork/sendActivityNotification`. */

const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

function userOrNotFound(directory: OutboxDirectory, idOrUpn: string): OutboxUser {
  const user = directory.byIdOrUpn(idOrUpn);
  if (!user) {
    throw graphErrors.userNotFound(idOrUpn);
  }
  return user;
}

/** Installations of the person's apps; `$filter=teamsApp/externalId eq '…'` and `$expand=teamsApp`. */
export function installedApps(directory: OutboxDirectory, idOrUpn: string, query: URLSearchParams): GraphAnswer {
  const user = userOrNotFound(directory, idOrUpn);
  let externalIds = user.installedApps;
  const filter = query.get('$filter');
  if (filter) {
    const match = /^\s*teamsApp\/externalId\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
    if (!match) {
      throw graphErrors.badRequest(`Invalid filter clause: '${filter}'. The outbox answers "teamsApp/externalId eq '…'".`);
    }
    const wanted = match[1].replace(/''/g, "'").toLowerCase();
    externalIds = externalIds.filter((id) => id.toLowerCase() === wanted);
  }
  const expand = (query.get('$expand') || '').split(',').map((name) => name.trim());
  const value = externalIds.map((externalId) => {
    const installation: Record<string, unknown> = { id: Buffer.from(`${user.id}##${externalId}`).toString('base64') };
    if (expand.indexOf('teamsApp') >= 0) {
      installation.teamsApp = { id: externalId, externalId, displayName: externalId, distributionMethod: 'organization' };
    }
    return installation;
  });
  return { status: 200, body: { '@odata.context': `${GRAPH_ROOT}/$metadata#users('${user.id}')/teamwork/installedApps`, value } };
}

interface ActivityBody {
  topic: { source: string; value: string; webUrl?: string };
  activityType: string;
  previewText: { content: string };
  templateParameters: Array<{ name: string; value: string }>;
}

/** The fields Graph requires, each named when missing. */
function checkedActivity(body: unknown): ActivityBody {
  const [source, value, webUrl] = [at(body, 'topic', 'source'), at(body, 'topic', 'value'), at(body, 'topic', 'webUrl')];
  if (!isText(source) || !isText(value)) {
    throw graphErrors.invalidRequest("Required property 'topic' (with 'source' and 'value') is missing.");
  }
  if (source === 'text' && !isText(webUrl)) {
    throw graphErrors.invalidRequest("Property 'topic.webUrl' is required when 'topic.source' is 'text'.");
  }
  if (isText(webUrl) && webUrl.length > 1024) {
    // Graph's own answer to a webUrl over 1,024 characters (M365-LIMITS.md, Teams).
    throw graphErrors.badRequest('UnknownError');
  }
  const activityType = at(body, 'activityType');
  if (!isText(activityType)) {
    throw graphErrors.invalidRequest("Required property 'activityType' is missing.");
  }
  const preview = at(body, 'previewText', 'content');
  if (typeof preview !== 'string') {
    throw graphErrors.invalidRequest("Required property 'previewText' (with 'content') is missing.");
  }
  const parameters = at(body, 'templateParameters') ?? [];
  if (!Array.isArray(parameters) || !parameters.every((parameter) => isText(at(parameter, 'name')) && typeof at(parameter, 'value') === 'string')) {
    throw graphErrors.invalidRequest("Property 'templateParameters' must be a list of { name, value } strings.");
  }
  const topic = isText(webUrl) ? { source, value, webUrl } : { source, value };
  return { topic, activityType, previewText: { content: preview }, templateParameters: parameters as ActivityBody['templateParameters'] };
}

export function sendActivityNotification(directory: OutboxDirectory, log: MessageLog, notifierAppId: string, idOrUpn: string, body: unknown): GraphAnswer {
  const activity = checkedActivity(body);
  if (!isActivityType(activity.activityType)) {
    throw graphErrors.badRequest(`Activity type '${activity.activityType}' is not declared in the Teams app manifest. Declared activity types: ${ACTIVITY_TYPES.join(', ')}.`);
  }
  const user = userOrNotFound(directory, idOrUpn);
  if (user.installedApps.map((id) => id.toLowerCase()).indexOf(notifierAppId.toLowerCase()) < 0) {
    throw graphErrors.notInstalled(user.id);
  }
  log.record({
    kind: 'activity',
    to: user.userPrincipalName,
    userId: user.id,
    activityType: activity.activityType,
    topic: activity.topic,
    previewText: activity.previewText.content,
    templateParameters: activity.templateParameters
  });
  return { status: 204 };
}
