/**
 * A web part's `*.module.scss` as the tests see it: jest maps it to identity-obj-proxy (each class
 * name is its own key), and a fresh clone has no generated `.module.scss.ts` until `gulp build`
 * writes one, so type-checking the tests must not depend on it.
 */
declare module '*.module.scss' {
  const styles: Record<string, string>;
  export default styles;
}
