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

  // Repeatable rows (implementers…): "Add another" copies the last row here instead of reloading the
  // page. Without this, the button submits the form and the server answers with one row more.
  const lang = document.documentElement.lang || 'en';
  for (const button of document.querySelectorAll('[data-repeat-add]')) {
    button.addEventListener('click', (event) => {
      const group = button.closest('[data-repeatable]');
      const rows = group?.querySelectorAll('[data-repeat-row]');
      const last = rows?.[rows.length - 1];
      if (!group || !last) return;
      event.preventDefault();
      const index = rows.length;
      const copy = last.cloneNode(true);
      const renumber = (value) => value.replace(/-\d+-/, `-${index}-`);
      for (const element of copy.querySelectorAll('[id]')) element.id = renumber(element.id);
      for (const element of copy.querySelectorAll('[for]')) element.htmlFor = renumber(element.htmlFor);
      for (const element of copy.querySelectorAll('[aria-describedby]')) {
        element.setAttribute(
          'aria-describedby',
          element
            .getAttribute('aria-describedby')
            .split(' ')
            .filter((id) => !id.endsWith('-error'))
            .map(renumber)
            .join(' '),
        );
      }
      for (const element of copy.querySelectorAll('.field-error')) element.remove();
      for (const element of copy.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
      for (const input of copy.querySelectorAll('input, textarea')) input.value = '';
      for (const select of copy.querySelectorAll('select')) select.selectedIndex = 0;
      const legend = copy.querySelector('legend');
      if (legend) {
        legend.textContent = (button.dataset.rowLegend || '').replace(
          '§',
          new Intl.NumberFormat(lang).format(index + 1),
        );
      }
      last.after(copy);
      copy.querySelector('input, select, textarea')?.focus();
      const max = Number(button.dataset.repeatMax || 0);
      if (max > 0 && index + 1 >= max && button.parentElement) button.parentElement.hidden = true;
    });
  }

  // Enter in a one-line field saves the form, as people expect, even when a step button ("Add
  // another", "Find the place") comes first in the form and so would be the browser's default.
  document.addEventListener('keydown', (event) => {
    const input = event.target;
    if (event.defaultPrevented || event.key !== 'Enter') return;
    if (!(input instanceof HTMLInputElement) || !input.form) return;
    if (input.dataset.enterSubmits !== undefined) return;
    const form = input.form;
    if (!form.querySelector('[data-form-step]')) return;
    const buttons = [...form.querySelectorAll('button[type="submit"]:not([data-form-step])')];
    const save = buttons[buttons.length - 1];
    if (!save) return;
    event.preventDefault();
    form.requestSubmit(save);
  });

  // Searchable check-box lists (countries, themes, populations): the filter box hides the boxes whose
  // label and terms do not contain what is typed. Without this, every box is shown.
  const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  for (const list of document.querySelectorAll('[data-choice-list]')) {
    const input = list.querySelector('[data-choice-filter]');
    const none = list.querySelector('[data-choice-none]');
    if (!input) continue;
    input.closest('[hidden]')?.removeAttribute('hidden');
    const items = [...list.querySelectorAll('li')].map((li) => ({
      li,
      text: plain(`${li.textContent} ${li.dataset.terms || ''}`),
    }));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
    input.addEventListener('input', () => {
      const wanted = plain(input.value.trim());
      let shown = 0;
      for (const item of items) {
        item.li.hidden = wanted !== '' && !item.text.includes(wanted);
        if (!item.li.hidden) shown += 1;
      }
      for (const group of list.querySelectorAll('.choice-group')) {
        group.hidden = !group.querySelector('li:not([hidden])');
      }
      if (none) none.hidden = shown > 0;
    });
  }

  // Long selects with a filter box (time zones): typing a city, a country, a zone name or an offset
  // hides the options that do not match; when the chosen one is hidden, the first match is chosen, so
  // the select always shows what will be sent. Without this, the whole grouped list stays.
  for (const input of document.querySelectorAll('[data-select-filter]')) {
    const select = document.getElementById(input.getAttribute('aria-controls') || '');
    if (!(select instanceof HTMLSelectElement)) continue;
    const none = input.parentElement?.querySelector('[data-select-none]');
    input.closest('[hidden]')?.removeAttribute('hidden');
    const options = [...select.options].map((option) => ({
      option,
      text: plain(`${option.textContent} ${option.dataset.terms || ''}`),
    }));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
    input.addEventListener('input', () => {
      const wanted = plain(input.value.trim());
      let first = null;
      for (const item of options) {
        item.option.hidden = wanted !== '' && item.option.value !== '' && !item.text.includes(wanted);
        if (!item.option.hidden && item.option.value !== '' && !first) first = item.option;
      }
      for (const group of select.querySelectorAll('optgroup')) {
        group.hidden = ![...group.children].some((option) => !option.hidden);
      }
      const current = select.selectedOptions[0];
      if (first && wanted !== '' && (!current || current.hidden || current.value === '')) {
        select.value = first.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (none) none.hidden = wanted === '' || first !== null;
    });
  }

  // Place pickers: matches from the gazetteer appear as the person types (or presses "Find the
  // place"), as boxes to tick, without reloading the page. Without this, the button asks the server.
  for (const picker of document.querySelectorAll('[data-place-picker]')) {
    const input = picker.querySelector('[data-place-query]');
    const button = picker.querySelector('[data-place-find]');
    const results = picker.querySelector('[data-place-results]');
    const url = picker.dataset.searchUrl;
    if (!input || !button || !results || !url) continue;
    const name = button.value;
    const type = picker.dataset.single === undefined ? 'checkbox' : 'radio';
    let timer;
    let asked = '';
    const show = async () => {
      const query = input.value.trim();
      if (query.length < 2 || query === asked) return;
      asked = query;
      let found;
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(query)}`, {
          headers: { accept: 'application/json' },
        });
        if (!response.ok) return;
        found = await response.json();
      } catch {
        return;
      }
      if (input.value.trim() !== query) return;
      const chosen = new Set(
        [...picker.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value),
      );
      const list = document.createElement('ul');
      list.className = 'checkboxes';
      const note = document.createElement('p');
      note.className = 'hint';
      note.textContent = found.message;
      found.places
        .filter((place) => !chosen.has(place.value))
        .forEach((place, index) => {
          const item = document.createElement('li');
          const box = document.createElement('input');
          box.type = type;
          box.name = name;
          box.value = place.value;
          if (place.zone) box.dataset.zone = place.zone;
          box.id = `${picker.id}-found-${index}`;
          const label = document.createElement('label');
          label.htmlFor = box.id;
          const text = document.createElement('bdi');
          text.textContent = place.label;
          label.append(text);
          item.append(box, ' ', label);
          list.append(item);
        });
      results.replaceChildren(note, list);
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(show, 250);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      asked = '';
      show();
    });
    button.addEventListener('click', (event) => {
      event.preventDefault();
      asked = '';
      show();
    });
    // A ticked match is chosen: the search box is emptied so that saving saves, not searches again.
    results.addEventListener('change', () => {
      input.value = '';
    });
  }

  // "Or click on a map" (ADR 0097): a click on the world map shows the country's map, a click there
  // chooses the nearest city in place, without reloading. Without this, the map is an <input
  // type="image"> and the server answers the click with the form again. x grows to the east on every
  // page: the position is measured from the image's left edge, whatever the page's direction.
  for (const map of document.querySelectorAll('input[data-place-map]')) {
    const picker = map.closest('[data-place-picker]');
    const box = map.closest('[data-place-map-box]');
    const view = box?.querySelector('[data-place-map-view]');
    const note = box?.querySelector('[data-place-map-note]');
    const chosenList = picker?.querySelector('[data-place-chosen]');
    const world = box?.querySelector('button[name="_map"]');
    const url = map.dataset.atUrl;
    const name = picker?.querySelector('[data-place-find]')?.value;
    const isCityField = map.dataset.cityField !== undefined;
    if (!view || !note || !url || !(isCityField || (picker && chosenList && name))) continue;
    const type = picker?.dataset.single === undefined ? 'checkbox' : 'radio';
    // Beside an organisation's city: the city's name written in, its country ticked.
    const fillCity = (place) => {
      let found;
      try {
        found = JSON.parse(place.value);
      } catch {
        return;
      }
      const city = map.form?.elements.namedItem('city');
      if (city instanceof HTMLInputElement) city.value = found.name;
      const country = map.form?.querySelector(`input[name="countries"][value="${found.country}"]`);
      if (country instanceof HTMLInputElement && !country.checked) {
        country.checked = true;
        country.dispatchEvent(new Event('change', { bubbles: true }));
      }
    };
    const show = (answer) => {
      map.src = answer.src;
      map.alt = answer.alt;
      map.setAttribute('width', String(answer.width));
      map.setAttribute('height', String(answer.height));
      view.value = answer.view;
      if (world) world.hidden = answer.view === 'world';
    };
    if (world) {
      world.addEventListener('click', (event) => {
        event.preventDefault();
        show({
          src: map.src.replace(/\/[A-Za-z]+\.svg$/, '/world.svg'),
          alt: map.dataset.worldAlt || map.alt,
          width: 320,
          height: 168,
          view: 'world',
        });
        note.textContent = '';
      });
    }
    map.addEventListener('click', async (event) => {
      // A click from the keyboard has no position: the server says so and offers the search instead.
      if (event.detail === 0) return;
      event.preventDefault();
      const rect = map.getBoundingClientRect();
      const scale = Number(map.getAttribute('width')) / (map.clientWidth || 1);
      const x = Math.round((event.clientX - rect.left - map.clientLeft) * scale);
      const y = Math.round((event.clientY - rect.top - map.clientTop) * scale);
      let answer;
      try {
        const response = await fetch(`${url}?view=${encodeURIComponent(view.value)}&x=${x}&y=${y}`, {
          headers: { accept: 'application/json' },
        });
        if (!response.ok) return;
        answer = await response.json();
      } catch {
        return;
      }
      show(answer);
      note.textContent = answer.note;
      if (!answer.place) return;
      if (isCityField) {
        fillCity(answer.place);
        return;
      }
      let choice = [...picker.querySelectorAll(`input[name="${name}"]`)].find(
        (input) => input.value === answer.place.value,
      );
      if (!choice) {
        const item = document.createElement('li');
        choice = document.createElement('input');
        choice.type = type;
        choice.name = name;
        choice.value = answer.place.value;
        if (answer.place.zone) choice.dataset.zone = answer.place.zone;
        choice.id = `${picker.id}-map-${chosenList.children.length}`;
        const label = document.createElement('label');
        label.htmlFor = choice.id;
        const text = document.createElement('bdi');
        text.textContent = answer.place.label;
        label.append(text);
        item.append(choice, ' ', label);
        chosenList.append(item);
      }
      choice.checked = true;
      choice.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  // A new event's zone follows the place picked until the person picks a zone (the server does the same
  // on "Find the place" without this script): the zone the server found for where the place is.
  for (const proposed of document.querySelectorAll('input[data-zone-default]')) {
    const form = proposed.form;
    const select = form?.elements.namedItem('timeZone');
    if (!form || !(select instanceof HTMLSelectElement)) continue;
    form.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.name !== 'place' || !box.checked) return;
      if (select.value !== proposed.value) return;
      const zone = box.dataset.zone;
      if (!zone || ![...select.options].some((option) => option.value === zone)) return;
      select.value = zone;
      proposed.value = zone;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
})();
