import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationCast, testActor, whoMay } from '../../../test/support/actors.ts';
import { siteTextsPolicy } from './site-texts.policy.ts';

describe('site texts policy: who may word the hub’s texts', () => {
  const cast = organizationCast('org-1');

  it('lets the secretariat (reviewers and admins) in, and nobody else — an organisation’s owner neither', () => {
    assert.deepEqual(
      whoMay(cast, (actor) => siteTextsPolicy.can(actor, 'siteTexts.edit')),
      ['admin', 'reviewer'],
    );
  });

  it('refuses an anonymous visitor as unauthenticated and a signed-in person as forbidden', () => {
    assert.throws(() => siteTextsPolicy.authorize(testActor(null), 'siteTexts.edit'), {
      code: 'unauthenticated',
    });
    assert.throws(() => siteTextsPolicy.authorize(testActor('u-1'), 'siteTexts.edit'), { code: 'forbidden' });
    assert.doesNotThrow(() => siteTextsPolicy.authorize(testActor('u-6', ['reviewer']), 'siteTexts.edit'));
  });
});
