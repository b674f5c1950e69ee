import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';

/** WCAG 2.2 AA, as axe tags it (2.0, 2.1 and 2.2 rules at levels A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface AxeResult {
  violations: AxeViolation[];
  /** One line per violation and node, for a failure message a person can act on. */
  summary: string;
}

/** Runs axe on the page as it is now. */
export async function checkAccessibility(page: Page): Promise<AxeResult> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations: AxeViolation[] = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact || 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.join(' '))
  }));
  const summary = violations.length
    ? [`${violations.length} accessibility violation(s) on ${page.url()}:`,
      ...violations.map((v) => `- ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]\n    ${v.targets.slice(0, 10).join('\n    ')}${v.targets.length > 10 ? `\n    … and ${v.targets.length - 10} more` : ''}`)].join('\n')
    : 'no accessibility violations';
  return { violations, summary };
}
