import { readFileSync } from 'fs';
import { join } from 'path';

/** The product's version, from the package.json two folders above src/reminders/graph (or the bundle's own). */
export function productVersion(): string {
  for (const path of [join(__dirname, '..', '..', '..', 'package.json'), join(__dirname, 'package.json')]) {
    try {
      const version = JSON.parse(readFileSync(path, 'utf8')).version;
      if (typeof version === 'string') {
        return version;
      }
    } catch {
      // not there: try the next place
    }
  }
  return '0.0.0';
}

/** `NONISV|<Company>|PerformanceTracker/<version>`, as Microsoft asks of ISV traffic to its services. */
export function reminderUserAgent(company: string, version = productVersion()): string {
  if (!company.trim() || /[|\r\n]/.test(company)) {
    throw new Error('company must be a name without "|" or line breaks (it goes into the User-Agent)');
  }
  return `NONISV|${company.trim()}|PerformanceTracker/${version}`;
}
