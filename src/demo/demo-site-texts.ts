import { criteriaKey } from '../domains/organizations/champions.service.ts';
import { writeSiteText } from '../domains/organizations/organizations.repository.ts';
import type { TDemoPart } from './demo-context.ts';

/**
 * The Care Champion criteria, written for the demo in each of the hub's six languages, so no
 * reader meets them in English. The secretariat edits them per language at /members/champions/criteria.
 */
export const demoChampionCriteria: Record<string, string> = {
  en: `A **Care Champion** is a member whose work has changed how care is organised, paid for or shared.

- It has published at least one practice with evidence of results.
- It has a commitment with a report on time in the last cycle.
- Its people take part in the alliance's events and share what they learn.`,
  es: `Un **Campeón del Cuidado** es un miembro cuyo trabajo ha cambiado la forma de organizar, financiar o repartir los cuidados.

- Ha publicado al menos una práctica con evidencia de resultados.
- Tiene un compromiso con su informe entregado a tiempo en el último ciclo.
- Su equipo participa en los eventos de la alianza y comparte lo que aprende.`,
  fr: `Un **Champion du soin** est un membre dont le travail a changé la manière d’organiser, de financer ou de partager le soin.

- Il a publié au moins une pratique avec des preuves de résultats.
- Il a un engagement dont le rapport du dernier cycle est arrivé à temps.
- Ses équipes participent aux événements de l’alliance et partagent ce qu’elles apprennent.`,
  ru: `**Лидер в сфере ухода** — это участник, чья работа изменила то, как уход организуется, оплачивается или распределяется.

- Он опубликовал хотя бы одну практику с подтверждёнными результатами.
- У него есть обязательство, отчёт по которому за последний цикл сдан вовремя.
- Его сотрудники участвуют в мероприятиях альянса и делятся опытом.`,
  ar: `**بطل الرعاية** عضو غيّر عمله طريقة تنظيم الرعاية أو تمويلها أو تقاسمها.

- نشر ممارسة واحدة على الأقل مع أدلة على نتائجها.
- لديه التزام قُدّم تقريره في موعده خلال الدورة الأخيرة.
- يشارك فريقه في فعاليات التحالف ويتبادل ما يتعلّمه.`,
  pl: `**Lider Opieki** to członek, którego praca zmieniła sposób organizowania, finansowania lub dzielenia się opieką.

- Opublikował co najmniej jedną praktykę z dowodami rezultatów.
- Ma zobowiązanie, którego raport za ostatni cykl złożono w terminie.
- Jego zespół bierze udział w wydarzeniach sojuszu i dzieli się tym, czego się nauczył.`,
};

export const demoSiteTextsPart: TDemoPart = {
  name: 'siteTexts',
  async load(ctx) {
    for (const [locale, body] of Object.entries(demoChampionCriteria)) {
      await writeSiteText(ctx.db, { key: criteriaKey, locale, body, by: null, at: ctx.at });
    }
    return Object.keys(demoChampionCriteria).length;
  },
};
