import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { docxBytes, pdfBytes } from '../../test/support/membership.ts';
import { checkUpload, detectType, hasSvgActiveContent } from './file-checks.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('file checks: what an upload really is', () => {
  it('recognises PDF, DOCX, PNG, JPEG, WebP and SVG by their bytes', () => {
    assert.equal(detectType(pdfBytes()), 'pdf');
    assert.equal(detectType(docxBytes()), 'docx');
    assert.equal(detectType(png), 'png');
    assert.equal(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
    assert.equal(detectType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')), 'webp');
    assert.equal(
      detectType(
        new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      ),
      'svg',
    );
    assert.equal(detectType(new TextEncoder().encode('<html><body>hi</body></html>')), null);
  });

  it('accepts a clean PDF and a clean DOCX', () => {
    assert.deepEqual(checkUpload(pdfBytes(), 'Letter.PDF', ['pdf', 'docx']), {
      isAccepted: true,
      type: 'pdf',
      contentType: 'application/pdf',
    });
    assert.equal(checkUpload(docxBytes(), 'letter.docx', ['pdf', 'docx']).isAccepted, true);
  });

  it('refuses a file that is not what its extension says', () => {
    assert.deepEqual(
      checkUpload(new TextEncoder().encode('<script>alert(1)</script>'), 'letter.pdf', ['pdf']),
      {
        isAccepted: false,
        reason: 'mismatch',
      },
    );
    assert.deepEqual(checkUpload(pdfBytes(), 'letter.docx', ['pdf', 'docx']), {
      isAccepted: false,
      reason: 'mismatch',
    });
    assert.deepEqual(checkUpload(png, 'letter.pdf', ['pdf', 'docx']), {
      isAccepted: false,
      reason: 'unsupported',
    });
    assert.deepEqual(checkUpload(new Uint8Array(), 'letter.pdf', ['pdf']), {
      isAccepted: false,
      reason: 'empty',
    });
  });

  it('refuses PDFs with JavaScript, even with escaped names or inside compressed object streams', () => {
    const plain = pdfBytes('/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>');
    const escaped = pdfBytes('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>');
    const hidden = deflateSync(Buffer.from('<< /S /JavaScript /JS (app.alert(1)) >>'));
    const compressed = Buffer.concat([
      Buffer.from(pdfBytes()),
      Buffer.from(`\n4 0 obj << /Type /ObjStm /Filter /FlateDecode /Length ${hidden.length} >>\nstream\n`),
      hidden,
      Buffer.from('\nendstream\nendobj\n'),
    ]);
    const launch = pdfBytes('/OpenAction << /S /Launch /F (cmd.exe) >>');
    for (const bytes of [plain, escaped, new Uint8Array(compressed), launch]) {
      assert.deepEqual(checkUpload(bytes, 'letter.pdf', ['pdf']), {
        isAccepted: false,
        reason: 'active_content',
      });
    }
  });

  it('refuses Word files with macros', () => {
    const macro = docxBytes({ 'word/vbaProject.bin': 'Attribute VB_Name' });
    assert.deepEqual(checkUpload(macro, 'letter.docx', ['docx']), {
      isAccepted: false,
      reason: 'active_content',
    });
  });

  it('refuses SVGs with scripts, event handlers, javascript: links or outside references', () => {
    const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
    assert.equal(hasSvgActiveContent(wrap('<circle r="4" fill="#0b5e55"/>')), false);
    for (const bad of [
      '<script>alert(1)</script>',
      '<circle onload="alert(1)"/>',
      '<a href="javascript:alert(1)"><text>x</text></a>',
      '<a xlink:href="&#106;avascript:alert(1)"/>',
      '<image href="https://evil.example/x.png"/>',
      '<foreignObject><iframe/></foreignObject>',
    ]) {
      assert.equal(hasSvgActiveContent(wrap(bad)), true, bad);
    }
  });
});
