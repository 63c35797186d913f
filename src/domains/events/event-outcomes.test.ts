import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  actorOf,
  createMemberOrganization,
  createOrganizationPerson,
  lseEventInput,
} from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { createEvent, publishEvent } from './events.service.ts';

describe(`event outcomes with recommendations by axis (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2025-01-10T12:00:00Z') } });

  it('records a two-day conference’s five axes and its recommendations, shows them grouped, and finds them', async () => {
    const org = await createMemberOrganization(t.deps, {
      slug: 'sultan-qaboos-university',
      countries: ['OM'],
    });
    const editor = await createOrganizationPerson(t.deps, org.id, 'editor');
    const actor = await actorOf(t.deps, editor);
    const draft = await createEvent(
      t.deps,
      actor,
      lseEventInput(org.slug, {
        title: 'سياسات وبرامج الرعاية الاجتماعية',
        language: 'ar',
        kind: 'conference',
        format: 'in_person',
        timeZone: 'Asia/Muscat',
        start: '2024-12-16T09:00',
        end: '2024-12-17T15:00',
        registrationMode: 'none',
        capacity: null,
      }),
    );
    await publishEvent(t.deps, actor, draft.slug);
    const client = await signedInClient(t.client(), editor);
    const base = `/ar/events/${encodeURIComponent(draft.slug)}/outcome`;
    await client.get(`${base}/edit`);
    const axes = [
      'السياسات والبرامج',
      'التجارب العربية والدولية',
      'العدالة الاجتماعية',
      'الدراسات البيئية',
      'استشراف المستقبل',
    ];
    const saved = await client.post(`${base}/edit`, {
      summary: 'ناقش المؤتمر على مدى يومين خمسة محاور.',
      axis: axes,
      recordingTitle: '',
      recordingUrl: '',
      documentTitle: 'البيان الختامي',
      documentUrl: 'https://example.org/final.pdf',
    });
    assert.equal(saved.status, 303);
    const recommendations = [
      {
        axis: '1',
        verb: 'recommends',
        text: 'توسيع الحماية الاجتماعية لتشمل العمال غير الرسميين',
        themes: 'theme:carer_social_protection',
      },
      {
        axis: '2',
        verb: 'calls_for',
        text: 'رعاية أفضل للأطفال في بيئة آمنة',
        themes: 'theme:child_protection',
      },
      { axis: '5', verb: 'stresses', text: 'إدراج إدارة الأزمات في المناهج', themes: 'theme:care_systems' },
      { axis: '3', verb: 'points_to', text: 'مرصد عربي للخدمة الاجتماعية', themes: 'theme:time_use_data' },
    ];
    for (const r of recommendations) {
      const res = await client.post(`${base}/recommendations`, {
        ...r,
        language: 'ar',
        addressees: ['governments', 'universities'],
      });
      assert.equal(res.status, 303);
    }
    const refused = await client.post(`${base}/recommendations`, {
      axis: '9',
      verb: 'recommends',
      text: 'x',
      language: 'ar',
    });
    assert.equal(refused.status, 422);

    const page = await t.client().get(base);
    assert.equal(page.response.status, 200);
    const text = visibleText(page.html);
    assert.ok(text.includes('المحور 1: السياسات والبرامج'));
    assert.ok(
      text.indexOf('المحور 3') < text.indexOf('مرصد عربي') &&
        text.indexOf('مرصد عربي') < text.indexOf('المحور 5'),
    );
    assert.ok(text.includes('يوصي توسيع الحماية الاجتماعية'));
    assert.ok(text.includes('يدعو إلى رعاية أفضل'));
    assert.match(text, /الحكومات\s*و\s*الجامعات/, 'addressees named in the reader’s language');
    const inEnglish = visibleText((await t.client().get(base.replace('/ar/', '/en/'))).html);
    assert.ok(inEnglish.includes('Addressed to: governments and universities'));

    const byWord = await t.client().get('/en/events/recommendations?q=%D9%85%D8%B1%D8%B5%D8%AF');
    assert.ok(visibleText(byWord.html).includes('مرصد عربي للخدمة الاجتماعية'));
    assert.ok(!visibleText(byWord.html).includes('توسيع الحماية'));
    const byTheme = await t.client().get('/en/events/recommendations?theme=theme:child_protection');
    assert.ok(visibleText(byTheme.html).includes('رعاية أفضل للأطفال'));
    assert.ok(byTheme.html.includes(`#recommendation-`), 'each links to its place on the outcome page');

    const stranger = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, (await createMemberOrganization(t.deps)).id, 'editor'),
    );
    assert.equal((await stranger.get(`${base}/edit`)).response.status, 403);
  });
});
