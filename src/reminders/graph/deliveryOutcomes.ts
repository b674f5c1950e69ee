import { DeliveryOutcome } from '../contracts';
import { graphErrorCode, graphErrorMessage, RequestResult } from './batchTypes';

/**
 * What a Graph answer means for a digest (DeliveryStatus): 2xx sent; 404 nobody to deliver to;
 * a sendActivityNotification 403 the notifier app missing for the person (send an e-mail instead);
 * a recipient without a mailbox unreachable; any other 4xx refused for good; a 5xx or no answer
 * unknown, since Graph may have delivered it.
 */

type Channel = DeliveryOutcome['channel'];

function outcome(key: string, channel: Channel, status: DeliveryOutcome['status'], detail?: string): DeliveryOutcome {
  return detail === undefined ? { key, channel, status } : { key, channel, status, detail };
}

function refusal(key: string, channel: Channel, status: number, body: unknown): DeliveryOutcome {
  const message = graphErrorMessage(body) || `Graph answered ${status}`;
  if (status === 404) {
    return outcome(key, channel, 'unreachable', message);
  }
  if (channel === 'Teams' && status === 403) {
    return outcome(key, channel, 'notInstalled', message);
  }
  if (channel === 'Email' && graphErrorCode(body) === 'ErrorInvalidRecipients') {
    return outcome(key, channel, 'unreachable', message);
  }
  return outcome(key, channel, 'failed', message);
}

export function deliveryOutcome(key: string, channel: Channel, result: RequestResult | undefined): DeliveryOutcome {
  if (!result) {
    return outcome(key, channel, 'unknown', 'The request was not sent');
  }
  if ('unknown' in result) {
    return outcome(key, channel, 'unknown', result.unknown);
  }
  const { status, body } = result.answered;
  if (status >= 200 && status < 300) {
    return outcome(key, channel, 'sent');
  }
  if (status >= 400 && status < 500) {
    return refusal(key, channel, status, body);
  }
  return outcome(key, channel, 'unknown', graphErrorMessage(body) || `Graph answered ${status}`);
}
