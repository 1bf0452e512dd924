/*
 * Treaty Portal - nothing typed is lost in the browser.
 *
 * A <form data-autosave="KEY" data-autosave-updated="EPOCH-MILLIS"> (the editorial form; the
 * key names the user and the item) is copied to local storage every minute and when the page
 * is hidden or left, once it differs from what the page loaded with. Coming back to the form
 * with a copy newer than the item's last save offers it back ("Restore unsaved changes from
 * 15:02?") or to discard it. A successful save (the next page says so) removes the copy.
 * Leaving the form with unsaved changes asks first (not after submitting it).
 *
 * The copy keeps the item's version as it was when the typing began: restoring it puts that
 * version back in the form, so saving over someone else's newer save still meets the
 * server's stale-save check (the conflict screen) instead of overwriting it.
 *
 * Words come from the editor's data block (keys editorial.editor.autosave.*).
 */
(function () {
  'use strict';

  const PREFIX = 'treaty-portal.draft:';
  const SUBMITTED = 'treaty-portal.draft-submitted';
  const EVERY = 60 * 1000;

  let words = null;

  function word(key, ...values) {
    if (words === null) {
      const block = document.getElementById('editor-words');
      try {
        words = block ? JSON.parse(block.textContent) : {};
      } catch {
        words = {};
      }
    }
    const text = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
    return text.replace(/\{(\d+)\}/g, (match, index) => (index < values.length ? String(values[index]) : match));
  }

  function storage() {
    try {
      return window.localStorage;
    } catch {
      return null; // storage disabled: the form works as before
    }
  }

  /* The fields worth keeping: what the editor typed, and the version the typing began from. */
  function fields(form) {
    const kept = [];
    for (const element of form.elements) {
      const type = (element.type || '').toLowerCase();
      if (!element.name || element.disabled || /^(file|submit|button|reset|image|password)$/.test(type) ||
        (type === 'hidden' && element.name !== 'version')) {
        continue;
      }
      if (type === 'checkbox' || type === 'radio') {
        kept.push([element.name, element.value, element.checked]);
      } else if (element.localName === 'select' && element.multiple) {
        kept.push([element.name, Array.from(element.selectedOptions).map((option) => option.value)]);
      } else {
        kept.push([element.name, element.value]);
      }
    }
    return kept;
  }

  function restoreFields(form, kept) {
    const seen = {};
    for (const [name, value, checked] of kept) {
      const candidates = Array.from(form.elements).filter((element) => element.name === name);
      if (typeof checked === 'boolean') {
        const box = candidates.find((element) => element.value === value);
        if (box) {
          box.checked = checked;
        }
        continue;
      }
      const index = seen[name] || 0;
      seen[name] = index + 1;
      const element = candidates.filter((candidate) => !/^(checkbox|radio)$/.test(candidate.type))[index];
      if (!element) {
        continue;
      }
      if (Array.isArray(value)) {
        for (const option of element.options) {
          option.selected = value.includes(option.value);
        }
      } else {
        element.value = value;
      }
      if (element.matches('textarea[data-rich-text]')) {
        element.dispatchEvent(new CustomEvent('rich-text:reload'));
      }
    }
  }

  function timeOf(savedAt) {
    const date = new Date(savedAt);
    const lang = document.documentElement.lang || undefined;
    const today = new Date().toDateString() === date.toDateString();
    const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    return new Intl.DateTimeFormat(lang, today ? time
      : Object.assign({ day: 'numeric', month: 'long', year: 'numeric' }, time)).format(date);
  }

  function offer(form, store, key, draft, done) {
    const notice = document.createElement('div');
    notice.className = 'alert alert--info autosave-offer';
    notice.setAttribute('role', 'group');
    notice.setAttribute('aria-labelledby', 'autosave-offer-text');
    const text = document.createElement('p');
    text.id = 'autosave-offer-text';
    text.textContent = word('autosave.offer', timeOf(draft.savedAt));
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'button button--small';
    restore.dataset.autosave = 'restore';
    restore.textContent = word('autosave.restore');
    const discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'button button--secondary button--small';
    discard.dataset.autosave = 'discard';
    discard.textContent = word('autosave.discard');
    const actions = document.createElement('p');
    actions.className = 'autosave-offer__actions';
    actions.append(restore, ' ', discard);
    notice.append(text, actions);
    form.prepend(notice);
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.prepend(status);

    restore.addEventListener('click', () => {
      restoreFields(form, draft.fields);
      notice.remove();
      status.textContent = word('autosave.restored');
      done(true);
    });
    discard.addEventListener('click', () => {
      store.removeItem(key);
      notice.remove();
      status.textContent = word('autosave.discarded');
      done(false);
    });
    text.tabIndex = -1;
    text.focus({ preventScroll: false });
  }

  function watch(form) {
    const store = storage();
    if (!store) {
      return;
    }
    const key = PREFIX + form.dataset.autosave;
    const updated = Number(form.dataset.autosaveUpdated || 0);
    const initial = JSON.stringify(fields(form));
    let submitting = false;
    let dirty = false;

    // This page answers a submit of this form (a new item's form answers under its own key).
    const submitted = sessionStorage.getItem(SUBMITTED);
    sessionStorage.removeItem(SUBMITTED);
    const answered = submitted !== null;
    if (answered && document.querySelector('.alert--success')) {
      store.removeItem(submitted); // saved: nothing to keep
    } else if (submitted === key) {
      dirty = true; // refused (errors, conflict): what the form shows is still unsaved
    }

    const changed = () => JSON.stringify(fields(form)) !== initial;
    const save = () => {
      if (submitting || !(dirty || changed())) {
        return;
      }
      dirty = true;
      try {
        store.setItem(key, JSON.stringify({ savedAt: Date.now(), fields: fields(form) }));
      } catch {
        // Storage full or refused: the beforeunload warning still protects the work.
      }
    };

    let draft = null;
    try {
      draft = JSON.parse(store.getItem(key) || 'null');
    } catch {
      draft = null;
    }
    if (draft && Array.isArray(draft.fields) && draft.savedAt > updated && !answered &&
      JSON.stringify(draft.fields) !== initial) {
      offer(form, store, key, draft, (restored) => {
        dirty = restored;
      });
    }
    // A copy older than the item's last save is not offered; typing here replaces it.

    setInterval(save, EVERY);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        save();
      }
    });
    form.addEventListener('submit', (event) => {
      if (event.submitter && event.submitter.formTarget === '_blank') {
        return; // a preview in another tab: this page stays, and so does the work
      }
      submitting = true;
      sessionStorage.setItem(SUBMITTED, key);
    });
    window.addEventListener('beforeunload', (event) => {
      if (!submitting && (dirty || changed())) {
        save();
        event.preventDefault();
        event.returnValue = ''; // browsers show their own words
      }
    });
  }

  function start() {
    for (const form of document.querySelectorAll('form[data-autosave]')) {
      watch(form);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
