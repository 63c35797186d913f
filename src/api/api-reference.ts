/**
 * The API reference read from the OpenAPI document the hub serves (docs/adr/0074): operations grouped
 * by tag in the document's order, and the named schemas. Pure functions over the document; the page
 * (views/api-reference-page.tsx) renders them on the server, so the reference needs no script.
 */

export type TSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: TSchema;
  properties?: Record<string, TSchema>;
  required?: string[];
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  allOf?: TSchema[];
  additionalProperties?: boolean | TSchema;
  nullable?: boolean;
  pattern?: string;
  format?: string;
  description?: string;
  example?: unknown;
};

type TParameter = { name: string; in: string; required?: boolean; description?: string; schema?: TSchema };
type TMedia = { schema?: TSchema };
type TResponse = { description?: string; content?: Record<string, TMedia> };
type TOperation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: TParameter[];
  requestBody?: { description?: string; content?: Record<string, TMedia> };
  responses?: Record<string, TResponse>;
};

export type TOpenApiDocument = {
  info?: { title?: string; version?: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, Record<string, TOperation>>;
  components?: { schemas?: Record<string, TSchema> };
};

export type TReferenceOperation = {
  /** An anchor for the operation: "get-organizations-slug". */
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; isRequired: boolean; description: string; schema: TSchema }[];
  responses: {
    status: string;
    description: string;
    media: { type: string; schema: TSchema | undefined }[];
  }[];
};

export type TReferenceGroup = { tag: string; id: string; operations: TReferenceOperation[] };

export type TReferenceSchema = {
  name: string;
  id: string;
  description: string;
  properties: { name: string; isRequired: boolean; schema: TSchema; description: string }[];
  /** A schema that is not an object with properties (an enum, a list…), shown as one type. */
  shape: TSchema | undefined;
};

export type TReference = {
  title: string;
  version: string;
  description: string;
  baseUrl: string;
  groups: TReferenceGroup[];
  schemas: TReferenceSchema[];
};

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A fragment id from any text: letters and digits kept (ASCII), the rest one hyphen. */
export function anchorOf(prefix: string, text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'root'}`;
}

/** The schema's name from a local reference ("#/components/schemas/Organization" → "Organization"). */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

export function readReference(document: TOpenApiDocument): TReference {
  const groups = new Map<string, TReferenceGroup>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'API';
      const group = groups.get(tag) ?? { tag, id: anchorOf('tag', tag), operations: [] };
      groups.set(tag, group);
      group.operations.push({
        id: anchorOf(method, path),
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        description: operation.description ?? '',
        parameters: (operation.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in,
          isRequired: p.required === true || p.in === 'path',
          description: p.description ?? p.schema?.description ?? '',
          schema: p.schema ?? {},
        })),
        responses: Object.entries(operation.responses ?? {}).map(([status, response]) => ({
          status,
          description: response.description ?? '',
          media: Object.entries(response.content ?? {}).map(([type, media]) => ({
            type,
            schema: media.schema,
          })),
        })),
      });
    }
  }
  const schemas = Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => {
    const required = new Set(schema.required ?? []);
    const properties = Object.entries(schema.properties ?? {}).map(([property, value]) => ({
      name: property,
      isRequired: required.has(property),
      schema: value,
      description: value.description ?? '',
    }));
    return {
      name,
      id: anchorOf('schema', name),
      description: schema.description ?? '',
      properties,
      shape: properties.length > 0 ? undefined : schema,
    };
  });
  return {
    title: document.info?.title ?? '',
    version: document.info?.version ?? '',
    description: document.info?.description ?? '',
    baseUrl: document.servers?.[0]?.url ?? '/api/v1',
    groups: [...groups.values()],
    schemas,
  };
}

/**
 * A schema as a short type in TypeScript-like notation, which reads the same in every language:
 * `Organization[]`, `"local" | "national"`, `string | null`, `{ items: Event[], total: integer }`.
 * Named schemas come back as { ref } parts so the page can link them.
 */
export type TTypePart = string | { ref: string };

export function typeParts(schema: TSchema | undefined, depth = 0): TTypePart[] {
  if (!schema) return ['any'];
  if (schema.$ref) return [{ ref: refName(schema.$ref) }];
  const union = schema.anyOf ?? schema.oneOf;
  if (union)
    return joinParts(
      union.map((s) => typeParts(s, depth)),
      ' | ',
    );
  if (schema.allOf)
    return joinParts(
      schema.allOf.map((s) => typeParts(s, depth)),
      ' & ',
    );
  if (schema.enum) return [schema.enum.map((v) => JSON.stringify(v)).join(' | ')];
  if (schema.const !== undefined) return [JSON.stringify(schema.const)];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const parts = types.map((type): TTypePart[] => {
    if (type === 'array') {
      const inner = typeParts(schema.items, depth);
      return inner.length === 1 ? [...inner, '[]'] : ['(', ...inner, ')[]'];
    }
    if (type === 'object') {
      const entries = Object.entries(schema.properties ?? {});
      if (entries.length === 0) return ['object'];
      if (depth >= 2) return ['{ … }'];
      const required = new Set(schema.required ?? []);
      return [
        '{ ',
        ...joinParts(
          entries.map(([name, value]) => [
            `${name}${required.has(name) ? '' : '?'}: `,
            ...typeParts(value, depth + 1),
          ]),
          ', ',
        ),
        ' }',
      ];
    }
    if (type === 'string' && schema.format) return [`string (${schema.format})`];
    return [type];
  });
  const joined = parts.length > 0 ? joinParts(parts, ' | ') : ['any'];
  return schema.nullable ? [...joined, ' | null'] : joined;
}

function joinParts(lists: TTypePart[][], separator: string): TTypePart[] {
  return lists.flatMap((list, index) => (index === 0 ? list : [separator, ...list]));
}
