/*
 * Treaty Portal - rich text editor for the admin forms.
 *
 * Enhances every <textarea data-rich-text>: the textarea is hidden and an editable area with
 * a formatting toolbar takes its place; the area's HTML is copied back into the textarea on
 * every change and on submit, so the server still receives the field (and sanitises it).
 * Without JavaScript the textarea stays as it is.
 *
 * No dependencies, no build step; CSP-safe (no inline styles or scripts, no eval).
 * The toolbar is a WAI-ARIA toolbar (roving tabindex, arrow keys, Home/End); Alt+F10 moves
 * from the text to the toolbar and Escape back.
 */
(function () {
  'use strict';

  const isMac = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent || '');
  const MOD_LABEL = isMac ? 'Cmd' : 'Ctrl';
  const MOD_ARIA = isMac ? 'Meta' : 'Control';

  /* Toolbar buttons, in order, by group. */
  const GROUPS = [
    [
      { command: 'h2', text: 'H2', label: 'Heading (H2)', toggle: true },
      { command: 'h3', text: 'H3', label: 'Subheading (H3)', toggle: true },
      { command: 'p', icon: '¶', label: 'Paragraph', hint: 'Normal text' }
    ],
    [
      { command: 'bold', text: 'B', label: 'Bold', key: 'B', toggle: true },
      { command: 'italic', text: 'I', label: 'Italic', key: 'I', toggle: true }
    ],
    [
      { command: 'ul', icon: '•', text: 'List', label: 'Bulleted list', toggle: true },
      { command: 'ol', icon: '1.', text: 'List', label: 'Numbered list', toggle: true },
      { command: 'blockquote', icon: '“', text: 'Quote', label: 'Quote', toggle: true }
    ],
    [
      { command: 'link', text: 'Link', label: 'Link', key: 'K' },
      { command: 'unlink', text: 'Unlink', label: 'Unlink', hint: 'Remove link' }
    ],
    [
      { command: 'table', text: 'Table', label: 'Insert table', hint: 'Insert table; in a table: add a row' },
      { command: 'image', text: 'Image', label: 'Insert image' }
    ],
    [
      { command: 'undo', icon: '↶', text: 'Undo', label: 'Undo', key: 'Z' },
      { command: 'redo', icon: '↷', text: 'Redo', label: 'Redo', key: 'Shift+Z' }
    ]
  ];

  const MESSAGES = {
    linkInserted: 'Link inserted',
    linkUpdated: 'Link updated',
    linkRemoved: 'Link removed',
    noLink: 'There is no link here to remove',
    imageInserted: 'Image inserted',
    tableInserted: 'Table inserted: 3 columns, a header row and 2 rows. Tab moves to the next cell.',
    rowAdded: 'Row added',
    pasted: 'Pasted without its formatting',
    urlEmpty: 'Enter the address of the link',
    urlForbidden: 'Addresses starting with javascript: or data: are not allowed',
    urlInvalid: 'Enter an address starting with https://, http://, mailto: or / (a page of this site)',
    srcEmpty: 'Choose an uploaded image or enter its address',
    srcInvalid: 'Use an image of this site: its address starts with /',
    altEmpty: 'Describe the image for people who cannot see it'
  };

  /* ---------------------------------------------------------------------------------
   * Cleaning HTML
   *
   * 'keep' (loading and saving): everything the server's allow-list keeps, normalised
   * (b -> strong, i -> em, div -> p, spans and styles dropped).
   * 'paste': only what the toolbar can make, plus line breaks.
   * ------------------------------------------------------------------------------- */

  /* An inert document: nothing parsed into it runs or loads. */
  const inert = document.implementation.createHTMLDocument('');

  const DROP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object',
    'embed', 'applet', 'svg', 'math', 'head', 'title', 'meta', 'link', 'base', 'input', 'select', 'option',
    'textarea', 'button', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'map', 'xml', 'dialog']);

  const CONTAINERS = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'center',
    'address', 'hgroup', 'details', 'summary', 'form', 'fieldset', 'body', 'html']);

  const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead',
    'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'figure', 'figcaption', 'hr', 'dl', 'dt', 'dd']);

  const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'td', 'th', 'blockquote', 'caption', 'figcaption', 'pre']);

  /* Tag maps: source tag -> tag to keep (missing: unwrap, keep the content). */
  const KEEP_TAGS = {
    p: 'p', h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4',
    strong: 'strong', b: 'strong', em: 'em', i: 'em', u: 'u', s: 's', strike: 's', sub: 'sub', sup: 'sup',
    code: 'code', pre: 'pre', br: 'br', hr: 'hr', blockquote: 'blockquote', ul: 'ul', ol: 'ol', li: 'li',
    a: 'a', img: 'img', figure: 'figure', figcaption: 'figcaption', table: 'table', caption: 'caption',
    thead: 'thead', tbody: 'tbody', tfoot: 'tfoot', tr: 'tr', th: 'th', td: 'td', dt: 'p', dd: 'p'
  };

  const PASTE_TAGS = {
    p: 'p', h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h3', h5: 'h3', h6: 'h3', pre: 'p', dt: 'p', dd: 'p',
    figcaption: 'p', strong: 'strong', b: 'strong', em: 'em', i: 'em', br: 'br', blockquote: 'blockquote',
    ul: 'ul', ol: 'ol', li: 'li', a: 'a', img: 'img', table: 'table', caption: 'caption', thead: 'thead',
    tbody: 'tbody', tfoot: 'tbody', tr: 'tr', th: 'th', td: 'td'
  };

  const KEEP_ATTRS = {
    a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'], ol: ['start']
  };

  const PASTE_ATTRS = {
    a: ['href'], img: ['src', 'alt'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan']
  };

  function stripControls(value) {
    return String(value || '').replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  }

  /* A link address the editor keeps, or null. */
  function safeHref(value, paste) {
    const href = String(value || '').trim();
    const probe = stripControls(href).toLowerCase();
    if (!probe) {
      return null;
    }
    if (/^(https?:\/\/|mailto:)/.test(probe)) {
      return href;
    }
    if (/^[a-z][a-z0-9+.-]*:/.test(probe)) {
      return null; // javascript:, data:, vbscript:, file: ...
    }
    if (probe.startsWith('/') && !probe.startsWith('//')) {
      return href;
    }
    return paste ? null : (probe.startsWith('//') ? null : href);
  }

  /* Images may only come from this site (as the server requires). */
  function safeSrc(value) {
    const src = String(value || '').trim();
    const probe = stripControls(src);
    return probe.startsWith('/') && !probe.startsWith('//') && !probe.startsWith('/\\') ? src : null;
  }

  function hasBlockChild(element) {
    for (const child of element.children) {
      if (BLOCKS.has(child.localName)) {
        return true;
      }
    }
    return false;
  }

  function unwrap(element) {
    const parent = element.parentNode;
    if (!parent) {
      return;
    }
    while (element.firstChild) {
      parent.insertBefore(element.firstChild, element);
    }
    parent.removeChild(element);
  }

  function rename(element, tag) {
    const replacement = element.ownerDocument.createElement(tag);
    while (element.firstChild) {
      replacement.appendChild(element.firstChild);
    }
    for (const attribute of Array.from(element.attributes)) {
      replacement.setAttribute(attribute.name, attribute.value);
    }
    element.parentNode.replaceChild(replacement, element);
    return replacement;
  }

  /* Wraps the children of element in a new element tag (for styled spans). */
  function wrapChildren(element, tag) {
    const wrapper = element.ownerDocument.createElement(tag);
    while (element.firstChild) {
      wrapper.appendChild(element.firstChild);
    }
    element.appendChild(wrapper);
  }

  function cleanNode(node, paste) {
    if (node.nodeType === Node.TEXT_NODE) {
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.parentNode.removeChild(node); // comments, processing instructions
      return;
    }
    const source = node.localName.toLowerCase();
    if (DROP.has(source) || (source === 'hr' && paste)) {
      node.parentNode.removeChild(node);
      return;
    }
    const style = (node.getAttribute('style') || '').toLowerCase();
    const styledBold = /font-weight\s*:\s*(bold|bolder|[6-9]00)/.test(style);
    const styledNormal = /font-weight\s*:\s*(normal|lighter|[1-5]00)/.test(style);
    const styledItalic = /font-style\s*:\s*(italic|oblique)/.test(style);

    for (const child of Array.from(node.childNodes)) {
      cleanNode(child, paste);
    }

    let tag = (paste ? PASTE_TAGS : KEEP_TAGS)[source] || null;
    if (CONTAINERS.has(source)) {
      tag = hasBlockChild(node) || !node.textContent.trim() && !node.querySelector('img') ? null : 'p';
    }
    if (tag === 'p' && hasBlockChild(node)) {
      tag = null; // a block must not hold blocks
    }
    if (tag === 'strong' && styledNormal) {
      tag = null; // Google Docs wraps everything in <b style="font-weight:normal">
    }
    if (tag === null) {
      if (source === 'span' || source === 'font') {
        if (styledItalic) {
          wrapChildren(node, 'em');
        }
        if (styledBold) {
          wrapChildren(node, 'strong');
        }
      }
      unwrap(node);
      return;
    }

    const element = tag === source ? node : rename(node, tag);
    const allowed = (paste ? PASTE_ATTRS : KEEP_ATTRS)[tag] || [];
    for (const attribute of Array.from(element.attributes)) {
      if (!allowed.includes(attribute.name)) {
        element.removeAttribute(attribute.name);
      }
    }
    if (tag === 'a') {
      const href = safeHref(element.getAttribute('href'), paste);
      if (href === null) {
        unwrap(element);
        return;
      }
      element.setAttribute('href', href);
    } else if (tag === 'img') {
      const src = safeSrc(element.getAttribute('src'));
      if (src === null) {
        element.parentNode.removeChild(element);
        return;
      }
      element.setAttribute('src', src);
    }
  }

  function hasContent(element) {
    return element.textContent.replace(/[\s\u00a0\u200b]+/g, '') !== '' || element.querySelector('img, hr, table') !== null;
  }

  /* Tidies a cleaned tree: empty inline elements, nested duplicates, placeholder line breaks. */
  function tidy(root, final) {
    for (const element of Array.from(root.querySelectorAll('strong, em, a, u, s, sub, sup, code'))) {
      if (!element.parentNode) {
        continue;
      }
      if (!hasContent(element)) {
        unwrap(element);
        continue;
      }
      const parent = element.parentElement;
      if (parent && parent.closest(element.localName)) {
        unwrap(element); // <strong> inside <strong>
      }
    }
    // Merge <strong>a</strong><strong>b</strong>.
    for (const element of Array.from(root.querySelectorAll('strong, em'))) {
      const next = element.nextSibling;
      if (next && next.nodeType === Node.ELEMENT_NODE && next.localName === element.localName) {
        while (next.firstChild) {
          element.appendChild(next.firstChild);
        }
        next.parentNode.removeChild(next);
      }
    }
    // A line break that ends a block only keeps the block open while editing.
    for (const br of Array.from(root.querySelectorAll('br'))) {
      let next = br.nextSibling;
      while (next && next.nodeType === Node.TEXT_NODE && !next.data.trim()) {
        next = next.nextSibling;
      }
      const parent = br.parentElement;
      const container = parent && (TEXT_BLOCKS.has(parent.localName) || parent === root);
      if (!next && (container || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && br.parentNode === root)) {
        br.parentNode.removeChild(br);
      }
    }
    if (final) {
      for (const element of Array.from(root.querySelectorAll('p, h2, h3, h4, li, blockquote, ul, ol, figure'))) {
        if (element.parentNode && !hasContent(element)) {
          element.parentNode.removeChild(element);
        }
      }
      // Spaces the browser made non-breaking at the edges of text nodes, between words.
      const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts = [];
      while (walker.nextNode()) {
        texts.push(walker.currentNode);
      }
      for (const text of texts) {
        let data = text.data;
        if (text.previousSibling && /^\u00a0[^\s\u00a0]/.test(data)) {
          data = ' ' + data.slice(1);
        }
        if (text.nextSibling && /[^\s\u00a0]\u00a0$/.test(data)) {
          data = data.slice(0, -1) + ' ';
        }
        data = data.replace(/([^\s\u00a0])\u00a0([^\s\u00a0])/g, '$1 $2');
        if (data !== text.data) {
          text.data = data;
        }
      }
    }
  }

  /* Wraps runs of inline content at the top level in <p>. */
  function wrapLooseInline(root) {
    let run = [];
    const flush = () => {
      if (run.length) {
        if (run.some((node) => node.nodeType === Node.ELEMENT_NODE || node.data.trim())) {
          const paragraph = root.ownerDocument.createElement('p');
          run[0].parentNode.insertBefore(paragraph, run[0]);
          run.forEach((node) => paragraph.appendChild(node));
        } else {
          run.forEach((node) => node.parentNode.removeChild(node));
        }
      }
      run = [];
    };
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.localName)) {
        flush();
      } else {
        run.push(node);
      }
    }
    flush();
  }

  function parse(html) {
    const box = inert.createElement('div');
    box.innerHTML = html;
    return box;
  }

  /* Clean HTML for the server: one top-level block a line. */
  function serialize(html) {
    const box = parse(html);
    for (const child of Array.from(box.childNodes)) {
      cleanNode(child, false);
    }
    wrapLooseInline(box);
    tidy(box, true);
    return Array.from(box.childNodes)
      .map((node) => (node.nodeType === Node.ELEMENT_NODE ? node.outerHTML : node.textContent.trim()))
      .filter((part) => part !== '')
      .join('\n');
  }

  /* Clean HTML for the editable area: every block can take the caret. */
  function forEditing(html) {
    const box = parse(serialize(html));
    for (const element of box.querySelectorAll('p, h2, h3, h4, li, td, th, blockquote')) {
      if (!hasContent(element) && !element.querySelector('br')) {
        element.appendChild(inert.createElement('br'));
      }
    }
    if (!box.firstElementChild) {
      box.innerHTML = '<p><br></p>';
    }
    return box.innerHTML.replace(/>\n</g, '><');
  }

  /* Clean HTML for pasting, or null when there is nothing left. */
  function forPasting(html) {
    const box = parse(html);
    for (const child of Array.from(box.childNodes)) {
      cleanNode(child, true);
    }
    tidy(box, false);
    for (const element of Array.from(box.querySelectorAll('p, h2, h3, li, blockquote, ul, ol'))) {
      if (element.parentNode && !hasContent(element)) {
        element.parentNode.removeChild(element);
      }
    }
    return box.innerHTML.trim() ? box.innerHTML : null;
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function textToHtml(text) {
    const paragraphs = String(text).replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)
      .map((part) => part.replace(/^\n+|\n+$/g, ''))
      .filter((part) => part.trim() !== '');
    return paragraphs.map((part) => '<p>' + escapeHtml(part).replace(/\n/g, '<br>') + '</p>').join('');
  }

  /* ---------------------------------------------------------------------------------
   * Small DOM helpers
   * ------------------------------------------------------------------------------- */

  let counter = 0;

  function make(tag, attributes, children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === true) {
        element.setAttribute(name, '');
      } else if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(name, value);
      }
    }
    for (const child of [].concat(children || [])) {
      element.append(child);
    }
    return element;
  }

  function exec(command, value) {
    try {
      return document.execCommand(command, false, value === undefined ? null : value);
    } catch (error) {
      return false;
    }
  }

  function queryState(command) {
    try {
      return document.queryCommandState(command);
    } catch (error) {
      return false;
    }
  }

  function closestIn(node, selector, root) {
    let element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    while (element && element !== root) {
      if (element.matches(selector)) {
        return element;
      }
      element = element.parentElement;
    }
    return null;
  }

  /* ---------------------------------------------------------------------------------
   * The editor
   * ------------------------------------------------------------------------------- */

  const editors = [];

  function Editor(textarea) {
    const id = 'rte-' + (++counter);
    this.id = id;
    this.textarea = textarea;
    this.form = textarea.form;
    this.range = null;
    this.dialogs = {};

    // Label: the textarea's <label>, with an id so the area can point at it.
    let labelIds = textarea.getAttribute('aria-labelledby');
    const label = (textarea.labels && textarea.labels[0]) || null;
    if (!labelIds && label) {
      if (!label.id) {
        label.id = (textarea.id || id) + '-label';
      }
      labelIds = label.id;
    }

    this.wrapper = make('div', { class: 'rte', id: id });
    this.toolbar = make('div', {
      class: 'rte-toolbar', role: 'toolbar', 'aria-label': 'Formatting', 'aria-controls': id + '-area'
    });
    this.buttons = {};
    for (const group of GROUPS) {
      const groupElement = make('div', { class: 'rte-toolbar__group' });
      for (const spec of group) {
        const button = this.makeButton(spec);
        this.buttons[spec.command] = button;
        groupElement.append(button);
      }
      this.toolbar.append(groupElement);
    }
    this.allButtons = Array.from(this.toolbar.querySelectorAll('button'));
    this.allButtons.forEach((button, index) => button.setAttribute('tabindex', index === 0 ? '0' : '-1'));

    this.area = make('div', {
      class: 'rte-area prose',
      id: id + '-area',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelIds,
      'aria-label': labelIds ? null : (textarea.getAttribute('aria-label') || 'Text'),
      'aria-describedby': textarea.getAttribute('aria-describedby'),
      'aria-invalid': textarea.getAttribute('aria-invalid'),
      'aria-required': textarea.required || textarea.getAttribute('aria-required') === 'true' ? 'true' : null,
      spellcheck: 'true',
      lang: textarea.getAttribute('lang')
    });
    this.area.innerHTML = forEditing(textarea.value);

    this.status = make('div', { class: 'rte-status visually-hidden', role: 'status', 'aria-live': 'polite' });

    this.wrapper.append(this.toolbar, this.area, this.status);
    textarea.parentNode.insertBefore(this.wrapper, textarea);
    this.wrapper.append(textarea);
    textarea.hidden = true;
    textarea.setAttribute('aria-hidden', 'true');
    textarea.setAttribute('tabindex', '-1');
    // A hidden required field would block submission without a visible message:
    // the area carries aria-required and the server checks the field.
    textarea.required = false;

    if (label) {
      label.addEventListener('click', (event) => {
        event.preventDefault();
        this.area.focus();
      });
    }

    this.bind();
    this.sync();
    this.updateState();
  }

  Editor.prototype.makeButton = function (spec) {
    const shortcut = spec.key ? MOD_LABEL + '+' + spec.key : null;
    const title = (spec.hint || spec.label) + (shortcut ? ' (' + shortcut + ')' : '');
    const button = make('button', {
      type: 'button',
      class: 'rte-button rte-button--' + spec.command,
      'data-command': spec.command,
      'aria-label': spec.label,
      title: title,
      'aria-keyshortcuts': spec.key ? MOD_ARIA + '+' + spec.key : null,
      'aria-pressed': spec.toggle ? 'false' : null
    });
    if (spec.icon) {
      button.append(make('span', { class: 'rte-button__icon', 'aria-hidden': 'true' }, spec.icon));
    }
    if (spec.text) {
      button.append(make('span', { class: 'rte-button__text' }, spec.text));
    }
    return button;
  };

  Editor.prototype.bind = function () {
    const area = this.area;

    // Toolbar: keep the selection in the text when clicked with a mouse.
    this.toolbar.addEventListener('mousedown', (event) => {
      if (event.target.closest('button')) {
        event.preventDefault();
      }
    });
    this.toolbar.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-command]');
      if (button) {
        this.setCurrentButton(button);
        this.run(button.dataset.command);
      }
    });
    this.toolbar.addEventListener('keydown', (event) => this.onToolbarKey(event));

    area.addEventListener('keydown', (event) => this.onKey(event));
    area.addEventListener('input', () => this.sync());
    area.addEventListener('paste', (event) => this.onPaste(event));
    area.addEventListener('drop', (event) => this.onDrop(event));
    area.addEventListener('dragstart', () => {
      this.dragging = true;
    });
    area.addEventListener('dragend', () => {
      this.dragging = false;
    });
    area.addEventListener('focus', () => {
      exec('styleWithCSS', false);
      exec('defaultParagraphSeparator', 'p');
    });
    area.addEventListener('keyup', () => this.updateState());
    area.addEventListener('mouseup', () => this.updateState());

    // Changes not announced by an input event (execCommand in some browsers, tables).
    this.observer = new MutationObserver(() => this.scheduleSync());
    this.observer.observe(area, { childList: true, subtree: true, characterData: true, attributes: true });

    if (this.form) {
      this.form.addEventListener('submit', () => this.sync());
      this.form.addEventListener('formdata', (event) => {
        if (this.textarea.name) {
          event.formData.set(this.textarea.name, serialize(this.area.innerHTML));
        }
      });
      this.form.addEventListener('reset', () => {
        setTimeout(() => {
          this.area.innerHTML = forEditing(this.textarea.value);
          this.sync();
        });
      });
    }
  };

  Editor.prototype.scheduleSync = function () {
    if (!this.syncQueued) {
      this.syncQueued = true;
      queueMicrotask(() => {
        this.syncQueued = false;
        this.sync();
      });
    }
  };

  Editor.prototype.sync = function () {
    const html = serialize(this.area.innerHTML);
    if (this.textarea.value !== html) {
      this.textarea.value = html;
    }
  };

  Editor.prototype.announce = function (message) {
    this.status.textContent = '';
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status.textContent = message;
    }, 50);
  };

  /* Selection ------------------------------------------------------------------------ */

  Editor.prototype.currentRange = function () {
    const selection = window.getSelection();
    if (selection && selection.rangeCount) {
      const range = selection.getRangeAt(0);
      if (this.area.contains(range.commonAncestorContainer)) {
        return range;
      }
    }
    return null;
  };

  Editor.prototype.rememberSelection = function () {
    const range = this.currentRange();
    if (range) {
      this.range = range.cloneRange();
    }
  };

  /* Focuses the area and puts back the last selection (or the caret at the end). */
  Editor.prototype.restoreSelection = function (range) {
    const area = this.area;
    const wanted = range || this.range;
    area.focus({ preventScroll: true });
    const selection = window.getSelection();
    if (wanted && area.contains(wanted.startContainer) && area.contains(wanted.endContainer)) {
      selection.removeAllRanges();
      selection.addRange(wanted);
    } else if (!this.currentRange()) {
      const end = document.createRange();
      const last = area.lastElementChild || area;
      end.selectNodeContents(last);
      end.collapse(false);
      selection.removeAllRanges();
      selection.addRange(end);
    }
    return this.currentRange();
  };

  Editor.prototype.placeCaret = function (node, selectContents) {
    const range = document.createRange();
    range.selectNodeContents(node);
    if (!selectContents) {
      range.collapse(false);
    }
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    this.rememberSelection();
  };

  /* Toolbar state -------------------------------------------------------------------- */

  Editor.prototype.updateState = function () {
    const range = this.currentRange();
    if (!range) {
      return;
    }
    const node = range.startContainer;
    const area = this.area;
    const block = closestIn(node, 'p, h2, h3, h4, li, td, th, blockquote, pre', area);
    const boldBlock = block && /^(h[2-4]|th)$/.test(block.localName);
    const list = closestIn(node, 'ul, ol', area);
    const state = {
      h2: !!closestIn(node, 'h2', area),
      h3: !!closestIn(node, 'h3', area),
      bold: !!closestIn(node, 'strong, b', area) || (!boldBlock && queryState('bold')),
      italic: !!closestIn(node, 'em, i', area) || queryState('italic'),
      ul: !!list && list.localName === 'ul',
      ol: !!list && list.localName === 'ol',
      blockquote: !!closestIn(node, 'blockquote', area)
    };
    for (const [command, pressed] of Object.entries(state)) {
      const button = this.buttons[command];
      const value = pressed ? 'true' : 'false';
      if (button.getAttribute('aria-pressed') !== value) {
        button.setAttribute('aria-pressed', value);
      }
    }
  };

  /* Commands ------------------------------------------------------------------------- */

  Editor.prototype.run = function (command) {
    switch (command) {
      case 'link':
        this.openLinkDialog();
        return;
      case 'image':
        this.openImageDialog();
        return;
      case 'table':
        this.insertTable();
        return;
      default:
        break;
    }
    const range = this.restoreSelection();
    const node = range ? range.startContainer : this.area;
    switch (command) {
      case 'h2':
      case 'h3':
        exec('formatBlock', closestIn(node, command, this.area) ? '<p>' : '<' + command + '>');
        break;
      case 'p':
        if (closestIn(node, 'li', this.area)) {
          const list = closestIn(node, 'ul, ol', this.area);
          exec(list.localName === 'ol' ? 'insertOrderedList' : 'insertUnorderedList');
        }
        exec('formatBlock', '<p>');
        break;
      case 'bold':
      case 'italic':
        exec(command);
        break;
      case 'ul':
        exec('insertUnorderedList');
        break;
      case 'ol':
        exec('insertOrderedList');
        break;
      case 'blockquote':
        if (closestIn(node, 'blockquote', this.area)) {
          exec('formatBlock', '<p>');
          const again = this.currentRange();
          if (again && closestIn(again.startContainer, 'blockquote', this.area)) {
            exec('outdent');
          }
        } else {
          exec('formatBlock', '<blockquote>');
        }
        break;
      case 'unlink':
        this.unlink(range);
        break;
      case 'undo':
      case 'redo':
        exec(command);
        break;
      default:
        return;
    }
    this.rememberSelection();
    this.sync();
    this.updateState();
  };

  Editor.prototype.unlink = function (range) {
    if (!range) {
      return;
    }
    const link = closestIn(range.commonAncestorContainer, 'a', this.area);
    const contains = !range.collapsed && Array.from(this.area.querySelectorAll('a')).some((a) => range.intersectsNode(a));
    if (!link && !contains) {
      this.announce(MESSAGES.noLink);
      return;
    }
    if (link && range.collapsed) {
      this.placeCaret(link, true);
    }
    exec('unlink');
    this.announce(MESSAGES.linkRemoved);
  };

  /* Keyboard ------------------------------------------------------------------------- */

  Editor.prototype.onKey = function (event) {
    const key = event.key;
    if (key === 'F10' && event.altKey) {
      event.preventDefault();
      this.rememberSelection();
      (this.toolbar.querySelector('button[tabindex="0"]') || this.allButtons[0]).focus();
      return;
    }
    if (key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const range = this.currentRange();
      const cell = range && closestIn(range.startContainer, 'td, th', this.area);
      if (cell) {
        const table = cell.closest('table');
        const cells = Array.from(table.querySelectorAll('th, td')).filter((c) => c.closest('table') === table);
        const next = cells[cells.indexOf(cell) + (event.shiftKey ? -1 : 1)];
        if (next) {
          event.preventDefault();
          this.placeCaret(next, hasContent(next));
          this.updateState();
        }
        // In the first or last cell, Tab leaves the editor as usual (no keyboard trap).
      }
      return;
    }
    const mod = (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!mod) {
      return;
    }
    const letter = key.length === 1 ? key.toLowerCase() : '';
    let command = null;
    if (letter === 'b' && !event.shiftKey) {
      command = 'bold';
    } else if (letter === 'i' && !event.shiftKey) {
      command = 'italic';
    } else if (letter === 'k' && !event.shiftKey) {
      command = 'link';
    } else if (letter === 'z') {
      command = event.shiftKey ? 'redo' : 'undo';
    } else if (letter === 'y' && !event.shiftKey && !isMac) {
      command = 'redo';
    } else if (letter === 'u' && !event.shiftKey) {
      event.preventDefault(); // no underline: it looks like a link
      return;
    }
    if (command) {
      event.preventDefault();
      this.rememberSelection();
      this.run(command);
    }
  };

  Editor.prototype.setCurrentButton = function (button) {
    for (const other of this.allButtons) {
      other.setAttribute('tabindex', other === button ? '0' : '-1');
    }
  };

  Editor.prototype.onToolbarKey = function (event) {
    const buttons = this.allButtons;
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) {
      return;
    }
    let next = null;
    switch (event.key) {
      case 'ArrowRight':
        next = buttons[(index + 1) % buttons.length];
        break;
      case 'ArrowLeft':
        next = buttons[(index - 1 + buttons.length) % buttons.length];
        break;
      case 'Home':
        next = buttons[0];
        break;
      case 'End':
        next = buttons[buttons.length - 1];
        break;
      case 'Escape':
        event.preventDefault();
        this.restoreSelection();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.setCurrentButton(next);
    next.focus();
  };

  /* Paste and drop ------------------------------------------------------------------- */

  Editor.prototype.insertClipboard = function (data) {
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    const cleaned = html ? forPasting(html) : null;
    if (cleaned) {
      exec('insertHTML', cleaned);
      if (cleaned !== html) {
        this.announce(MESSAGES.pasted);
      }
    } else if (text) {
      if (/\n/.test(text.trim())) {
        exec('insertHTML', textToHtml(text));
      } else {
        exec('insertText', text);
      }
    }
    this.cleanLiveArea();
    this.sync();
    this.updateState();
  };

  /* Removes what browsers add while pasting (style attributes, spans). */
  Editor.prototype.cleanLiveArea = function () {
    for (const element of Array.from(this.area.querySelectorAll('[style], [class], span, font'))) {
      if (element.localName === 'span' || element.localName === 'font') {
        unwrap(element);
      } else {
        element.removeAttribute('style');
        element.removeAttribute('class');
      }
    }
  };

  Editor.prototype.onPaste = function (event) {
    const data = event.clipboardData;
    if (!data) {
      return;
    }
    event.preventDefault();
    if (data.files && data.files.length && !data.getData('text/plain')) {
      this.announce('Upload images with the item\u2019s files, then insert them with the Image button');
      return;
    }
    this.insertClipboard(data);
  };

  Editor.prototype.onDrop = function (event) {
    const data = event.dataTransfer;
    if (!data || this.dragging) {
      return; // moving text within the editor
    }
    event.preventDefault();
    if (data.files && data.files.length) {
      this.announce('Upload images with the item\u2019s files, then insert them with the Image button');
      return;
    }
    let range = null;
    if (document.caretRangeFromPoint) {
      range = document.caretRangeFromPoint(event.clientX, event.clientY);
    } else if (document.caretPositionFromPoint) {
      const position = document.caretPositionFromPoint(event.clientX, event.clientY);
      if (position) {
        range = document.createRange();
        range.setStart(position.offsetNode, position.offset);
      }
    }
    if (range && this.area.contains(range.startContainer)) {
      this.restoreSelection(range);
    }
    this.insertClipboard(data);
  };

  /* Tables --------------------------------------------------------------------------- */

  Editor.prototype.insertTable = function () {
    const range = this.restoreSelection();
    const cell = range && closestIn(range.startContainer, 'td, th', this.area);
    if (cell) {
      this.addRow(cell);
      return;
    }
    const marker = 'rte-new-table';
    const html = '<table data-' + marker + '=""><thead><tr>' + '<th>Heading</th>'.repeat(3) + '</tr></thead><tbody>' +
      ('<tr>' + '<td><br></td>'.repeat(3) + '</tr>').repeat(2) + '</tbody></table><p><br></p>';
    if (!exec('insertHTML', html) || !this.area.querySelector('[data-' + marker + ']')) {
      this.insertBlockFallback(parse(html).childNodes, range);
    }
    const table = this.area.querySelector('[data-' + marker + ']');
    if (table) {
      table.removeAttribute('data-' + marker);
      // A table must not end up inside a paragraph or heading.
      const holder = closestIn(table.parentNode, 'p, h2, h3, h4', this.area);
      if (holder) {
        holder.parentNode.insertBefore(table, holder.nextSibling);
      }
      const next = table.nextElementSibling;
      if (!next || next.localName !== 'p') {
        table.parentNode.insertBefore(make('p', null, make('br')), table.nextSibling);
      }
      this.placeCaret(table.querySelector('th'), true);
    }
    this.cleanLiveArea();
    this.sync();
    this.updateState();
    this.announce(MESSAGES.tableInserted);
  };

  /* Inserts blocks after the top-level block holding the range (no insertHTML support). */
  Editor.prototype.insertBlockFallback = function (nodes, range) {
    let block = range ? range.startContainer : null;
    while (block && block.parentNode !== this.area) {
      block = block.parentNode;
    }
    const fragment = document.createDocumentFragment();
    Array.from(nodes).forEach((node) => fragment.appendChild(document.importNode(node, true)));
    if (block && block.nodeType === Node.ELEMENT_NODE && block.localName === 'p' && !hasContent(block)) {
      block.replaceWith(fragment);
    } else if (block) {
      block.after(fragment);
    } else {
      this.area.append(fragment);
    }
  };

  Editor.prototype.addRow = function (cell) {
    const row = cell.closest('tr');
    const count = Array.from(row.cells).reduce((sum, c) => sum + (c.colSpan || 1), 0);
    const newRow = make('tr');
    for (let i = 0; i < count; i++) {
      newRow.append(make('td', null, make('br')));
    }
    if (row.parentNode.localName === 'thead') {
      const table = row.closest('table');
      let body = table.tBodies[0];
      if (!body) {
        body = make('tbody');
        table.append(body);
      }
      body.insertBefore(newRow, body.firstChild);
    } else {
      row.after(newRow);
    }
    this.placeCaret(newRow.cells[0], false);
    this.sync();
    this.announce(MESSAGES.rowAdded);
  };

  /* Dialogs -------------------------------------------------------------------------- */

  Editor.prototype.makeDialog = function (kind, title, fields, insertLabel) {
    const dialogId = this.id + '-' + kind;
    const error = make('p', { class: 'rte-dialog__error', id: dialogId + '-error', role: 'alert' });
    const form = make('form', { method: 'dialog', class: 'rte-dialog__form', novalidate: true }, [
      make('h2', { class: 'rte-dialog__title', id: dialogId + '-title' }, title),
      ...fields,
      error,
      make('div', { class: 'rte-dialog__actions' }, [
        make('button', { type: 'submit', value: 'insert', class: 'rte-dialog__insert' }, insertLabel),
        make('button', { type: 'submit', value: 'cancel', class: 'rte-dialog__cancel' }, 'Cancel')
      ])
    ]);
    const dialog = make('dialog', { class: 'rte-dialog rte-dialog--' + kind, id: dialogId, 'aria-labelledby': dialogId + '-title' }, form);
    dialog.rteForm = form;
    dialog.rteError = error;
    form.addEventListener('input', (event) => {
      if (event.target.getAttribute('aria-invalid') === 'true') {
        event.target.removeAttribute('aria-invalid');
      }
    });
    dialog.addEventListener('close', () => {
      this.restoreSelection(this.dialogRange);
      this.updateState();
    });
    // Not inside the page's form: forms must not nest.
    document.body.append(dialog);
    return dialog;
  };

  Editor.prototype.field = function (kind, name, labelText, hint, extra) {
    const inputId = this.id + '-' + kind + '-' + name;
    const hintId = inputId + '-hint';
    const input = make('input', Object.assign({
      id: inputId, name: name, type: 'text', autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': (hint ? hintId + ' ' : '') + this.id + '-' + kind + '-error'
    }, extra || {}));
    const label = make('label', { class: 'rte-dialog__label' }, [labelText + ' ', input]);
    const wrapper = make('div', { class: 'rte-dialog__field' }, [label]);
    if (hint) {
      wrapper.append(make('p', { class: 'rte-dialog__hint', id: hintId }, hint));
    }
    return wrapper;
  };

  Editor.prototype.showErrors = function (dialog, problems) {
    const form = dialog.rteForm;
    for (const input of form.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
    }
    dialog.rteError.textContent = problems.map((problem) => problem.message).join('\n');
    for (const problem of problems) {
      problem.field.setAttribute('aria-invalid', 'true');
    }
    if (problems.length) {
      problems[0].field.focus();
    }
  };

  Editor.prototype.openDialog = function (dialog) {
    this.rememberSelection();
    this.dialogRange = this.range ? this.range.cloneRange() : null;
    this.showErrors(dialog, []);
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
  };

  Editor.prototype.linkDialog = function () {
    if (!this.dialogs.link) {
      const dialog = this.makeDialog('link', 'Link', [
        this.field('link', 'url', 'Address', 'For example https://www.coe.int/cybercrime, mailto:name@example.org or /news/a-page',
          { inputmode: 'url' })
      ], 'Insert link');
      dialog.rteForm.addEventListener('submit', (event) => {
        const action = event.submitter ? event.submitter.value : 'insert';
        if (action !== 'insert') {
          return;
        }
        event.preventDefault();
        const input = dialog.rteForm.elements.url;
        const url = input.value.trim();
        const probe = stripControls(url).toLowerCase();
        let message = null;
        if (!url) {
          message = MESSAGES.urlEmpty;
        } else if (/^(javascript|data|vbscript):/.test(probe)) {
          message = MESSAGES.urlForbidden;
        } else if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)\S*)$/i.test(url)) {
          message = MESSAGES.urlInvalid;
        }
        if (message) {
          this.showErrors(dialog, [{ field: input, message: message }]);
          return;
        }
        dialog.close('insert');
        this.insertLink(url);
      });
      this.dialogs.link = dialog;
    }
    return this.dialogs.link;
  };

  Editor.prototype.openLinkDialog = function () {
    const dialog = this.linkDialog();
    const range = this.restoreSelection();
    const link = range && closestIn(range.commonAncestorContainer, 'a', this.area);
    if (link && range.collapsed) {
      this.placeCaret(link, true); // edit the whole link
    }
    this.editingLink = !!link;
    dialog.rteForm.elements.url.value = link ? link.getAttribute('href') || '' : '';
    dialog.querySelector('.rte-dialog__title').textContent = link ? 'Edit link' : 'Insert link';
    this.openDialog(dialog);
    dialog.rteForm.elements.url.focus();
    dialog.rteForm.elements.url.select();
  };

  Editor.prototype.insertLink = function (url) {
    const range = this.restoreSelection(this.dialogRange);
    if (!range || range.collapsed) {
      const a = inert.createElement('a');
      a.setAttribute('href', url);
      a.textContent = url;
      exec('insertHTML', a.outerHTML);
    } else {
      exec('createLink', url);
    }
    this.dialogRange = null;
    this.rememberSelection();
    this.cleanLiveArea();
    this.sync();
    this.announce(this.editingLink ? MESSAGES.linkUpdated : MESSAGES.linkInserted);
  };

  Editor.prototype.imageDialog = function () {
    if (!this.dialogs.image) {
      const choice = make('select', { id: this.id + '-image-choice', name: 'choice' });
      const choiceField = make('div', { class: 'rte-dialog__field rte-dialog__field--choice' }, [
        make('label', { class: 'rte-dialog__label' }, ['Uploaded image ', choice])
      ]);
      const dialog = this.makeDialog('image', 'Insert image', [
        choiceField,
        this.field('image', 'src', 'Image address', 'An address on this site, starting with /'),
        this.field('image', 'alt', 'Text alternative (required)', 'What the image shows or tells, for people who cannot see it',
          { 'aria-required': 'true' })
      ], 'Insert image');
      dialog.rteChoiceField = choiceField;
      choice.addEventListener('change', () => {
        if (choice.value) {
          const src = dialog.rteForm.elements.src;
          src.value = choice.value;
          src.removeAttribute('aria-invalid');
        }
      });
      dialog.rteForm.addEventListener('submit', (event) => {
        const action = event.submitter ? event.submitter.value : 'insert';
        if (action !== 'insert') {
          return;
        }
        event.preventDefault();
        const srcInput = dialog.rteForm.elements.src;
        const altInput = dialog.rteForm.elements.alt;
        const src = srcInput.value.trim();
        const alt = altInput.value.replace(/\s+/g, ' ').trim();
        const problems = [];
        if (!src) {
          problems.push({ field: srcInput, message: MESSAGES.srcEmpty });
        } else if (safeSrc(src) === null || /\s|["<>]/.test(src)) {
          problems.push({ field: srcInput, message: MESSAGES.srcInvalid });
        }
        if (!alt) {
          problems.push({ field: altInput, message: MESSAGES.altEmpty });
        }
        if (problems.length) {
          this.showErrors(dialog, problems);
          return;
        }
        dialog.close('insert');
        this.insertImage(src, alt);
      });
      this.dialogs.image = dialog;
    }
    return this.dialogs.image;
  };

  Editor.prototype.openImageDialog = function () {
    const dialog = this.imageDialog();
    const form = dialog.rteForm;
    const choice = form.elements.choice;
    // The item's uploaded images, read each time (the list may change).
    const options = [];
    for (const source of document.querySelectorAll('select[data-rich-text-images]')) {
      for (const option of source.options) {
        if (option.value && !options.some((o) => o.value === option.value)) {
          options.push({ value: option.value, text: option.textContent.trim() || option.value });
        }
      }
    }
    choice.replaceChildren(make('option', { value: '' }, options.length ? 'Choose an image\u2026' : 'No uploaded images'));
    for (const option of options) {
      choice.append(make('option', { value: option.value }, option.text));
    }
    dialog.rteChoiceField.hidden = options.length === 0;
    form.elements.src.value = '';
    form.elements.alt.value = '';
    this.rememberSelection();
    const range = this.currentRange() || this.restoreSelection();
    const image = range && !range.collapsed && range.cloneContents().querySelector('img');
    if (image && range.cloneContents().childNodes.length === 1) {
      form.elements.src.value = image.getAttribute('src') || '';
      form.elements.alt.value = image.getAttribute('alt') || '';
    }
    this.openDialog(dialog);
    (options.length ? choice : form.elements.src).focus();
  };

  Editor.prototype.insertImage = function (src, alt) {
    const range = this.restoreSelection(this.dialogRange);
    const marker = 'data-rte-new-image';
    const img = inert.createElement('img');
    img.setAttribute('src', src);
    img.setAttribute('alt', alt);
    img.setAttribute(marker, '');
    if (!range || !exec('insertHTML', img.outerHTML) || !this.area.querySelector('[' + marker + ']')) {
      this.insertBlockFallback([parse('<p>' + img.outerHTML + '</p>').firstChild], range);
    }
    const inserted = this.area.querySelector('[' + marker + ']');
    if (inserted) {
      inserted.removeAttribute(marker);
      inserted.removeAttribute('style');
      if (inserted.parentNode === this.area) {
        const paragraph = make('p');
        inserted.replaceWith(paragraph);
        paragraph.append(inserted);
      }
      const after = document.createRange();
      after.setStartAfter(inserted);
      after.collapse(true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(after);
      this.rememberSelection();
    }
    this.dialogRange = null;
    this.cleanLiveArea();
    this.sync();
    this.announce(MESSAGES.imageInserted);
  };

  /* ---------------------------------------------------------------------------------
   * Start
   * ------------------------------------------------------------------------------- */

  document.addEventListener('selectionchange', () => {
    for (const editor of editors) {
      if (editor.currentRange()) {
        editor.rememberSelection();
        editor.updateState();
      }
    }
  });

  function enhance(root) {
    for (const textarea of (root || document).querySelectorAll('textarea[data-rich-text]')) {
      if (textarea.dataset.richTextReady || textarea.disabled || textarea.readOnly) {
        continue;
      }
      textarea.dataset.richTextReady = 'true';
      editors.push(new Editor(textarea));
    }
  }

  // Exposed for the admin scripts and tests: window.TreatyPortalEditor.serialize(html).
  window.TreatyPortalEditor = { enhance: enhance, serialize: serialize, clean: forPasting };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => enhance());
  } else {
    enhance();
  }
})();
