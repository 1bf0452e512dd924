/*
 * Treaty Portal - small progressive enhancements for the admin forms.
 *
 *  1. input[data-slug-source] / input[data-slug-target] (same form, or same language's
 *     fieldset): suggests the slug from
 *     the title, as the server does (Slugs.fromTitle), until the editor types their own.
 *  2. form[data-confirm]: asks window.confirm(data-confirm) before submitting.
 *  3. button[data-copy="id"]: copies the text of #id to the clipboard and says "Copied".
 *  4. input[data-filter-rows="selector"]: hides, as the admin types, the rows whose first
 *     cell does not contain the text (case and accents aside; the server's GET filter does
 *     the same), and rewrites the element named by aria-describedby from its
 *     data-template ("{shown}", "{total}").
 *
 * No dependencies; CSP-safe. Everything works without it (the server does the real checks).
 */
(function () {
  'use strict';

  const SLUG_MAX_LENGTH = 120;

  function trimHyphens(text) {
    return text.replace(/^-+/, '').replace(/-+$/, '');
  }

  /*
   * The same steps as org.treatyportal.publishing.Slugs.fromTitle: the letters without a
   * decomposition are replaced first (as written there, lower case only), then the text is
   * NFD-normalised, combining marks dropped, lower-cased, and every run of other characters
   * becomes one hyphen; a slug longer than 120 is cut at its last hyphen past 60.
   */
  function slugify(title) {
    if (title === null || title === undefined) {
      return '';
    }
    const ascii = String(title).toLowerCase()
      .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o')
      .replace(/œ/g, 'oe').replace(/ł/g, 'l').replace(/đ/g, 'd')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '');
    let slug = trimHyphens(ascii.replace(/[^a-z0-9]+/g, '-'));
    if (slug.length > SLUG_MAX_LENGTH) {
      slug = slug.slice(0, SLUG_MAX_LENGTH);
      const lastHyphen = slug.lastIndexOf('-');
      if (lastHyphen > SLUG_MAX_LENGTH / 2) {
        slug = slug.slice(0, lastHyphen);
      }
      slug = trimHyphens(slug);
    }
    return slug;
  }

  /* A polite live region for short confirmations. */
  let statusRegion = null;
  let statusTimer = null;

  function announce(message) {
    if (!statusRegion) {
      statusRegion = document.createElement('div');
      statusRegion.className = 'visually-hidden admin-status';
      statusRegion.setAttribute('role', 'status');
      statusRegion.setAttribute('aria-live', 'polite');
      document.body.append(statusRegion);
    }
    statusRegion.textContent = '';
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      statusRegion.textContent = message;
    }, 50);
  }

  /* 1. Slug suggestion ----------------------------------------------------------------- */

  function initSlugs() {
    for (const source of document.querySelectorAll('input[data-slug-source]')) {
      // A form with one fieldset per language pairs each language's title and slug.
      const scope = source.closest('fieldset.language-version') || source.form || source.closest('form') || document;
      const target = scope.querySelector('input[data-slug-target]');
      if (!target || source.dataset.slugReady) {
        continue;
      }
      source.dataset.slugReady = 'true';
      // Nothing suggested yet: a slug already there (an existing item) is left alone.
      let lastSuggestion = null;
      source.addEventListener('input', () => {
        if (target.value === '' || target.value === lastSuggestion) {
          const suggestion = slugify(source.value);
          target.value = suggestion;
          lastSuggestion = suggestion;
        }
      });
    }
  }

  /* 2. Confirmation before submitting -------------------------------------------------- */

  function initConfirm() {
    document.addEventListener('submit', (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-confirm') || event.defaultPrevented) {
        return;
      }
      if (!window.confirm(form.dataset.confirm || 'Are you sure?')) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    });
  }

  /* 3. Copy buttons -------------------------------------------------------------------- */

  function copyWithSelection(text) {
    const helper = document.createElement('textarea');
    helper.value = text;
    helper.setAttribute('readonly', '');
    helper.className = 'visually-hidden';
    document.body.append(helper);
    helper.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    helper.remove();
    return copied;
  }

  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // fall back below
      }
    }
    return copyWithSelection(text);
  }

  function initCopy() {
    // Copy buttons do nothing without JavaScript: templates may render them hidden.
    for (const button of document.querySelectorAll('[data-copy][hidden]')) {
      button.hidden = false;
    }
    document.addEventListener('click', async (event) => {
      const button = event.target.closest('[data-copy]');
      if (!button) {
        return;
      }
      event.preventDefault();
      const source = document.getElementById(button.dataset.copy);
      if (!source) {
        return;
      }
      const text = 'value' in source && typeof source.value === 'string' && source.localName !== 'button'
        ? source.value : source.textContent.trim();
      const copied = await copyText(text);
      if (copied) {
        announce('Copied');
        if (!button.dataset.copyLabel) {
          button.dataset.copyLabel = button.textContent;
          button.textContent = 'Copied';
          setTimeout(() => {
            button.textContent = button.dataset.copyLabel;
            delete button.dataset.copyLabel;
          }, 2000);
        }
      } else {
        announce('Could not copy: select the text and copy it with the keyboard');
      }
    });
  }

  /* 4. Live filter of table rows ----------------------------------------------------- */

  function folded(text) {
    return String(text).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  }

  function initRowFilters() {
    for (const input of document.querySelectorAll('input[data-filter-rows]')) {
      const rows = Array.from(document.querySelectorAll(input.dataset.filterRows));
      const count = document.getElementById(input.getAttribute('aria-describedby'));
      const filter = () => {
        const wanted = folded(input.value);
        let shown = 0;
        for (const row of rows) {
          const cell = row.querySelector('th, td');
          const code = (row.dataset.iso || '').toLowerCase();
          const match = wanted === '' || folded(cell ? cell.textContent : '').includes(wanted) || code === wanted;
          row.hidden = !match;
          shown += match ? 1 : 0;
        }
        if (count && count.dataset.template) {
          count.textContent = count.dataset.template.replace('{shown}', shown).replace('{total}', rows.length);
        }
      };
      input.addEventListener('input', filter);
    }
  }

  window.TreatyPortalAdmin = { slugify: slugify };

  function start() {
    initSlugs();
    initConfirm();
    initCopy();
    initRowFilters();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
