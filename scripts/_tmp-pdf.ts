import { writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { readPdf } from '../src/platform/document-text.ts';
const doc = await PDFDocument.create();
const font = await doc.embedFont(StandardFonts.Helvetica);
const bold = await doc.embedFont(StandardFonts.HelveticaBold);
for (let p = 1; p <= 50; p++) {
  const page = doc.addPage([595, 842]);
  page.drawText(`Chapter ${p}: care services in the region`, { x: 50, y: 780, size: 16, font: bold });
  for (let line = 0; line < 48; line++)
    page.drawText(`Line ${line + 1} of page ${p}: the municipality funds respite hours, day centres and training for family carers.`, { x: 50, y: 750 - line * 14, size: 9, font });
}
const bytes = await doc.save();
writeFileSync('/tmp/imports-50.pdf', bytes);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const r = await readPdf(bytes);
  console.log('readPdf', (performance.now() - t0).toFixed(0), 'ms', r.isRead && r.text.length);
}
