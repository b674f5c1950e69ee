import { AddressObject, simpleParser } from 'mailparser';
import { OutboxDirectory } from './directory';
import { graphErrors } from './graphErrors';
import { at, isText } from './jsonPath';
import { MessageLog } from './messageLog';
import { GraphAnswer, OutboxUser } from './outboxTypes';

/**
 * `POST /users/{id | userPrincipalName}/sendMail`: a JSON `message`, or (`Content-Type:
 * text/plain`) a whole MIME message in base64, read with mailparser. Every recipient must have a
 * mailbox in the directory; one message is recorded per recipient.
 */

interface MailContent {
  subject?: string;
  html?: string;
  text?: string;
  from?: string;
  to: string[];
}

const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}[\r\n]*$/;

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => entry.address || '')).filter(Boolean);
}

async function mimeContent(body: unknown): Promise<MailContent> {
  const text = typeof body === 'string' ? body.trim() : '';
  if (!text || !BASE64.test(text)) {
    throw graphErrors.invalidMime();
  }
  const parsed = await simpleParser(Buffer.from(text, 'base64'));
  return {
    subject: parsed.subject,
    html: typeof parsed.html === 'string' ? parsed.html : undefined,
    text: parsed.text,
    from: addressesOf(parsed.from)[0],
    to: [...addressesOf(parsed.to), ...addressesOf(parsed.cc), ...addressesOf(parsed.bcc)]
  };
}

function jsonContent(body: unknown): MailContent {
  const message = at(body, 'message');
  if (!message || typeof message !== 'object') {
    throw graphErrors.invalidRequest("Required property 'message' is missing.");
  }
  const recipients = ['toRecipients', 'ccRecipients', 'bccRecipients'].flatMap((name) => {
    const list = at(message, name);
    return Array.isArray(list) ? (list as unknown[]) : [];
  });
  const to = recipients.map((recipient) => at(recipient, 'emailAddress', 'address'));
  if (!to.every(isText)) {
    throw graphErrors.invalidRequest("Each recipient needs 'emailAddress.address'.");
  }
  const content = at(message, 'body', 'content');
  const isHtml = String(at(message, 'body', 'contentType') || '').toLowerCase() === 'html';
  const text = typeof content === 'string' ? content : undefined;
  const subject = at(message, 'subject');
  return { subject: typeof subject === 'string' ? subject : undefined, html: isHtml ? text : undefined, text: isHtml ? undefined : text, to: to as string[] };
}

function recipientsOrRefuse(directory: OutboxDirectory, addresses: string[]): OutboxUser[] {
  if (addresses.length === 0) {
    throw graphErrors.invalidRequest('The message has no recipients.');
  }
  return addresses.map((address) => {
    const user = directory.byMailbox(address);
    if (!user) {
      throw graphErrors.invalidRecipients(address);
    }
    return user;
  });
}

export async function sendMail(directory: OutboxDirectory, log: MessageLog, senderIdOrUpn: string, contentType: string, body: unknown): Promise<GraphAnswer> {
  const sender = directory.byIdOrUpn(senderIdOrUpn);
  if (!sender || !sender.mail) {
    throw graphErrors.mailboxNotFound(senderIdOrUpn);
  }
  const isMime = /^text\/plain\b/i.test(contentType);
  const content = isMime ? await mimeContent(body) : jsonContent(body);
  const recipients = recipientsOrRefuse(directory, content.to);
  recipients.forEach((recipient, index) => {
    log.record({ kind: 'mail', to: content.to[index], userId: recipient.id, subject: content.subject, html: content.html, text: content.text, from: content.from || sender.mail });
  });
  return { status: 202 };
}
