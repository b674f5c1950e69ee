export { SafeText } from './SafeText';
export type { ISafeTextProps } from './SafeText';
export { sanitizeRichText, plainText } from './sanitizeRichText';
