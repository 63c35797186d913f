import { assetUrl } from '../../ui/assets.ts';
import { Tx } from '../../ui/components/bidi.tsx';
import { Layout } from '../../ui/layout.tsx';
import type { TViewContext } from '../../ui/view-context.ts';
import type { TReference, TReferenceOperation, TReferenceSchema, TSchema } from '../api-reference.ts';
import { anchorOf, typeParts } from '../api-reference.ts';

/**
 * /{locale}/api: the API reference, rendered on the server from the OpenAPI document (ADR 0074). The
 * chrome is translated; what comes from the document (summaries, tags, field names) is English and
 * marked so (lang="en", isolated), and code reads left to right on Arabic pages too.
 */
export function ApiReferencePage({ ctx, reference }: { ctx: TViewContext; reference: TReference }) {
  const { t } = ctx;
  const formats = { json: 'JSON', openapi: 'OpenAPI 3.1' };
  return (
    <Layout ctx={ctx} title={t('reference.title')} description={t('reference.pageDescription')}>
      <link rel="stylesheet" href={assetUrl('docs.css')} />
      <div class="api-reference">
        <h1>{t('reference.title')}</h1>
        <p class="lead">
          <Tx ctx={ctx} k="reference.lead" values={formats} isolate={['json', 'openapi']} />
        </p>
        <ul class="api-facts">
          <li>
            {t('reference.baseUrl')}{' '}
            <code dir="ltr" translate="no">
              {reference.baseUrl}
            </code>
          </li>
          <li>
            <a href="/api/v1/openapi.json" type="application/json">
              <Tx ctx={ctx} k="reference.document" values={formats} isolate={['json', 'openapi']} />
            </a>{' '}
            <bdi lang="en">
              {reference.title} {reference.version}
            </bdi>
          </li>
        </ul>
        <p class="hint">{t('reference.englishNote')}</p>
        <nav class="api-contents" aria-labelledby="api-contents-title">
          <h2 id="api-contents-title">{t('reference.contents')}</h2>
          <ul>
            {reference.groups.map((group) => (
              <li>
                <a href={`#${group.id}`} lang="en" dir="ltr">
                  {group.tag}
                </a>
                <ul>
                  {group.operations.map((operation) => (
                    <li>
                      <a href={`#${operation.id}`}>
                        <code dir="ltr" translate="no">
                          {operation.method} {operation.path}
                        </code>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <a href="#api-schemas">{t('reference.schemas')}</a>
            </li>
          </ul>
        </nav>
        {reference.groups.map((group) => (
          <section>
            <h2 id={group.id} lang="en" dir="ltr">
              {group.tag}
            </h2>
            {group.operations.map((operation) => (
              <Operation ctx={ctx} operation={operation} />
            ))}
          </section>
        ))}
        <section aria-labelledby="api-schemas">
          <h2 id="api-schemas">{t('reference.schemas')}</h2>
          <p>{t('reference.schemasLead')}</p>
          {reference.schemas.map((schema) => (
            <Schema ctx={ctx} schema={schema} />
          ))}
        </section>
      </div>
    </Layout>
  );
}

function Operation({ ctx, operation }: { ctx: TViewContext; operation: TReferenceOperation }) {
  const { t } = ctx;
  return (
    <article class="api-operation">
      <h3 id={operation.id}>
        <code dir="ltr" translate="no">
          <span class="api-method">{operation.method}</span> {operation.path}
        </code>
      </h3>
      {operation.summary ? (
        <p lang="en" dir="auto">
          {operation.summary}
        </p>
      ) : null}
      {operation.description ? (
        <p lang="en" dir="auto">
          {operation.description}
        </p>
      ) : null}
      <h4 id={`${operation.id}-parameters`}>{t('reference.parameters')}</h4>
      {operation.parameters.length === 0 ? (
        <p>{t('reference.noParameters')}</p>
      ) : (
        <div
          class="table-wrap"
          role="region"
          tabindex={0}
          aria-labelledby={`${operation.id} ${operation.id}-parameters`}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reference.name')}</th>
                <th scope="col">{t('reference.where')}</th>
                <th scope="col">{t('reference.type')}</th>
                <th scope="col">{t('reference.description')}</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((p) => (
                <tr>
                  <th scope="row">
                    <code dir="ltr" translate="no">
                      {p.name}
                    </code>{' '}
                    <small>{t(p.isRequired ? 'reference.required' : 'reference.optional')}</small>
                  </th>
                  <td>{whereLabel(ctx, p.in)}</td>
                  <td>
                    <TypeCode schema={p.schema} />
                  </td>
                  <td lang="en" dir="auto">
                    {p.description}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>{t('reference.responses')}</h4>
      <dl class="api-responses">
        {operation.responses.map((response) => (
          <>
            <dt>
              <code dir="ltr" translate="no">
                {response.status}
              </code>{' '}
              <span lang="en" dir="auto">
                {response.description}
              </span>
            </dt>
            {response.media.length === 0 ? (
              <dd>{t('reference.noBody')}</dd>
            ) : (
              response.media.map((media) => (
                <dd>
                  <code dir="ltr" translate="no">
                    {media.type}
                  </code>{' '}
                  <TypeCode schema={media.schema} />
                </dd>
              ))
            )}
          </>
        ))}
      </dl>
    </article>
  );
}

function Schema({ ctx, schema }: { ctx: TViewContext; schema: TReferenceSchema }) {
  const { t } = ctx;
  return (
    <article class="api-schema">
      <h3 id={schema.id}>
        <code dir="ltr" translate="no">
          {schema.name}
        </code>
      </h3>
      {schema.description ? (
        <p lang="en" dir="auto">
          {schema.description}
        </p>
      ) : null}
      {schema.shape ? (
        <p>
          <TypeCode schema={schema.shape} />
        </p>
      ) : (
        <div class="table-wrap" role="region" tabindex={0} aria-labelledby={schema.id}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reference.field')}</th>
                <th scope="col">{t('reference.type')}</th>
                <th scope="col">{t('reference.description')}</th>
              </tr>
            </thead>
            <tbody>
              {schema.properties.map((p) => (
                <tr>
                  <th scope="row">
                    <code dir="ltr" translate="no">
                      {p.name}
                    </code>{' '}
                    <small>{t(p.isRequired ? 'reference.required' : 'reference.optional')}</small>
                  </th>
                  <td>
                    <TypeCode schema={p.schema} />
                  </td>
                  <td lang="en" dir="auto">
                    {p.description}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

/** A type in code notation; named schemas link to their description further down. */
function TypeCode({ schema }: { schema: TSchema | undefined }) {
  return (
    <code class="api-type" dir="ltr" translate="no">
      {typeParts(schema).map((part) =>
        typeof part === 'string' ? part : <a href={`#${anchorOf('schema', part.ref)}`}>{part.ref}</a>,
      )}
    </code>
  );
}

function whereLabel(ctx: TViewContext, where: string): string {
  return ['query', 'path', 'header', 'cookie'].includes(where) ? ctx.t(`reference.in.${where}`) : where;
}
