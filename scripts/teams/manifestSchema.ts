import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The published Teams app manifest JSON schemas, read from Microsoft's @microsoft/app-manifest
 * package (build/json-schemas/teams/v<version>/, copies of
 * https://developer.microsoft.com/json-schemas/teams/v<version>/…), so validation needs no network.
 * The schemas declare draft-04; ajv 6 validates draft-04 with its meta-schema added, and
 * `extendRefs: true` applies the limits the schemas write beside a `$ref` (the localisation
 * schema's maxLength beside nonEmptyString), as Teams does.
 */

export const SCHEMA_PACKAGE = '@microsoft/app-manifest';

export type SchemaKind = 'MicrosoftTeams' | 'MicrosoftTeams.Localization';

/** Where the package keeps a schema: …/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json. */
export function schemaPath(manifestVersion: string, kind: SchemaKind): string {
  const packageRoot = dirname(require.resolve(`${SCHEMA_PACKAGE}/package.json`));
  return join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, `${kind}.schema.json`);
}

/** The address Microsoft publishes the schema at, which manifests name in `$schema`. */
export function schemaUrl(manifestVersion: string, kind: SchemaKind): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/${kind}.schema.json`;
}

export type Validate = (document: unknown) => string[];

const validators = new Map<string, Validate>();

/** A validator for one schema: the problems it finds, as `<path> <message>`, or none. */
export function schemaValidator(manifestVersion: string, kind: SchemaKind): Validate {
  const key = `${manifestVersion}/${kind}`;
  const known = validators.get(key);
  if (known) return known;
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: true });
  ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')));
  const compiled = ajv.compile(JSON.parse(readFileSync(schemaPath(manifestVersion, kind), 'utf8')));
  const validate: Validate = (document) => compiled(document)
    ? []
    : (compiled.errors || []).map((error) => `${error.dataPath || '(top)'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
  validators.set(key, validate);
  return validate;
}
