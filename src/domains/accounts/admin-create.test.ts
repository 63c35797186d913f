import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adminCreate, describeResult, parseAdminCreateArgs } from '../../../scripts/admin-create.ts';
import { createUser, signInAs } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('npm run admin:create', () => {
  const t = useTestApp();

  it('reads --email, --name, --password and --locale, with ADMIN_PASSWORD as fallback', () => {
    assert.deepEqual(
      parseAdminCreateArgs(['--email', 'a@example.org', '--name', 'Ana María', '--locale', 'es'], {
        ADMIN_PASSWORD: 'from the environment',
      }),
      { email: 'a@example.org', name: 'Ana María', password: 'from the environment', locale: 'es' },
    );
    assert.equal(
      parseAdminCreateArgs(['--email', 'a@example.org', '--password', 'given on the line'], {
        ADMIN_PASSWORD: 'x',
      }).password,
      'given on the line',
    );
    assert.equal(
      parseAdminCreateArgs(['--email', 'a@example.org'], { ADMIN_PASSWORD: '' }).password,
      undefined,
    );
    assert.throws(() => parseAdminCreateArgs([], {}), /--email is required/);
    assert.throws(() => parseAdminCreateArgs(['--email', 'a@example.org', '--locale', 'xx'], {}), /--locale/);
    assert.throws(() => parseAdminCreateArgs(['--email', 'a@example.org', '--colour', 'red'], {}));
  });

  it('creates a verified admin who can sign in and open the admin pages; audited with no actor', async () => {
    const result = await adminCreate(t.deps, {
      email: ' Secretariat@Example.org ',
      name: 'Secretariat',
      password: 'care is work, share it',
    });
    assert.equal(result.isCreated, true);
    assert.equal(result.generatedPassword, undefined);
    assert.match(
      describeResult(result, { email: 'x' }).join('\n'),
      /Created the administrator account secretariat@example\.org/,
    );
    const client = t.client();
    assert.equal(
      (await signInAs(client, { email: 'secretariat@example.org', password: 'care is work, share it' }))
        .status,
      303,
    );
    const people = await client.get('/en/admin/people');
    assert.equal(people.response.status, 200);
    const user = await t.deps.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', result.userId)
      .executeTakeFirstOrThrow();
    assert.ok(user.email_verified_at);
    const audit = await auditEntries(t.deps, { subjectId: result.userId, actorId: null });
    assert.deepEqual(audit.map((a) => [a.action, a.actor_id]).sort(), [
      ['accounts.role_granted', null],
      ['accounts.user_created', null],
    ]);
  });

  it('makes up a strong password when none is given, shown once', async () => {
    const result = await adminCreate(t.deps, { email: 'generated@example.org' });
    assert.ok(result.generatedPassword && result.generatedPassword.length >= 20);
    assert.match(
      describeResult(result, { email: 'generated@example.org' }).join('\n'),
      new RegExp(result.generatedPassword),
    );
    assert.equal(
      (await signInAs(t.client(), { email: 'generated@example.org', password: result.generatedPassword }))
        .status,
      303,
    );
  });

  it('promotes an existing account without touching its password, and is idempotent', async () => {
    const person = await createUser(t.deps, { email: 'existing@example.org' });
    const first = await adminCreate(t.deps, {
      email: 'existing@example.org',
      password: 'ignored for existing',
    });
    assert.deepEqual([first.isCreated, first.isPromoted, first.userId], [false, true, person.id]);
    assert.match(
      describeResult(first, { email: 'x', password: 'p' }).join('\n'),
      /password was left unchanged/,
    );
    const again = await adminCreate(t.deps, { email: 'existing@example.org' });
    assert.equal(again.isPromoted, false);
    const roles = await t.deps.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', person.id)
      .execute();
    assert.deepEqual(roles, [{ role: 'admin' }]);
    assert.equal((await signInAs(t.client(), person)).status, 303, 'the old password still works');
  });

  it('refuses a weak password or a bad address with a clear reason', async () => {
    await assert.rejects(
      adminCreate(t.deps, { email: 'weak@example.org', password: 'password123' }),
      (error: unknown) => {
        return (
          (error as { fieldErrors?: Record<string, string> }).fieldErrors?.password ===
          'accounts.errors.passwordCommon'
        );
      },
    );
    await assert.rejects(adminCreate(t.deps, { email: 'not an address' }), (error: unknown) => {
      return (error as { fieldErrors?: Record<string, string> }).fieldErrors?.email === 'validation.email';
    });
  });
});
