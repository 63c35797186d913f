/**
 * What a member wrote in a mail reply, without what their mail program added: the quoted
 * notification (`>` lines, the "On … wrote:" line in our languages, Outlook's header block or
 * separator) and the signature (`-- `). Whatever follows the first such marker is dropped, since mail
 * programs put the quoted message below the answer.
 */

/** "On Mon, 2 Mar 2026, Ana <ana@…> wrote:" and its translations; may be wrapped on two lines. */
const attributionPatterns: readonly RegExp[] = [
  /^On\b.{0,300}\bwrote:\s*$/i,
  /^El\b.{0,300}\bescribió:\s*$/i,
  /^Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^.{0,300}(^|\s)(написал|написала|написал\(а\)|пишет)\s*:\s*$/i,
  /^W dniu\b.{0,300}\b(napisał|napisała|napisał\(a\)|pisze)\s*:\s*$/i,
  /^.{0,300}\b(napisał|napisała|napisał\(a\))\s*:\s*$/i,
  /^(في|فى)\s.{0,300}(كتب|كتبت)(\s.{0,200})?:\s*$/u,
  /^.{0,100}\d{4}\s*г\.\s*в\s*\d{1,2}:\d{2}.{0,200}:\s*$/u,
  /^.{0,300}(^|\s)(كتب|كتبت)\s*:\s*$/u,
];

/** Outlook and friends: a separator line, or a block of "From:" followed closely by "Sent:"/"Date:". */
const separatorPattern =
  /^\s*(-{2,}\s*(Original Message|Mensaje original|Message d'origine|Исходное сообщение|Wiadomość oryginalna|Oryginalna wiadomość|الرسالة الأصلية)\s*-{2,}|_{20,})\s*$/i;
const fromHeaderPattern = /^\s*\*?(From|De|От|Od|Von|من)\s*\*?\s*:/i;
const sentHeaderPattern =
  /^\s*\*?(Sent|Date|Enviado|Fecha|Envoyé|Date d'envoi|Отправлено|Дата|Wysłano|Data|Gesendet|أرسل|تاريخ الإرسال|التاريخ)\s*\*?\s*:/i;
const signaturePattern = /^-- ?$/;

function isAttribution(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && attributionPatterns.some((pattern) => pattern.test(trimmed));
}

export function stripQuotedText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (signaturePattern.test(line)) break;
    if (separatorPattern.test(line)) break;
    if (isAttribution(line)) break;
    // Gmail wraps a long attribution: "On Mon, … Ana" / "<ana@example.org> wrote:".
    if (line.trim() !== '' && !line.trim().startsWith('>') && isAttribution(`${line.trim()} ${next.trim()}`))
      break;
    if (fromHeaderPattern.test(line) && lines.slice(i + 1, i + 5).some((l) => sentHeaderPattern.test(l)))
      break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
