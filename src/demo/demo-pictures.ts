import sharp from 'sharp';
import { prepareCampaignMaterial } from '../domains/campaigns/campaign-materials.service.ts';
import { findCampaignBySlug, insertCampaignMaterial } from '../domains/campaigns/campaigns.repository.ts';
import { preparePracticeFile } from '../domains/practices/practice-files.service.ts';
import {
  findPracticeBySlug,
  insertPracticeFile,
  insertUpload,
} from '../domains/practices/practices.repository.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoContext, TDemoPart } from './demo-context.ts';

/**
 * The demo's pictures, drawn here from flat shapes (no photograph, nothing downloaded) and turned into
 * PNG files, which then go through the same checks and re-encoding as a person's upload: a few
 * practices' pictures (a file of the practice), a campaign's (an image material) and a news item's
 * (its featured picture, see demo-news.ts). Each is described in its record's own language.
 */
const width = 800;
const height = 450;

async function png(shapes: string): Promise<Uint8Array<ArrayBuffer>> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes}</svg>`;
  return new Uint8Array(
    await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer(),
  ) as Uint8Array<ArrayBuffer>;
}

/** Houses around a square with a tree: a neighbourhood where care is close by (Bogotá's care blocks). */
function careBlock(): Promise<Uint8Array<ArrayBuffer>> {
  return png(`<rect width="800" height="450" fill="#fdf0d5"/>
<rect x="0" y="330" width="800" height="120" fill="#c1d3a4"/>
<rect x="60" y="170" width="150" height="160" fill="#e07a5f"/><polygon points="45,170 135,100 225,170" fill="#3d405b"/>
<rect x="115" y="250" width="40" height="80" fill="#3d405b"/>
<rect x="590" y="150" width="160" height="180" fill="#81b29a"/><polygon points="575,150 670,80 765,150" fill="#3d405b"/>
<rect x="650" y="250" width="40" height="80" fill="#3d405b"/>
<rect x="345" y="260" width="20" height="70" fill="#6b4f3a"/><circle cx="355" cy="220" r="60" fill="#2a9d8f"/>
<circle cx="450" cy="300" r="18" fill="#f2cc8f"/><rect x="436" y="318" width="28" height="40" rx="8" fill="#3d405b"/>
<circle cx="495" cy="315" r="12" fill="#f2cc8f"/><rect x="485" y="327" width="20" height="28" rx="6" fill="#e07a5f"/>`);
}

/** Two hands holding a heart over a clock: balancing work and family (the Kraków partnership). */
function workFamilyBalance(): Promise<Uint8Array<ArrayBuffer>> {
  return png(`<rect width="800" height="450" fill="#e9f1f7"/>
<circle cx="400" cy="225" r="170" fill="#ffffff" stroke="#1d3557" stroke-width="14"/>
<line x1="400" y1="225" x2="400" y2="100" stroke="#1d3557" stroke-width="14" stroke-linecap="round"/>
<line x1="400" y1="225" x2="490" y2="270" stroke="#1d3557" stroke-width="14" stroke-linecap="round"/>
<path d="M400 205 C 370 160, 310 190, 340 240 L 400 300 L 460 240 C 490 190, 430 160, 400 205 Z" fill="#e63946"/>
<rect x="60" y="300" width="220" height="36" rx="18" fill="#457b9d"/>
<rect x="520" y="300" width="220" height="36" rx="18" fill="#457b9d"/>
<line x1="100" y1="380" x2="700" y2="380" stroke="#1d3557" stroke-width="10"/>
<polygon points="400,380 380,420 420,420" fill="#1d3557"/>`);
}

/** Chairs around a table with cups: a mothers' centre as a meeting place. */
function meetingPlace(): Promise<Uint8Array<ArrayBuffer>> {
  return png(`<rect width="800" height="450" fill="#fff4e6"/>
<ellipse cx="400" cy="290" rx="230" ry="70" fill="#b5838d"/>
<rect x="385" y="300" width="30" height="120" fill="#6d6875"/>
<circle cx="160" cy="200" r="38" fill="#e5989b"/><rect x="120" y="240" width="80" height="110" rx="30" fill="#6d6875"/>
<circle cx="640" cy="200" r="38" fill="#ffb4a2"/><rect x="600" y="240" width="80" height="110" rx="30" fill="#6d6875"/>
<circle cx="400" cy="150" r="38" fill="#e5989b"/><rect x="360" y="190" width="80" height="70" rx="30" fill="#6d6875"/>
<rect x="300" y="250" width="34" height="34" rx="6" fill="#ffffff"/><rect x="470" y="250" width="34" height="34" rx="6" fill="#ffffff"/>
<circle cx="400" cy="262" r="16" fill="#ffcdb2"/>`);
}

/** A globe held up by many hands of different colours: care at the centre of the recovery. */
function careAtTheCentre(): Promise<Uint8Array<ArrayBuffer>> {
  return png(`<rect width="800" height="450" fill="#14213d"/>
<circle cx="400" cy="200" r="130" fill="#4ea8de"/>
<path d="M320 130 q40 -20 70 10 q20 30 -10 50 q-40 10 -60 -20 z" fill="#80ed99"/>
<path d="M430 210 q50 -10 70 30 q-10 50 -60 40 q-30 -30 -10 -70 z" fill="#80ed99"/>
<rect x="250" y="330" width="50" height="120" rx="24" fill="#f4a261"/>
<rect x="330" y="320" width="50" height="130" rx="24" fill="#8d5524"/>
<rect x="420" y="320" width="50" height="130" rx="24" fill="#e9c46a"/>
<rect x="500" y="330" width="50" height="120" rx="24" fill="#c68642"/>
<circle cx="400" cy="200" r="130" fill="none" stroke="#fca311" stroke-width="10"/>`);
}

/** A lectern before rows of seats and five coloured panels: the Muscat conference's five axes. */
export function conferenceHall(): Promise<Uint8Array<ArrayBuffer>> {
  return png(`<rect width="800" height="450" fill="#f1faee"/>
