import { audit } from '../core/audit.ts';
import { insertUpload } from '../core/uploads.ts';
import {
  changeApplicationStatus,
  insertApplication,
  insertReply,
  insertReplyFile,
} from '../domains/membership/membership.repository.ts';
import type { TOrganizationData } from '../domains/organizations/organizations.schemas.ts';
import { hashToken, newId, newSecretToken } from '../platform/ids.ts';
import { nameKey } from '../platform/text.ts';
import { demoPdf } from './demo-community-files.ts';
import type { TDemoContext, TDemoPart } from './demo-context.ts';

/**
 * One membership application waiting in the secretariat's queue (issue 16, item 8): a Medellín
 * collective, written in Spanish, asked for more information and answered with a reply and a file.
 * Nobody holds its secret link (the demo applicant cannot sign in); reviewers read it at
 * /{locale}/admin/applications.
 */
const organization: TOrganizationData = {
  name: 'Colectivo Tejido de Cuidados del Valle de Aburrá',
  acronym: 'TCVA',
  nameTranslations: {},
  stakeholderType: 'civil_society_network',
  scope: 'local',
  countries: ['CO'],
  city: 'Medellín',
  website: 'https://tejido-cuidados.example.org',
  description:
    'Somos una red de cuidadoras y cuidadores comunitarios de seis barrios de Medellín y Bello. ' +
    'Organizamos turnos de respiro para quienes cuidan a personas mayores y llevamos un registro de las horas de cuidado no pagado.',
  descriptionLanguage: 'es',
  publicEmail: null,
  publicPhone: null,
};

const letter =
  'Queremos unirnos a la alianza porque el cuidado comunitario sostiene la vida de nuestros barrios y casi nunca se cuenta.\n\n' +
  'Llevamos cuatro años midiendo las horas que dedican las cuidadoras de nuestra red y queremos compartir ese método con otras ciudades.';

const question =
  '¿Con qué entidades públicas de Medellín trabajan hoy? ¿Pueden enviarnos un resumen del registro de horas de cuidado?';

const reply =
  'Trabajamos con la Secretaría de las Mujeres de Medellín desde 2023 y con dos juntas de acción comunal de Bello.\n\n' +
  'Adjuntamos el resumen del registro de 2025: 412 cuidadoras, unas 38 horas semanales de cuidado no pagado por persona.';

const daysBefore = (at: string, days: number) => new Date(Date.parse(at) - days * 86_400_000).toISOString();

async function loadApplications(ctx: TDemoContext): Promise<number> {
  const id = newId();
  const reference = 'GAC-2026-TCVA7Q';
  const submittedAt = daysBefore(ctx.at, 12);
  const askedAt = daysBefore(ctx.at, 5);
  const repliedAt = daysBefore(ctx.at, 1);
  await insertApplication(ctx.db, {
    id,
    reference,
    accessTokenHash: hashToken(newSecretToken()),
    applicantUserId: null,
    language: 'es',
    content: {
      organization,
      nameKey: nameKey(organization.name),
      websiteHost: 'tejido-cuidados.example.org',
      contact: {
        name: 'Marisol Restrepo',
        email: 'marisol@tejido-cuidados.example.org',
        role: 'Coordinadora',
        phone: null,
      },
      letterText: letter,
      letterUploadId: null,
      intendedCommitments:
        'Publicar el método del registro de horas de cuidado y acompañar a otra ciudad que quiera usarlo.',
      consentAt: submittedAt,
    },
    at: submittedAt,
  });
  const steps = [
    { from: ['draft'], to: 'submitted', at: submittedAt, set: { submittedAt } },
    { from: ['submitted'], to: 'information_requested', at: askedAt, set: { informationRequest: question } },
    { from: ['information_requested'], to: 'resubmitted', at: repliedAt, set: {} },
  ] as const;
  for (const [index, step] of steps.entries()) {
    await changeApplicationStatus(ctx.db, { id, version: index + 1, ...step });
  }
  const subject = { type: 'membership_application', id };
  await audit(ctx.db, { actorId: null, at: submittedAt }, 'membership.application_submitted', subject, {
    reference,
    from: 'draft',
    to: 'submitted',
  });

  const replyId = newId();
  await insertReply(ctx.db, { id: replyId, applicationId: id, question, body: reply, at: repliedAt });
  const stored = await ctx.files.save(
    demoPdf([
      'Registro de horas de cuidado 2025 - resumen',
      'Colectivo Tejido de Cuidados del Valle de Aburra',
      '',
      'Cuidadoras registradas: 412',
      'Horas semanales de cuidado no pagado (mediana): 38',
      'Barrios: 6 (Medellin y Bello)',
    ]),
  );
  const uploadId = newId();
  await insertUpload(ctx.db, {
    id: uploadId,
    storageKey: stored.key,
    purpose: 'application_reply',
    originalName: 'registro-horas-cuidado-2025.pdf',
    contentType: 'application/pdf',
    byteSize: stored.byteSize,
    sha256: stored.sha256,
    createdAt: repliedAt,
    createdBy: null,
  });
  await insertReplyFile(ctx.db, { uploadId, replyId, position: 0 });
  await audit(ctx.db, { actorId: null, at: repliedAt }, 'membership.reply_sent', subject, {
    reference,
    replyId,
    files: 1,
  });
  await audit(ctx.db, { actorId: null, at: repliedAt }, 'membership.application_resubmitted', subject, {
    reference,
    from: 'information_requested',
    to: 'resubmitted',
  });
  return 1;
}

export const demoApplicationsPart: TDemoPart = { name: 'applications', load: loadApplications };
