import { ClientCertificateCredential } from '@azure/identity';
import { GetAccessToken } from './graphMiddleware';

/** Graph's app-only scope: the permissions granted to the app (TeamsActivity.Send, Mail.Send, User.Read.All). */
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** The token the local Graph outbox accepts (it takes any bearer token). */
export const LOCAL_GRAPH_TOKEN = 'local-graph-outbox';

export interface GraphCertificateSettings {
  tenantId: string;
  clientId: string;
  /** A PEM file holding the private key and certificate… */
  certificatePath?: string;
  /** …or the PEM itself (from Key Vault or an app setting). */
  certificatePem?: string;
}

function requiredSetting(settings: GraphCertificateSettings, name: 'tenantId' | 'clientId'): string {
  const value = settings[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`The Graph credential needs ${name}`);
  }
  return value.trim();
}

/** App-only access with a certificate (no secret to leak or expire quietly), as a GetAccessToken. */
export function certificateGraphToken(settings: GraphCertificateSettings): GetAccessToken {
  const tenantId = requiredSetting(settings, 'tenantId');
  const clientId = requiredSetting(settings, 'clientId');
  if (!settings.certificatePath === !settings.certificatePem) {
    throw new Error('The Graph credential needs one of certificatePath and certificatePem');
  }
  const credential = settings.certificatePath
    ? new ClientCertificateCredential(tenantId, clientId, { certificatePath: settings.certificatePath })
    : new ClientCertificateCredential(tenantId, clientId, { certificate: settings.certificatePem as string });
  return async () => {
    const token = await credential.getToken(GRAPH_SCOPE);
    if (!token) {
      throw new Error('Microsoft Entra ID returned no token for Graph');
    }
    return token.token;
  };
}

/** The local outbox's token. */
export function localGraphToken(): GetAccessToken {
  return async () => LOCAL_GRAPH_TOKEN;
}
