// Carehub: tells the server the browser's time zone (unless the reader chose one on /time-zone), and
// fills in event times in the reader's zone (chosen, else the browser's) on the current page. Pages work
// without it: times are always shown in the event's own zone, and readers can choose their zone by hand.
(() => {
  const name = 'carehub_tz';
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return;
  }
  if (!zone) return;
  const raw = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  const current = raw ? decodeURIComponent(raw) : '';
  if (current && !current.startsWith('auto:')) {
    // A zone the reader chose: kept, and used for the times below (pages cached for everyone, such as the
    // home page, cannot print it on the server). A name this browser does not know leaves its own zone.
    try {
      new Intl.DateTimeFormat('en', { timeZone: current });
      zone = current;
    } catch {}
  } else if (current !== `auto:${zone}`) {
    // biome-ignore lint/suspicious/noDocumentCookie: one small cookie; the Cookie Store API is not in every browser
    document.cookie = `${name}=${encodeURIComponent(`auto:${zone}`)}; path=/; max-age=31536000; samesite=lax`;
  }
  const lang = document.documentElement.lang || 'en';
  const offsetOf = (tz, date) => {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName');
    return part ? part.value : '';
  };
  for (const element of document.querySelectorAll('[data-reader-time]')) {
    const starts = new Date(element.getAttribute('data-starts') || '');
    const ends = new Date(element.getAttribute('data-ends') || '');
    const eventZone = element.getAttribute('data-event-zone') || '';
    if (Number.isNaN(starts.getTime()) || Number.isNaN(ends.getTime())) continue;
    if (
      offsetOf(zone, starts) === offsetOf(eventZone, starts) &&
      offsetOf(zone, ends) === offsetOf(eventZone, ends)
    ) {
      continue;
    }
    let format;
    try {
      const dateStyle = element.getAttribute('data-date-style') || 'full';
      format = new Intl.DateTimeFormat(lang, { dateStyle, timeStyle: 'short', timeZone: zone });
    } catch {
      return;
    }
    const range = element.querySelector('[data-reader-range]');
    const zoneName = element.querySelector('[data-reader-zone]');
    if (range) range.textContent = format.formatRange(starts, ends);
    if (zoneName) zoneName.textContent = `${zone}, ${offsetOf(zone, starts).replace('GMT', 'UTC')}`;
    element.hidden = false;
  }
})();
