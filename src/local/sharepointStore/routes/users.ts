import { createHash } from 'crypto';
import { errors } from '../errors';
import { parseJsonBody } from '../jsonBody';
import { decorate, Entity, EntityMetadata } from '../metadata';
import { PathSegment } from '../pathSegments';
import { requireEdit, requireOwner } from '../permissions';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { SiteGroup, SiteUser } from '../storeTypes';
import { collectionResponse, entityResponse, metadataCollection, selectProperties } from './respond';

/**
 * People: `web/currentuser`, `web/siteusers` (by id, e-mail or login name; POST adds),
 * `web/getUserById(n)`, `web/ensureuser`, `web/sitegroups` (by id or name, with `users`) and
 * `web/associatedOwnerGroup|MemberGroup|VisitorGroup`.
 */

export function userEntity(user: SiteUser): Entity {
  return {
    Id: user.id,
    IsHiddenInUI: false,
    LoginName: user.loginName,
    Title: user.title,
    PrincipalType: 1,
    Email: user.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: user.isSiteAdmin,
    UserId: { NameId: createHash('sha1').update(user.email).digest('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: user.email
  };
}

function userMetadata(ctx: StoreContext, user: SiteUser): EntityMetadata {
  const path = `Web/GetUserById(${user.id})`;
  return { type: 'SP.User', uri: `${ctx.siteUrl}/_api/${path}`, editLink: path };
}

function groupEntity(group: SiteGroup): Entity {
  return {
    Id: group.id,
    IsHiddenInUI: false,
    LoginName: group.title,
    Title: group.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: group.description,
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: 'Tracker Owners',
    RequestToJoinLeaveEmailSetting: ''
  };
}

function groupMetadata(ctx: StoreContext, group: SiteGroup): EntityMetadata {
  const path = `Web/SiteGroups/GetById(${group.id})`;
  return { type: 'SP.Group', uri: `${ctx.siteUrl}/_api/${path}`, editLink: path };
}

function oneUser(ctx: StoreContext, req: ApiRequest, user: SiteUser | undefined): ApiResponse {
  if (!user) {
    throw errors.siteUserNotFound();
  }
  return entityResponse(ctx, req, decorate(req.level, selectProperties(userEntity(user), req.query.select), userMetadata(ctx, user)), 'SP.ApiData.Users/@Element');
}

function usersCollection(ctx: StoreContext, req: ApiRequest, users: SiteUser[]): ApiResponse {
  return collectionResponse(ctx, req, metadataCollection(req, users.map((user) => ({ entity: userEntity(user), meta: userMetadata(ctx, user) }))), 'SP.ApiData.Users');
}

function loginNameOf(req: ApiRequest): string {
  const body = parseJsonBody(req.body);
  const name = body.LoginName ?? body.logonName;
  if (typeof name !== 'string' || name.trim().length === 0) {
    throw errors.badQuery('A LoginName is needed.');
  }
  return name;
}

/** `segments` starts at `siteusers` (or at a group's `users`), with the group when there is one. */
function routeUsers(ctx: StoreContext, req: ApiRequest, segments: PathSegment[], group?: SiteGroup): ApiResponse {
  const [collection, next] = segments;
  const members = (): SiteUser[] => (group ? ctx.users.members(group.id) : ctx.users.all());
  if (collection.called) {
    return oneUser(ctx, req, ctx.users.byLoginName(String(collection.arg)));
  }
  if (!next) {
    if (req.method === 'POST') {
      requireOwner(req.role);
      const user = ctx.users.ensure(loginNameOf(req));
      if (group) {
        ctx.users.addToGroup(group.id, user.id);
      }
      return oneUser(ctx, req, user);
    }
    return usersCollection(ctx, req, members());
  }
  const inScope = (user: SiteUser | undefined): SiteUser | undefined => (user && members().some((member) => member.id === user.id) ? user : undefined);
  switch (next.lower) {
    case 'getbyid':
      return oneUser(ctx, req, inScope(ctx.users.byId(Number(next.arg))));
    case 'getbyemail':
      return oneUser(ctx, req, inScope(ctx.users.byEmail(String(next.arg))));
    case 'getbyloginname':
      return oneUser(ctx, req, inScope(ctx.users.byLoginName(String(next.arg))));
    case 'removebyid':
    case 'removebyloginname': {
      requireOwner(req.role);
      const user = next.lower === 'removebyid' ? ctx.users.byId(Number(next.arg)) : ctx.users.byLoginName(String(next.arg));
      if (!user || !group) {
        throw errors.siteUserNotFound();
      }
      ctx.users.removeFromGroup(group.id, user.id);
      return { status: 200, headers: {}, body: '' };
    }
    default:
      throw errors.noResource(next.name);
  }
}

function findGroup(ctx: StoreContext, segments: PathSegment[]): { group: SiteGroup; rest: PathSegment[] } {
  const [first, second, ...others] = segments;
  const associated: Record<string, 'owner' | 'member' | 'visitor'> = { associatedownergroup: 'owner', associatedmembergroup: 'member', associatedvisitorgroup: 'visitor' };
  if (associated[first.lower]) {
    return { group: ctx.users.groupOfRole(associated[first.lower]), rest: [second, ...others].filter(Boolean) };
  }
  if (first.called) {
    return { group: ctx.users.groupById(Number(first.arg)), rest: [second, ...others].filter(Boolean) };
  }
  if (second.lower === 'getbyname') {
    return { group: ctx.users.groupByName(String(second.arg)), rest: others };
  }
  if (second.lower === 'getbyid') {
    return { group: ctx.users.groupById(Number(second.arg)), rest: others };
  }
  throw errors.noResource(second.name);
}

/** Routes the people segments of `web/…`; `segments` starts at the segment after `web`. */
export function routePeople(ctx: StoreContext, req: ApiRequest, segments: PathSegment[]): ApiResponse {
  const first = segments[0];
  switch (first.lower) {
    case 'currentuser':
      return oneUser(ctx, req, req.user);
    case 'getuserbyid':
      return oneUser(ctx, req, ctx.users.byId(Number(first.arg)));
    case 'ensureuser': {
      if (req.method !== 'POST') {
        throw errors.methodNotAllowed(req.method);
      }
      requireEdit(req.role);
      return oneUser(ctx, req, ctx.users.ensure(loginNameOf(req)));
    }
    case 'siteusers':
      return routeUsers(ctx, req, segments);
    default: {
      if (segments.length === 1 && first.lower === 'sitegroups' && !first.called) {
        const groups = ctx.users.groups().map((group) => ({ entity: groupEntity(group), meta: groupMetadata(ctx, group) }));
        return collectionResponse(ctx, req, metadataCollection(req, groups), 'SP.ApiData.Groups');
      }
      const { group, rest } = findGroup(ctx, segments);
      if (rest.length === 0) {
        return entityResponse(ctx, req, decorate(req.level, selectProperties(groupEntity(group), req.query.select), groupMetadata(ctx, group)), 'SP.ApiData.Groups/@Element');
      }
      if (rest[0].lower !== 'users') {
        throw errors.noResource(rest[0].name);
      }
      return routeUsers(ctx, req, rest, group);
    }
  }
}
