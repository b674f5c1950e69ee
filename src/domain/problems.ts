/**
 * A rule a person broke, as the domain reports it: `code` names the rule so each surface can say
 * it in the page's language, `args` fill that sentence, and `message` is the English sentence for
 * logs, the CLI and callers without translations.
 */
export interface RuleProblem<Code extends string = string> {
  code: Code;
  message: string;
  /** The field (forms) or column (imports) concerned. */
  field?: string;
  /** Values the sentence names (a plan's title, a file's name, a size). */
  args?: Readonly<Record<string, string | number>>;
}
