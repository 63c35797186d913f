import sharp from 'sharp';

/**
 * Files the demo's communities carry, made here rather than shipped: a picture drawn from shapes (two
 * bars of a chart beside a clock face, for the time-use community) and a one-page PDF written by hand.
 */
export async function demoCommunityPicture(): Promise<{ data: Buffer; width: number; height: number }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600">
<rect width="1200" height="600" fill="#0b5e55"/>
<rect x="140" y="250" width="160" height="250" fill="#f2c14e"/>
<rect x="360" y="130" width="160" height="370" fill="#e07a5f"/>
<circle cx="840" cy="300" r="200" fill="#f4f1de"/>
<line x1="840" y1="300" x2="840" y2="150" stroke="#3d405b" stroke-width="22" stroke-linecap="round"/>
<line x1="840" y1="300" x2="950" y2="360" stroke="#3d405b" stroke-width="22" stroke-linecap="round"/>
</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A valid one-page PDF with these lines of plain ASCII text (Helvetica), offsets computed. */
export function demoPdf(lines: readonly string[]): Uint8Array {
  const escapePdfText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines
    .map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 18} Td (${escapePdfText(line)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
