import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareWithBaseline,
  findViolations,
  readBaseline,
  ruleBroken,
} from '../scripts/check-boundaries.ts';

describe('layer and domain boundaries (ADR 0019)', () => {
  it('finds no violation beyond the known list, and no fixed one left in it', () => {
    const { added, fixed } = compareWithBaseline(findViolations('.'), readBaseline('.'));
    assert.deepEqual(
      added.map((v) => `${v.from} → ${v.to}: ${v.rule}`),
      [],
      'new imports across a boundary',
    );
    assert.deepEqual(fixed, [], 'fixed violations still listed in scripts/boundaries-baseline.json');
  });

  it('refuses each kind of crossing, and lets the allowed ones through', () => {
    const crossing = (from: string, to: string) => ruleBroken({ from, to });
    assert.equal(
      crossing('src/domains/news/news.service.ts', 'src/domains/events/events.repository.ts'),
      'other domains only through their index.ts',
    );
    assert.equal(crossing('src/domains/news/news.service.ts', 'src/domains/events/index.ts'), null);
    assert.equal(crossing('src/domains/news/news.service.ts', 'src/domains/news/news.repository.ts'), null);
    assert.equal(
      crossing('src/domains/news/news.web.tsx', 'src/domains/news/news.repository.ts'),
      'routes import no repository',
    );
    assert.equal(
      crossing('src/core/audit.ts', 'src/domains/audit/index.ts'),
      'core and platform import no domain',
    );
    assert.equal(
      crossing('src/platform/search/snippet.ts', 'src/domains/search/facet-labels.ts'),
      'core and platform import no domain',
    );
    assert.equal(
      crossing('src/domains/search/search.service.ts', 'src/domains/practices/index.ts'),
      'search imports no domain (each registers a search source, core/search-sources.ts)',
    );
    assert.equal(crossing('src/domains/search/search.service.ts', 'src/core/search-sources.ts'), null);
    assert.equal(
      crossing('src/domains/events/views/event-card.tsx', 'src/domains/events/events.repository.ts'),
      'views import no repository (record types are in <domain>.record.ts)',
    );
    assert.equal(
      crossing('src/domains/events/views/event-card.tsx', 'src/domains/events/events.record.ts'),
      null,
    );
    assert.equal(crossing('src/ui/layout.tsx', 'src/http/app-env.ts'), 'ui imports no http');
    assert.equal(crossing('src/http/view-context.ts', 'src/ui/view-context.ts'), null);
    assert.equal(crossing('src/compose.ts', 'src/domains/news/news.web.tsx'), null);
  });

  it('reports a new violation against the known list', () => {
    const violation = {
      from: 'src/domains/news/news.web.tsx',
      to: 'src/domains/news/news.repository.ts',
      rule: 'routes import no repository',
    };
    assert.deepEqual(compareWithBaseline([violation], []).added, [violation]);
    assert.deepEqual(compareWithBaseline([], ['a -> b']).fixed, ['a -> b']);
  });
});
