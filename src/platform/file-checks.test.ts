import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { docxBytes, pdfBytes } from '../../test/support/membership.ts';
import {
  inspectUpload as checkUpload,
  detectType,
  hasSvgActiveContent,
  isSvgExpansionBounded,
  scanPdfStreams,
} from './file-checks.ts';
import {
  checkUpload as checkInSandbox,
  processCpuMs,
  rasteriseSvg,
  SandboxTimeoutError,
  sandboxProcessId,
} from './sandbox.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('file checks: what an upload really is', () => {
  it('recognises PDF, DOCX, PNG, JPEG, WebP and SVG by their bytes', async () => {
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

  it('accepts a clean PDF and a clean DOCX', async () => {
    assert.deepEqual(await checkUpload(pdfBytes(), 'Letter.PDF', ['pdf', 'docx']), {
      isAccepted: true,
      type: 'pdf',
      contentType: 'application/pdf',
    });
    assert.equal((await checkUpload(docxBytes(), 'letter.docx', ['pdf', 'docx'])).isAccepted, true);
  });

  it('refuses a file that is not what its extension says', async () => {
    assert.deepEqual(
      await checkUpload(new TextEncoder().encode('<script>alert(1)</script>'), 'letter.pdf', ['pdf']),
      {
        isAccepted: false,
        reason: 'mismatch',
      },
    );
    assert.deepEqual(await checkUpload(pdfBytes(), 'letter.docx', ['pdf', 'docx']), {
      isAccepted: false,
      reason: 'mismatch',
    });
    assert.deepEqual(await checkUpload(png, 'letter.pdf', ['pdf', 'docx']), {
      isAccepted: false,
      reason: 'unsupported',
    });
    assert.deepEqual(await checkUpload(new Uint8Array(), 'letter.pdf', ['pdf']), {
      isAccepted: false,
      reason: 'empty',
    });
  });

  it('refuses PDFs with JavaScript, even with escaped names or inside compressed object streams', async () => {
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
      assert.deepEqual(await checkUpload(bytes, 'letter.pdf', ['pdf']), {
        isAccepted: false,
        reason: 'active_content',
      });
    }
  });

  it('refuses Word files with macros', async () => {
    const macro = docxBytes({ 'word/vbaProject.bin': 'Attribute VB_Name' });
    assert.deepEqual(await checkUpload(macro, 'letter.docx', ['docx']), {
      isAccepted: false,
      reason: 'active_content',
    });
  });

  it('refuses SVGs with scripts, event handlers, javascript: links or outside references', async () => {
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

  /** A PDF with the given streams (each deflated `times` times), in order, after a clean page. */
  const pdfWithStreams = (streams: { content: Buffer; times?: number; type?: string }[]) => {
    const parts: Buffer[] = [Buffer.from(pdfBytes())];
    streams.forEach(({ content, times = 1, type }, index) => {
      let data = content;
      for (let i = 0; i < times; i += 1) data = deflateSync(data);
      const filter = times === 1 ? '/FlateDecode' : `[${' /FlateDecode'.repeat(times)} ]`;
      parts.push(
        Buffer.from(
          `\n${10 + index} 0 obj << ${type ? `/Type /${type} ` : ''}/Filter ${filter} /Length ${data.length} >>\nstream\n`,
        ),
        data,
        Buffer.from('\nendstream\nendobj\n'),
      );
    });
    return new Uint8Array(Buffer.concat(parts));
  };

  it('finds JavaScript in any stream of a PDF, not only the first', async () => {
    const page = Buffer.from('BT /F1 12 Tf 20 100 Td (Letter of intent) Tj ET');
    const script = Buffer.from('<< /S /JavaScript /JS (app.alert(1)) >>');
    for (const streams of [
      [{ content: page }, { content: script }],
      [{ content: page }, { content: page }, { content: Buffer.from('<< /S /Launch /F (cmd) >>') }],
      [{ content: page }, { content: script, times: 2 }],
    ]) {
      assert.deepEqual(await checkUpload(pdfWithStreams(streams), 'letter.pdf', ['pdf']), {
        isAccepted: false,
        reason: 'active_content',
      });
    }
    assert.equal(
      (await checkUpload(pdfWithStreams([{ content: page }, { content: page }]), 'a.pdf', ['pdf']))
        .isAccepted,
      true,
    );
  });

  it('finds an action in an object that a parser reads from a proper object stream', async () => {
    const objects = '<< /Type /Action /S /J#61vaScript /JS (app.alert(2)) >>';
    const header = '20 0 ';
    const stream = deflateSync(Buffer.from(`${header}${objects}`));
    const pdf = Buffer.concat([
      Buffer.from(pdfBytes()),
      Buffer.from(
        `\n9 0 obj << /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`,
      ),
      stream,
      Buffer.from('\nendstream\nendobj\n'),
    ]);
    assert.equal((await checkUpload(new Uint8Array(pdf), 'letter.pdf', ['pdf'])).isAccepted, false);
  });

  it('stops inflating a PDF at its budget, and refuses a file that would go past it', async () => {
    const zeros = Buffer.alloc(3 * 1024 * 1024);
    const bomb = pdfWithStreams([{ content: zeros }, { content: Buffer.from('<< /S /JavaScript >>') }]);
    assert.equal(scanPdfStreams(Buffer.from(bomb), 1024 * 1024), 'uncheckable');
    assert.equal(scanPdfStreams(Buffer.from(pdfWithStreams([{ content: zeros }])), 4 * 1024 * 1024), 'clean');
    // Nested filters count every stage: a small first stage may hide a large second one.
    assert.equal(
      scanPdfStreams(Buffer.from(pdfWithStreams([{ content: zeros, times: 2 }])), 1024 * 1024),
      'uncheckable',
    );
    // With the real budget (64 MB): a 70 MB stream is refused without being scanned past the budget.
    const large = pdfWithStreams([{ content: Buffer.alloc(70 * 1024 * 1024) }]);
    assert.ok(large.byteLength < 200_000);
    assert.deepEqual(await checkUpload(large, 'letter.pdf', ['pdf']), {
      isAccepted: false,
      reason: 'active_content',
    });
    // An object stream with a filter whose output we cannot bound is not parsed.
    const lzw = Buffer.concat([
      Buffer.from(pdfBytes()),
      Buffer.from(
        '\n9 0 obj << /Type /ObjStm /N 1 /First 5 /Filter /LZWDecode /Length 4 >>\nstream\nabcd\nendstream\nendobj\n',
      ),
    ]);
    assert.equal(scanPdfStreams(lzw), 'uncheckable');
  });

  it('refuses Word files that are macro-enabled or fetch their template from elsewhere', async () => {
    const macroType = docxBytes({
      '[Content_Types].xml':
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    });
    const remoteTemplate = docxBytes({
      'word/_rels/settings.xml.rels':
        '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/></Relationships>',
    });
    for (const bytes of [macroType, remoteTemplate]) {
      assert.deepEqual(await checkUpload(bytes, 'letter.docx', ['docx']), {
        isAccepted: false,
        reason: 'active_content',
      });
    }
  });

  it('refuses SVGs whose <use> references nest or loop into far more shapes than they show', () => {
    // Ten uses of ten uses of … (eight levels): 10⁸ shapes from a file of about 1.5 KB.
    let laughs = '<circle id="l0" r="1"/>';
    for (let level = 1; level <= 8; level += 1) {
      laughs += `<g id="l${level}">${Array.from({ length: 10 }, () => `<use href="#l${level - 1}"/>`).join('')}</g>`;
    }
    const svg = (inner: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${inner}</svg>`;
    assert.equal(isSvgExpansionBounded(svg(laughs)), false);
    assert.equal(isSvgExpansionBounded(svg('<g id="a"><use xlink:href="#a"/></g>')), false);
    assert.equal(
      isSvgExpansionBounded(svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>')),
      false,
    );
    // A logo that reuses a shape a few times is fine.
    const logo = svg(
      '<defs><path id="leaf" d="M0 0L5 5"/></defs><use href="#leaf"/><use href="#leaf" x="9"/><g><use href="#leaf" y="9"/></g>',
    );
    assert.equal(isSvgExpansionBounded(logo), true);
    assert.equal(hasSvgActiveContent(logo), false);
  });

  it('checks and draws in a sandbox process that is killed when it takes too long', async () => {
    assert.equal((await checkInSandbox(pdfBytes(), 'letter.pdf', ['pdf'])).isAccepted, true);
    // Work that surely outlasts a 1 ms limit (and its 4 ms wall cap) on any machine: 48 MB to inflate and
    // scan, thousands of shapes to draw. (A one-page PDF could be checked within the limit on a fast one:
    // the CPU time the kernel reports moves in 10 ms steps.)
    const long = new Uint8Array(pdfWithStreams([{ content: Buffer.alloc(48 * 1024 * 1024) }]));
    assert.equal((await checkInSandbox(long, 'letter.pdf', ['pdf'])).isAccepted, true);
    const slow = await checkInSandbox(long, 'letter.pdf', ['pdf'], { timeoutMs: 1 });
    assert.deepEqual(slow, { isAccepted: false, reason: 'active_content' });
    const shapes = Array.from({ length: 5_000 }, (_, i) => `<circle cx="${i % 400}" cy="${i % 300}" r="9"/>`);
    const busy = new TextEncoder().encode(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">${shapes.join('')}</svg>`,
    );
    await assert.rejects(
      rasteriseSvg(busy, { maxSide: 400, density: 72, timeoutMs: 1 }),
      SandboxTimeoutError,
    );
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0b5e55"/></svg>',
    );
    // The next task gets a fresh process.
    const png = await rasteriseSvg(svg, { maxSide: 64, density: 72 });
    assert.equal(detectType(png), 'png');
  });

  it('counts a task’s own CPU time, so a file waiting for a core on a busy machine is not refused', async () => {
    assert.equal((await checkInSandbox(pdfBytes(), 'letter.pdf', ['pdf'])).isAccepted, true);
    const pid = sandboxProcessId();
    assert.ok(pid, 'the sandbox runs after a check');
    assert.equal(typeof processCpuMs(pid), 'number');
    // The sandbox gets no CPU at all for three times the limit (as under a load it is niced away from),
    // then resumes: the check still answers, and the file is accepted. (The wall cap is set wide here so
    // that the check may finish however loaded the machine running this test is; the cap itself is the
    // next part.)
    process.kill(pid, 'SIGSTOP');
    const verdict = checkInSandbox(pdfBytes(), 'letter.pdf', ['pdf'], {
      timeoutMs: 400,
      wallTimeoutMs: 120_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    process.kill(pid, 'SIGCONT');
    assert.equal((await verdict).isAccepted, true);
    assert.equal(sandboxProcessId(), pid, 'the same process, not killed');
    // Stopped for longer than four times the limit, it is stopped for good: the wall time has a cap.
    process.kill(pid, 'SIGSTOP');
    const stuck = await checkInSandbox(pdfBytes(), 'letter.pdf', ['pdf'], { timeoutMs: 200 });
    assert.deepEqual(stuck, { isAccepted: false, reason: 'active_content' });
    assert.notEqual(sandboxProcessId(), pid);
  });
});
