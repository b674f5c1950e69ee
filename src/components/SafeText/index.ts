export { SafeText, preloadSanitizer } from './SafeText';
export type { ISafeTextProps } from './SafeText';
