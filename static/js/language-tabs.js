/*
 * Treaty Portal - one tab per language in the editorial forms.
 *
 * [data-language-tabs] holds consecutive fieldset.language-version, the original first.
 * This script puts a tab list before them (buttons with role="tab", aria-selected and
 * aria-controls), shows one fieldset at a time as its tab panel, and moves between tabs
 * with the arrow keys, Home and End. A tab names its language (the fieldset's legend,
 * with its state: missing, may be out of date). A panel holding a field in error opens
 * first. Without this script the fieldsets read as sections, one after the other.
 *
 * No dependencies; CSP-safe (no inline code, no eval).
 */
(function () {
  'use strict';

  let counter = 0;

  function setUp(container) {
    const panels = Array.from(container.children).filter((child) => child.matches('fieldset.language-version'));
    if (panels.length < 2 || container.dataset.tabsReady) {
      return;
    }
    container.dataset.tabsReady = 'true';
    const list = document.createElement('div');
    list.className = 'language-tabs';
    list.setAttribute('role', 'tablist');
    const label = container.getAttribute('data-language-tabs');
    if (label) {
      list.setAttribute('aria-label', label);
    }
    const tabs = panels.map((panel) => {
      const id = panel.id || ('language-panel-' + (++counter));
      panel.id = id;
      const legend = panel.querySelector('legend');
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'language-tabs__tab';
      tab.id = id + '-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', id);
      tab.dataset.language = panel.dataset.language || '';
      if (panel.dataset.languageState) {
        tab.dataset.languageState = panel.dataset.languageState;
      }
      if (legend) {
        for (const node of Array.from(legend.childNodes)) {
          tab.appendChild(node.cloneNode(true));
        }
        if (legend.getAttribute('lang')) {
          tab.setAttribute('lang', legend.getAttribute('lang'));
        }
        legend.classList.add('visually-hidden');
      }
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.classList.add('language-version--tab');
      list.appendChild(tab);
      return tab;
    });

    function select(index, focus) {
      tabs.forEach((tab, i) => {
        const selected = i === index;
        tab.setAttribute('aria-selected', selected ? 'true' : 'false');
        tab.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) {
        tabs[index].focus();
      }
    }

    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => select(index, false));
      tab.addEventListener('keydown', (event) => {
        let next = null;
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
          next = (index + 1) % tabs.length;
        }
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
          next = (index - 1 + tabs.length) % tabs.length;
        }
        else if (event.key === 'Home') {
          next = 0;
        }
        else if (event.key === 'End') {
          next = tabs.length - 1;
        }
        if (next !== null) {
          event.preventDefault();
          select(next, true);
        }
      });
    });

    // A field the browser finds invalid opens its tab, so the browser can show it.
    container.addEventListener('invalid', (event) => {
      const panel = event.target.closest('fieldset.language-version');
      const index = panels.indexOf(panel);
      if (index >= 0 && panel.hidden) {
        select(index, false);
      }
    }, true);

    container.insertBefore(list, panels[0]);
    const withError = panels.findIndex((panel) => panel.querySelector('[aria-invalid="true"]'));
    const asked = panels.findIndex((panel) => location.hash === '#' + panel.id);
    select(withError >= 0 ? withError : (asked >= 0 ? asked : 0), false);
  }

  function init() {
    for (const container of document.querySelectorAll('[data-language-tabs]')) {
      setUp(container);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
})();
