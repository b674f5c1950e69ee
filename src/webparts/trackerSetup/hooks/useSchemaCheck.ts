import * as React from 'react';
import { ISiteSchemaReader } from '../../../data/ISiteSchemaReader';
import { checkSiteSchema, ListCheck } from '../../../data/schemaCheck';

export type SchemaCheckState =
  | { phase: 'loading' }
  | { phase: 'ready'; checks: ListCheck[] }
  | { phase: 'failed'; error: Error };

/** Reads the site's lists once and compares them with the schema. */
export function useSchemaCheck(reader: ISiteSchemaReader): SchemaCheckState {
  const [state, setState] = React.useState<SchemaCheckState>({ phase: 'loading' });
  React.useEffect(() => {
    let current = true;
    reader.readTrackerLists().then(
      (lists) => current && setState({ phase: 'ready', checks: checkSiteSchema(lists) }),
      (error: Error) => current && setState({ phase: 'failed', error })
    );
    return () => {
      current = false;
    };
  }, [reader]);
  return state;
}
