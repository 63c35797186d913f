import { checkUpload } from './src/platform/sandbox.ts';
import { pdfBytes } from './test/support/membership.ts';
const t = Date.now();
console.log(await checkUpload(pdfBytes(), 'a.pdf', ['pdf']), Date.now() - t);
const t2 = Date.now();
console.log(await checkUpload(pdfBytes(), 'a.pdf', ['pdf']), Date.now() - t2);
