import { extractDocument } from '../domains/imports/extract/extract-document.ts';
import { readLookups } from '../domains/imports/import-lookups.ts';
import { insertImport } from '../domains/imports/imports.repository.ts';
import { isImportKind } from '../domains/imports/imports.schemas.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoPart } from './demo-context.ts';

/**
 * Two documents waiting at /imports for a curator, as members send them: a city programme page in
 * Spanish (Bogotá's respite service for carers) and a seminar invitation in French (a Tangier
 * workshop). Written for the demo in our own words; the hub reads their fields when the demo loads.
 */
export const demoImportTexts: readonly { name: string; text: string }[] = [
  {
    name: 'respiro-bogota.html',
    text: [
      'Programa «Respiro en casa» para personas cuidadoras de Bogotá',
      '',
      'Publicado el 2 de febrero de 2026',
      '',
      'La Secretaría Distrital de la Mujer amplía su servicio de respiro: una persona formada acompaña en casa al familiar que necesita apoyo mientras quien cuida descansa, estudia o hace sus trámites. El servicio se presta en alianza con la Fundación Tejido de Cuidado.',
      '',
      'Objetivos:',
      '• dar a cada persona cuidadora ocho horas libres al mes;',
      '• acercar a las familias la orientación sobre sus derechos.',
      '',
      '¿Quién puede participar?',
      '• mujeres que cuidan sin pago a una persona mayor o con discapacidad;',
      '• hombres cuidadores que viven solos con la persona cuidada.',
      '',
      'Requisito: vivir en Bogotá y estar inscrita en la manzana del cuidado del barrio.',
    ].join('\n'),
  },
  {
    name: 'atelier-tanger.txt',
    text: [
      'Atelier : les aidantes familiales face au travail de nuit',
      '',
      'Le 14 mai 2026, de 9h30 à 12h30 (Africa/Casablanca), Tanger accueille un atelier ouvert aux associations du Maroc qui soutiennent les aidantes.',
      '',
      'Inscription obligatoire avant le 30 avril auprès du secrétariat. Une interprétation en arabe est prévue.',
      '',
      'Programme de la matinée :',
      '• témoignages d’aidantes qui travaillent de nuit ;',
      '• échanges avec des employeurs de la zone franche ;',
      '• propositions pour des horaires compatibles avec le soin.',
    ].join('\n'),
  },
];

export const demoImportsPart: TDemoPart = {
  name: 'imports',
  async load(ctx) {
    const lookups = await readLookups({ db: ctx.db });
    for (const { name, text } of demoImportTexts) {
      const fields = extractDocument(text, lookups);
      const proposed = (field: string) => fields.find((f) => f.field === field)?.value;
      const kind = proposed('kind') ?? 'news';
      await insertImport(ctx.db, {
        id: newId(Date.parse(ctx.at)),
        status: 'waiting',
        source_kind: name.endsWith('.html') ? 'html' : 'text',
        file_name: name,
        file_key: null,
        file_type: null,
        file_sha256: null,
        text,
        language: proposed('language') ?? 'und',
        kind: isImportKind(kind) ? kind : 'news',
        title: proposed('title') ?? name,
        fields: JSON.stringify(fields),
        organization_id: null,
        record_type: null,
        record_slug: null,
        created_by: null,
        created_at: ctx.at,
        updated_at: ctx.at,
      });
    }
    return demoImportTexts.length;
  },
};