<rect x="80" y="40" width="100" height="150" fill="#2a9d8f"/><rect x="210" y="40" width="100" height="150" fill="#e9c46a"/>
<rect x="340" y="40" width="100" height="150" fill="#f4a261"/><rect x="470" y="40" width="100" height="150" fill="#e76f51"/>
<rect x="600" y="40" width="100" height="150" fill="#264653"/>
<rect x="360" y="220" width="80" height="90" fill="#6d597a"/><rect x="350" y="210" width="100" height="16" fill="#355070"/>
<g fill="#355070">${Array.from({ length: 3 }, (_, row) =>
    Array.from(
      { length: 9 },
      (_, i) => `<rect x="${70 + i * 75}" y="${335 + row * 38}" width="55" height="26" rx="6"/>`,
    ).join(''),
  ).join('')}</g>`);
}

type TDemoPicture = {
  slug: string;
  fileName: string;
  alt: string;
  title?: string;
  draw: () => Promise<Uint8Array<ArrayBuffer>>;
};

/** Practices' pictures: the description is the file's title, which the page uses as the picture's alt text. */
export const demoPracticePictures: readonly TDemoPicture[] = [
  {
    slug: 'manzanas-del-cuidado-bogota',
    fileName: 'manzana-del-cuidado.png',
    alt: 'Dibujo de una manzana del cuidado: casas alrededor de una plaza con un árbol, una madre y su hija',
    draw: careBlock,
  },
  {
    slug: 'rownowaga-praca-rodzina',
    fileName: 'rownowaga-praca-rodzina.png',
    alt: 'Rysunek: serce na tarczy zegara, między dwiema szalami wagi — praca i rodzina w równowadze',
    draw: workFamilyBalance,
  },
  {
    slug: 'mothers-centres',
    fileName: 'mothers-centre.png',
    alt: 'Drawing of three mothers around a table with cups, in a mothers’ centre',
    draw: meetingPlace,
  },
];

export const demoCampaignPicture: TDemoPicture = {
  slug: 'care-at-the-centre-of-the-recovery',
  fileName: 'care-at-the-centre.png',
  title: 'Poster: care at the centre of the recovery',
  alt: 'Drawing of a globe held up by four hands of different skin colours',
  draw: careAtTheCentre,
};

/** The news item's picture, described in Arabic like the item itself (demo-news.ts loads it). */
export const demoNewsPicture = {
  slug: 'muscat-conference-closes-with-recommendations',
  fileName: 'muscat-conference.png',
  alt: 'رسم لقاعة المؤتمر: منصة أمام صفوف المقاعد وخمس لوحات ملوّنة للمحاور الخمسة',
  draw: conferenceHall,
} as const;

async function attachPracticePicture(ctx: TDemoContext, picture: TDemoPicture): Promise<boolean> {
  const practice = await findPracticeBySlug(ctx.db, picture.slug);
  if (!practice) return false;
  const prepared = await preparePracticeFile(
    { name: picture.fileName, bytes: await picture.draw() },
    picture.alt,
  );
  const stored = await ctx.files.save(prepared.kept);
  const uploadId = newId(Date.parse(ctx.at));
  await insertUpload(ctx.db, {
    id: uploadId,
    storageKey: stored.key,
    originalName: picture.fileName,
    contentType: prepared.contentType,
    byteSize: stored.byteSize,
    sha256: stored.sha256,
    at: ctx.at,
    createdBy: null,
  });
  await insertPracticeFile(ctx.db, { practiceId: practice.id, uploadId, title: prepared.title, at: ctx.at });
  return true;
}

async function attachCampaignPicture(ctx: TDemoContext, picture: TDemoPicture): Promise<boolean> {
  const campaign = await findCampaignBySlug(ctx.db, picture.slug);
  if (!campaign) return false;
  const file = new File([await picture.draw()], picture.fileName, { type: 'image/png' });
  const prepared = await prepareCampaignMaterial({ file, title: picture.title ?? '', alt: picture.alt });
  const stored = await ctx.files.save(prepared.bytes);
  await insertCampaignMaterial(ctx.db, {
    id: newId(Date.parse(ctx.at)),
    campaignId: campaign.id,
    kind: 'image',
    title: prepared.title || prepared.originalName,
    alt: prepared.alt,
    width: prepared.size?.width ?? null,
    height: prepared.size?.height ?? null,
    upload: {
      id: newId(Date.parse(ctx.at)),
      storageKey: stored.key,
      originalName: prepared.originalName,
      contentType: prepared.verdict.contentType,
      byteSize: stored.byteSize,
      sha256: stored.sha256,
    },
    userId: null,
    at: ctx.at,
  });
  return true;
}

/** Loaded after the practices and campaigns: their pictures, as files their pages show. */
export const demoPicturesPart: TDemoPart = {
  name: 'pictures',
  async load(ctx) {
    let count = 0;
    for (const picture of demoPracticePictures) if (await attachPracticePicture(ctx, picture)) count += 1;
    if (await attachCampaignPicture(ctx, demoCampaignPicture)) count += 1;
    return count;
  },
};
