import assert from 'node:assert/strict';
import { crc32, deflateRawSync } from 'node:zlib';
import type { TDeps } from '../../src/deps.ts';
import type { TestClient, TFormFields } from './test-app.ts';

/** Files and steps for membership tests: real PDF/DOCX bytes, an application sent through the form. */

export function pdfBytes(extra = ''): Uint8Array {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] ${extra} >> endobj`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return new TextEncoder().encode(body);
}

export function pdfFile(name = 'letter.pdf', extra = ''): File {
  return new File([Buffer.from(pdfBytes(extra))], name, { type: 'application/pdf' });
}

/** A zip of the entries, stored as they are (method 0) or deflated (method 8), with their true sizes in the headers. */
function zipOf(entries: Record<string, Uint8Array>, isDeflated: boolean): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = isDeflated ? deflateRawSync(data, { level: 9 }) : Buffer.from(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(isDeflated ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(isDeflated ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

/** A zip whose entries are stored (not compressed), each given as text. */
export function zipBytes(entries: Record<string, string>): Uint8Array {
  const bytes = Object.fromEntries(
    Object.entries(entries).map(([name, text]) => [name, Buffer.from(text, 'utf8')]),
  );
  return zipOf(bytes, false);
}

/**
 * A zip whose entries are deflated: a DOCX "zip bomb" is such a file with a small part that unpacks to
 * hundreds of megabytes.
 */
export function deflatedZipBytes(entries: Record<string, Uint8Array>): Uint8Array {
  return zipOf(entries, true);
}

export function docxBytes(extraEntries: Record<string, string> = {}): Uint8Array {
  return zipBytes({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml':
      '<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body><w:p/></w:body></w:document>',
    ...extraEntries,
  });
}

let sequence = 0;

/** Everything a complete application needs; override any field. */
export function applicationFields(overrides: TFormFields = {}): TFormFields {
  sequence += 1;
  return {
    name: `Care Network ${sequence} ${Date.now()}`,
    acronym: `CN${sequence}`,
    stakeholderType: 'civil_society_network',
    scope: 'national',
    countries: ['MX'],
    city: 'Ciudad de México',
    website: `https://care-network-${sequence}.example.org`,
    description: 'We run community care centres and campaign for care policies.',
    contactName: 'Ana Pérez',
    contactEmail: `ana${sequence}.${Date.now()}@example.org`,
    contactRole: 'Director',
    letterText: 'We would like to join the alliance to share what we learn.',
    intendedCommitments: 'A study of community care centres.',
    consent: 'on',
    intent: 'submit',
    ...overrides,
  };
}

/** Sends an application through the public form; returns the status page path ("/en/join/a/…"). */
export async function submitApplication(
  client: TestClient,
  fields: TFormFields = applicationFields(),
  locale = 'en',
): Promise<string> {
  await client.get(`/${locale}/join/apply`);
  const res = await client.post(`/${locale}/join/apply`, fields);
  assert.equal(
    res.status,
    303,
    `the application should be accepted, got ${res.status}: ${(await res.text()).slice(0, 3000)}`,
  );
  const location = res.headers.get('location') ?? '';
  assert.match(location, new RegExp(`^/${locale}/join/a/[\\w-]{43}$`));
  return location;
}

/** An application's id and state, found by its id or its public reference (read from the database). */
async function applicationRow(deps: TDeps, by: 'id' | 'reference', value: string) {
  return deps.db
    .selectFrom('membership_applications')
    .select(['id', 'status'])
    .where(by, '=', value)
    .executeTakeFirstOrThrow();
}

/** The application's id from its status path (through the database: ids are not in public URLs). */
export async function applicationIdOf(deps: TDeps, reference: string): Promise<string> {
  return (await applicationRow(deps, 'reference', reference)).id;
}

/** The state an application is in now, read from the database. */
export async function applicationStatusOf(deps: TDeps, id: string): Promise<string> {
  return (await applicationRow(deps, 'id', id)).status;
}

export function referenceIn(html: string): string {
  const match = /GAC-\d{4}-[A-Z2-9]{6}/.exec(html);
  assert.ok(match, 'no reference number on the page');
  return match[0];
}

export async function outboxTo(deps: TDeps, email: string) {
  return deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
