import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationCast, whoMay } from '../../../test/support/actors.ts';
import { can, canListImports, importActions, type TImportAction } from './imports.policy.ts';
import { importStatuses, type TImportStatus } from './imports.schemas.ts';

/** Who may do what with imports: every role × action × status × owner (docs/adr/0077). */
const org = 'org-1';
const actors = organizationCast(org);
const secretariat = ['curator', 'admin'];
const writers = ['orgEditor', 'orgOwner'];

function expected(action: TImportAction, status: TImportStatus, owner: string | null): string[] {
  const side = owner === org ? [...secretariat, ...writers] : secretariat;
  switch (action) {
    case 'view':
      return side;
    case 'create':
      return [...secretariat, ...writers, 'otherEditor'];
    case 'review':
    case 'draft':
    case 'drop':
      return status === 'waiting' ? side : [];
  }
}

describe('imports policy: every role × action × status', () => {
  for (const owner of [org, null]) {
    for (const status of importStatuses) {
      for (const action of importActions) {
        it(`${action} on a ${status} import of ${owner ?? 'the secretariat'}`, () => {
          const allowed = whoMay(actors, (a) => can(a, action, { status, organizationId: owner }));
          assert.deepEqual(allowed, expected(action, status, owner).sort());
        });
      }
    }
  }
  it('lists imports for curators and for owners and editors of an organisation only', () => {
    const listing = whoMay(actors, (a) => canListImports(a));
    assert.deepEqual(listing, [...secretariat, ...writers, 'otherEditor'].sort());
  });
});
