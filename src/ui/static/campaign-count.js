// Carehub: keeps a campaign's endorsement count current without reloading, everywhere the page shows
// it (the summary panel and the endorsers' section). The page is right when it loads (the server
// writes the count); this only asks a tiny JSON endpoint every 30 seconds while the page is visible,
// and at once when the reader comes back to it. Without JavaScript nothing changes.
(() => {
  const elements = Array.from(document.querySelectorAll('[data-live-count]'));
  const url = elements[0]?.getAttribute('data-live-count');
  if (!url || !window.fetch) return;
  const counts = elements.filter((element) => element.getAttribute('data-live-count') === url);
  let shown = counts[0].textContent;
  let isAsking = false;
  const refresh = async () => {
    if (document.visibilityState !== 'visible' || isAsking) return;
    isAsking = true;
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' });
      if (!response.ok) return;
      const data = await response.json();
      if (typeof data.label === 'string' && data.label !== shown) {
        for (const element of counts) {
          element.textContent = data.label;
          element.setAttribute('data-count', String(data.count));
        }
        shown = data.label;
      }
    } catch {
      // Offline or the server is busy: keep the count shown and try again later.
    } finally {
      isAsking = false;
    }
  };
  setInterval(refresh, 30_000);
  document.addEventListener('visibilitychange', refresh);
})();
