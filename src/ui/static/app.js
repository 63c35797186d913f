// Carehub progressive enhancements. Every page works without this file.
(() => {
  // A form submits once: a second click while the first request runs is ignored.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.dataset.submitting === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = 'true';
    for (const button of form.querySelectorAll('button[type="submit"], button:not([type])')) {
      button.setAttribute('aria-disabled', 'true');
    }
    // Let the user try again if the page is restored from the back/forward cache.
    window.addEventListener(
      'pageshow',
      () => {
        form.dataset.submitting = 'false';
      },
      { once: true },
    );
  });

  // Filters show open on wider screens; CSS does it where ::details-content exists, this elsewhere.
  const wide = window.matchMedia('(min-width: 44rem)');
  if (wide.matches && !CSS.supports('selector(::details-content)')) {
    for (const details of document.querySelectorAll('details.filter-disclosure')) details.open = true;
  }
})();
