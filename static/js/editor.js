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

  /*
   * Every visible word comes from the page: the admin layout renders the editor's words from
   * the message bundle (keys editorial.editor.*) in the interface language, as a JSON data
   * block (no inline script runs, so the CSP stays strict). word('bold') reads one;
   * EditorWordsTests checks that every word the script asks for has its key in both bundles.
   */
  let words = null;
  const missingWords = [];

  function word(key, ...values) {
    if (words === null) {
      const block = document.getElementById('editor-words');
      try {
        words = block ? JSON.parse(block.textContent) : {};
      } catch {
        words = {};
      }
    }
    const text = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : null;
    if (text === null) {
      if (!missingWords.includes(key)) {
        missingWords.push(key);
        console.warn('editor.js: no word for editorial.editor.' + key);
      }
      return key;
    }
    return text.replace(/\{(\d+)\}/g, (match, index) => (index < values.length ? String(values[index]) : match));
  }

  /*
   * Toolbar buttons, in order, by group (a function: the words are read when it runs). The
   * row fits 1280 px: undo and redo show only their arrows, and the rarer commands (quote,
   * table, removing a link) sit in the "More" menu.
   */
  function toolbarGroups() {
    return [
      [
        { command: 'h2', text: word('h2.text'), label: word('h2'), toggle: true },
        { command: 'h3', text: word('h3.text'), label: word('h3'), toggle: true },
        { command: 'p', icon: '\u00b6', label: word('p'), hint: word('p.hint') }
      ],
      [
        { command: 'bold', icon: word('bold.text'), label: word('bold'), key: 'B', toggle: true },
        { command: 'italic', icon: word('italic.text'), label: word('italic'), key: 'I', toggle: true }
      ],
      [
        { command: 'ul', icon: '\u2022', text: word('ul'), hint: word('ul.hint'), toggle: true },
        { command: 'ol', icon: '1.', text: word('ol'), hint: word('ol.hint'), toggle: true }
      ],
      [
        { command: 'link', text: word('link'), key: 'K' },
        { command: 'image', text: word('image'), hint: word('image.hint') }
      ],
      [
        { command: 'undo', icon: '\u21b6', label: word('undo'), key: 'Z' },
        { command: 'redo', icon: '\u21b7', label: word('redo'), key: 'Shift+Z' }
      ],
      [
        { command: 'blockquote', text: word('blockquote'), toggle: true, more: true },
        { command: 'table', text: word('table'), hint: word('table.hint'), more: true },
        { command: 'unlink', text: word('unlink'), hint: word('unlink.hint'), more: true }
      ]
    ];
  }

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
    const style = (node.getAttribute('data-rte-style') || node.getAttribute('style') || '').toLowerCase();
    // Not Word's mso-bidi-font-weight:normal, which it puts on bold text (<b style=...>).
    const styledBold = /(?:^|[;\s])font-weight\s*:\s*(bold|bolder|[6-9]00)/.test(style);
    const styledNormal = /(?:^|[;\s])font-weight\s*:\s*(normal|lighter|[1-5]00)/.test(style);
    const styledItalic = /(?:^|[;\s])font-style\s*:\s*(italic|oblique)/.test(style);

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
      const blockOf = (text) => {
        let element = text.parentNode;
        while (element !== root && !BLOCKS.has(element.localName)) {
          element = element.parentNode;
        }
        return element;
      };
      texts.forEach((text, index) => {
        const block = blockOf(text);
        const previous = index > 0 && blockOf(texts[index - 1]) === block ? texts[index - 1].data : '';
        const next = index < texts.length - 1 && blockOf(texts[index + 1]) === block ? texts[index + 1].data : '';
        let data = text.data;
        if (/^\u00a0[^\s]/.test(data) && /[^\s]$/.test(previous)) {
          data = ' ' + data.slice(1);
        }
        if (/[^\s]\u00a0$/.test(data) && /^[^\s]/.test(next)) {
          data = data.slice(0, -1) + ' ';
        }
        if (data !== text.data) {
          text.data = data;
        }
      });
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

  /*
   * Renames style and on* attributes before parsing, so that the page's CSP has nothing to
   * refuse (and report) even in the inert document; cleanNode() reads data-rte-style.
   */
  function defuse(html) {
    return String(html || '').replace(/<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?)*)(\s*\/?)>/g,
      (tag, name, attributes, end) => {
        if (!/\s(style|on)/i.test(attributes)) {
          return tag;
        }
        const renamed = attributes.replace(/(\s+)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?/g,
          (attribute, space, attributeName, value) => (/^(style|on[a-z]+)$/i.test(attributeName)
            ? space + 'data-rte-' + attributeName.toLowerCase() + (value || '') : attribute));
        return '<' + name + renamed + end + '>';
      });
  }

  function parse(html) {
    const box = inert.createElement('div');
    box.innerHTML = defuse(html);
    return box;
  }

  /* Clean HTML for the server: one top-level block a line. */
  function serialize(html) {
    const box = parse(html.replace(/\u200b/g, ''));
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

  /* The style attribute (kept as data-rte-style by defuse()), lower case, without spaces. */
  function styleOf(element) {
    return (element.getAttribute('data-rte-style') || '').toLowerCase().replace(/\s+/g, '');
  }

  /*
   * What word processors put in the clipboard beyond the text, before the common cleaning:
   * Word's comments (anchors "[AB1]" and the comment list at the end) and footnote marks go;
   * Word's lists, which are paragraphs styled mso-list:l0 level1 with the bullet or number
   * typed in a span (mso-list:Ignore), become real nested lists.
   */
  function fromOffice(box) {
    for (const element of Array.from(box.querySelectorAll('*'))) {
      const style = styleOf(element);
      const classes = String(element.getAttribute('class') || '').toLowerCase();
      if (/mso-element:comment|mso-special-character:comment/.test(style) ||
        /(^|\s)(msocomanchor|msocomoff|msocomtxt|msocommentreference)(\s|$)/.test(classes)) {
        element.remove();
      }
    }
    const LIST = /mso-list:(l\d+)level(\d+)/;
    const isItem = (node) => node && node.nodeType === Node.ELEMENT_NODE && node.localName === 'p' &&
      LIST.test(styleOf(node));
    const nextElement = (node) => {
      let next = node.nextSibling;
      while (next && next.nodeType !== Node.ELEMENT_NODE && !(next.nodeType === Node.TEXT_NODE && next.data.trim())) {
        next = next.nextSibling;
      }
      return next;
    };
    for (const first of Array.from(box.querySelectorAll('p'))) {
      if (!box.contains(first) || !isItem(first)) {
        continue;
      }
      const stack = []; // [{ level, list }]
      let paragraph = first;
      while (isItem(paragraph)) {
        const following = nextElement(paragraph);
        const level = Number(styleOf(paragraph).match(LIST)[2]);
        let marker = '';
        for (const span of Array.from(paragraph.querySelectorAll('span'))) {
          if (paragraph.contains(span) && /mso-list:ignore/.test(styleOf(span))) {
            marker += span.textContent;
            span.remove();
          }
        }
        const ordered = /^\(?([0-9]+|[a-z]{1,4})[.)]/i.test(marker.replace(/[\s\u00a0]+/g, ''));
        while (stack.length && stack[stack.length - 1].level > level) {
          stack.pop();
        }
        const top = stack[stack.length - 1];
        if (!top || top.level < level) {
          const list = paragraph.ownerDocument.createElement(ordered ? 'ol' : 'ul');
          if (top && top.list.lastElementChild) {
            top.list.lastElementChild.append(list);
          } else {
            paragraph.before(list);
          }
          stack.push({ level: level, list: list });
        }
        const item = paragraph.ownerDocument.createElement('li');
        while (paragraph.firstChild) {
          item.append(paragraph.firstChild);
        }
        stack[stack.length - 1].list.append(item);
        paragraph.remove();
        paragraph = following;
      }
    }
  }

  /* Paragraphs inside list items and table cells (LibreOffice, Google Docs) become lines. */
  function flattenParagraphs(box) {
    for (const paragraph of Array.from(box.querySelectorAll('li > p, td > p, th > p, caption > p'))) {
      let previous = paragraph.previousSibling;
      while (previous && previous.nodeType === Node.TEXT_NODE && !previous.data.trim()) {
        previous = previous.previousSibling;
      }
      if (previous && !(previous.nodeType === Node.ELEMENT_NODE && (previous.localName === 'br' ||
        BLOCKS.has(previous.localName)))) {
        paragraph.before(paragraph.ownerDocument.createElement('br'));
      }
      unwrap(paragraph);
    }
    // Line breaks in the source are spaces; white space between blocks and at their edges goes.
    const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) {
      texts.push(walker.currentNode);
    }
    for (const text of texts) {
      text.data = text.data.replace(/[ \t\r\n]+/g, ' ');
      const parent = text.parentNode;
      const previous = text.previousSibling;
      const next = text.nextSibling;
      const between = (node) => !node || (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.localName));
      if (text.data === ' ' && (parent === box || /^(ul|ol|table|thead|tbody|tfoot|tr)$/.test(parent.localName) ||
        (between(previous) && between(next)))) {
        text.remove();
      }
    }
    for (const block of box.querySelectorAll('p, h2, h3, li, td, th, caption, blockquote')) {
      const inner = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const own = [];
      while (inner.nextNode()) {
        own.push(inner.currentNode);
      }
      if (own.length) {
        own[0].data = own[0].data.replace(/^ /, '');
        own[own.length - 1].data = own[own.length - 1].data.replace(/ $/, '');
      }
    }
    // Line breaks between blocks at the top (Google Docs puts one after a list or table).
    for (const br of Array.from(box.querySelectorAll(':scope > br'))) {
      const previous = br.previousElementSibling;
      const next = br.nextElementSibling;
      if ((previous && BLOCKS.has(previous.localName)) || (next && BLOCKS.has(next.localName)) ||
        (!previous && !next)) {
        br.remove();
      }
    }
  }

  /* Clean HTML for pasting, or null when there is nothing left. */
  function forPasting(html) {
    const box = parse(html);
    fromOffice(box);
    for (const child of Array.from(box.childNodes)) {
      cleanNode(child, true);
    }
    flattenParagraphs(box);
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
    } catch {
      return false;
    }
  }

  function queryState(command) {
    try {
      return document.queryCommandState(command);
    } catch {
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
   * Selection bookmarks
   *
   * pathOf/pointAt: a point as child indexes from the area, counting runs of adjacent text
   * nodes as one (as they are after the HTML is parsed again): for undo snapshots.
   * holdPoint/releasePoint: a point by node reference: for changes that move nodes.
   * ------------------------------------------------------------------------------- */

  function mergedIndex(parent, upTo) {
    let count = 0;
    let previousText = false;
    for (let i = 0; i < upTo && i < parent.childNodes.length; i++) {
      const child = parent.childNodes[i];
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.length) {
          continue;
        }
        if (!previousText) {
          count++;
        }
        previousText = true;
      } else {
        count++;
        previousText = false;
      }
    }
    return count;
  }

  function pathOf(root, container, offset) {
    const path = [];
    let node = container;
    let position = offset;
    let text = false;
    if (node.nodeType === Node.TEXT_NODE) {
      text = true;
      let first = node;
      while (first.previousSibling && first.previousSibling.nodeType === Node.TEXT_NODE) {
        first = first.previousSibling;
        position += first.length;
      }
      node = first;
    } else {
      position = mergedIndex(node, offset);
    }
    if (text) {
      const parent = node.parentNode;
      path.unshift(mergedIndex(parent, Array.prototype.indexOf.call(parent.childNodes, node)));
      node = parent;
    }
    while (node && node !== root) {
      const parent = node.parentNode;
      if (!parent) {
        return null;
      }
      path.unshift(mergedIndex(parent, Array.prototype.indexOf.call(parent.childNodes, node)));
      node = parent;
    }
    return node === root ? { path: path, offset: position, text: text } : null;
  }

  function pointAt(root, bookmark) {
    if (!bookmark) {
      return null;
    }
    let node = root;
    for (const index of bookmark.path) {
      node = node.childNodes[index];
      if (!node) {
        return null;
      }
    }
    if (bookmark.text !== (node.nodeType === Node.TEXT_NODE)) {
      return null;
    }
    const length = node.nodeType === Node.TEXT_NODE ? node.length : node.childNodes.length;
    return { node: node, offset: Math.min(bookmark.offset, length) };
  }

  function holdPoint(container, offset) {
    if (container.nodeType === Node.TEXT_NODE) {
      return { node: container, offset: offset };
    }
    const child = container.childNodes[offset];
    if (child) {
      return { before: child };
    }
    return container.lastChild ? { after: container.lastChild } : { inside: container };
  }

  function releasePoint(range, point, end) {
    const set = end ? 'setEnd' : 'setStart';
    if (point.node && point.node.isConnected) {
      range[set](point.node, Math.min(point.offset, point.node.length));
    } else if (point.before && point.before.isConnected) {
      range[end ? 'setEndBefore' : 'setStartBefore'](point.before);
    } else if (point.after && point.after.isConnected) {
      range[end ? 'setEndAfter' : 'setStartAfter'](point.after);
    } else if (point.inside && point.inside.isConnected) {
      range[set](point.inside, 0);
    } else {
      return false;
    }
    return true;
  }

  /* ---------------------------------------------------------------------------------
   * The editor
   * ------------------------------------------------------------------------------- */

  const TYPING = /^(insertText|insertReplacementText|insertCompositionText|deleteContentBackward|deleteContentForward|deleteWordBackward|deleteWordForward)$/;

  const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, pre, blockquote, div, td, th, caption, figcaption';

  const editors = [];

  function Editor(textarea) {
    const id = 'rte-' + (++counter);
    this.id = id;
    this.textarea = textarea;
    this.form = textarea.form;
    this.range = null;
    this.dialogs = {};
    this.busy = false;

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
      class: 'rte-toolbar', role: 'toolbar', 'aria-label': word('toolbar'), 'aria-controls': id + '-area'
    });
    this.buttons = {};
    for (const group of toolbarGroups()) {
      const groupElement = make('div', { class: 'rte-toolbar__group' });
      const inMenu = group.every((spec) => spec.more);
      const items = inMenu ? this.makeMoreMenu(groupElement) : groupElement;
      for (const spec of group) {
        const button = inMenu ? this.makeMenuItem(spec) : this.makeButton(spec);
        this.buttons[spec.command] = button;
        items.append(button);
      }
      this.toolbar.append(groupElement);
    }
    // The toolbar's own stops (arrow keys); the menu's items are reached through "More".
    this.allButtons = Array.from(this.toolbar.querySelectorAll('button:not([role^="menuitem"])'));
    this.allButtons.forEach((button, index) => button.setAttribute('tabindex', index === 0 ? '0' : '-1'));

    this.area = make('div', {
      class: 'rte-area prose',
      id: id + '-area',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelIds,
      'aria-label': labelIds ? null : (textarea.getAttribute('aria-label') || word('text')),
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
    this.resetHistory();
    this.sync();
    this.updateState();
  }

  /*
   * A button with a word on it is named by that word (WCAG 2.5.3: the name a voice user
   * says is the one they see); a symbol-only button (B, I, the pilcrow) by its aria-label,
   * which contains the letter it shows (Bold, Gras).
   */
  Editor.prototype.makeButton = function (spec) {
    const shortcut = spec.key ? MOD_LABEL + '+' + spec.key : null;
    const button = make('button', {
      type: 'button',
      class: 'rte-button rte-button--' + spec.command,
      'data-command': spec.command,
      'aria-label': spec.label || spec.text,
      title: (spec.hint || spec.label || spec.text) + (shortcut ? ' (' + shortcut + ')' : ''),
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

  /*
   * "More": a menu button (WAI-ARIA menu button pattern). Enter, Space or Down opens the
   * menu on its first item, Up on its last; Up and Down move, Escape closes it and goes
   * back to the button, Tab closes it.
   */
  Editor.prototype.makeMoreMenu = function (groupElement) {
    const menuId = this.id + '-more';
    this.moreButton = make('button', {
      type: 'button',
      class: 'rte-button rte-button--more',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': menuId,
      'aria-label': word('more'),
      title: word('more.hint')
    }, [make('span', { class: 'rte-button__text' }, word('more')),
      make('span', { class: 'rte-button__icon', 'aria-hidden': 'true' }, '\u25be')]);
    this.menu = make('div', { class: 'rte-menu', id: menuId, role: 'menu', 'aria-label': word('more'), hidden: true });
    groupElement.classList.add('rte-toolbar__group--more');
    groupElement.append(this.moreButton, this.menu);
    return this.menu;
  };

  Editor.prototype.makeMenuItem = function (spec) {
    return make('button', {
      type: 'button',
      class: 'rte-menu__item rte-menu__item--' + spec.command,
      role: spec.toggle ? 'menuitemcheckbox' : 'menuitem',
      'aria-checked': spec.toggle ? 'false' : null,
      'data-command': spec.command,
      tabindex: '-1',
      title: spec.hint || null
    }, spec.text);
  };

  Editor.prototype.menuItems = function () {
    return Array.from(this.menu.querySelectorAll('[role^="menuitem"]'));
  };

  Editor.prototype.openMenu = function (last) {
    this.rememberSelection();
    this.menu.hidden = false;
    this.moreButton.setAttribute('aria-expanded', 'true');
    const items = this.menuItems();
    (last ? items[items.length - 1] : items[0]).focus();
  };

  Editor.prototype.closeMenu = function (focusButton) {
    if (this.menu.hidden) {
      return;
    }
    this.menu.hidden = true;
    this.moreButton.setAttribute('aria-expanded', 'false');
    if (focusButton) {
      this.moreButton.focus();
    }
  };

  Editor.prototype.onMenuKey = function (event) {
    const items = this.menuItems();
    const index = items.indexOf(document.activeElement);
    let next = null;
    switch (event.key) {
      case 'ArrowDown':
        next = items[(index + 1) % items.length];
        break;
      case 'ArrowUp':
        next = items[(index - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.closeMenu(true);
        return;
      case 'Tab':
        this.closeMenu(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    next.focus();
  };

  Editor.prototype.bind = function () {
    const area = this.area;

    // Toolbar: a mouse click keeps the selection (and focus) in the text.
    this.toolbar.addEventListener('mousedown', (event) => {
      if (event.target.closest('button')) {
        event.preventDefault();
      }
    });
    this.toolbar.addEventListener('click', (event) => {
      if (this.moreButton && event.target.closest('.rte-button--more')) {
        if (this.menu.hidden) {
          this.setCurrentButton(this.moreButton);
          this.openMenu(false);
        } else {
          this.closeMenu(true);
        }
        return;
      }
      const button = event.target.closest('button[data-command]');
      if (button) {
        const inMenu = this.menu && this.menu.contains(button);
        this.setCurrentButton(inMenu ? this.moreButton : button);
        if (inMenu) {
          this.closeMenu(false);
        }
        this.run(button.dataset.command);
      }
    });
    this.toolbar.addEventListener('keydown', (event) => {
      if (this.menu && this.menu.contains(event.target)) {
        this.onMenuKey(event);
      } else if (this.moreButton && event.target === this.moreButton && /^Arrow(Down|Up)$/.test(event.key)) {
        event.preventDefault();
        this.setCurrentButton(this.moreButton);
        this.openMenu(event.key === 'ArrowUp');
      } else {
        this.onToolbarKey(event);
      }
    });
    // A click or focus elsewhere closes the menu.
    document.addEventListener('mousedown', (event) => {
      if (this.menu && !this.menu.hidden && !event.target.closest('.rte-toolbar__group--more')) {
        this.closeMenu(false);
      }
    });
    this.toolbar.addEventListener('focusout', (event) => {
      if (this.menu && !this.menu.hidden && !(event.relatedTarget && event.relatedTarget.closest &&
        event.relatedTarget.closest('.rte-toolbar__group--more'))) {
        this.closeMenu(false);
      }
    });

    area.addEventListener('keydown', (event) => this.onKey(event));
    area.addEventListener('beforeinput', (event) => {
      if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
        event.preventDefault();
        this.run(event.inputType === 'historyUndo' ? 'undo' : 'redo');
      } else if (!this.busy) {
        this.pendingBefore = this.bookmark();
      }
    });
    area.addEventListener('input', (event) => {
      if (!this.busy && !this.restoring) {
        this.record(TYPING.test(event.inputType || '') ? 'typing' : 'edit', this.pendingBefore);
      }
      this.scheduleSync();
    });
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
    area.addEventListener('mousedown', () => {
      this.lastKind = null;
    });
    area.addEventListener('keyup', () => this.updateState());
    area.addEventListener('mouseup', () => this.updateState());

    // Changes without an input event (some execCommand calls, tables) still reach the field.
    this.observer = new MutationObserver(() => this.scheduleSync());
    this.observer.observe(area, { childList: true, subtree: true, characterData: true, attributes: true });

    // autosave.js put a kept draft back into the field: show it (one undo step).
    this.textarea.addEventListener('rich-text:reload', () => {
      this.change(() => {
        this.area.innerHTML = forEditing(this.textarea.value);
      });
    });

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
          this.resetHistory();
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

  /* History: snapshots of the area, so undo covers every change the same way in every
   * browser (tables, lists, pasting...). Typing within 1.5 s makes one step. */

  Editor.prototype.resetHistory = function () {
    this.history = [{ html: this.area.innerHTML, before: null, after: null }];
    this.historyIndex = 0;
    this.lastKind = null;
    this.updateHistoryButtons();
  };

  Editor.prototype.record = function (kind, before) {
    const html = this.area.innerHTML;
    const after = this.bookmark();
    const current = this.history[this.historyIndex];
    if (current.html === html) {
      current.after = after || current.after;
      return;
    }
    const now = Date.now();
    if (kind === 'typing' && this.lastKind === 'typing' && now - this.lastTime < 1500 && this.historyIndex > 0) {
      current.html = html;
      current.after = after;
    } else {
      this.history.length = this.historyIndex + 1;
      this.history.push({ html: html, before: before || null, after: after });
      if (this.history.length > 100) {
        this.history.shift();
      }
      this.historyIndex = this.history.length - 1;
    }
    this.lastKind = kind;
    this.lastTime = now;
    this.updateHistoryButtons();
  };

  Editor.prototype.applySnapshot = function (html, bookmark) {
    this.restoring = true;
    this.area.innerHTML = html;
    this.area.focus({ preventScroll: true });
    if (!this.restoreBookmark(bookmark)) {
      this.restoreSelection(null);
    }
    this.restoring = false;
    this.lastKind = 'history';
    this.sync();
    this.updateHistoryButtons();
  };

  Editor.prototype.undo = function () {
    if (this.historyIndex <= 0) {
      this.announce(word('nothingToUndo'));
      return;
    }
    const undone = this.history[this.historyIndex];
    this.historyIndex--;
    this.applySnapshot(this.history[this.historyIndex].html, undone.before);
  };

  Editor.prototype.redo = function () {
    if (this.historyIndex >= this.history.length - 1) {
      this.announce(word('nothingToRedo'));
      return;
    }
    this.historyIndex++;
    const redone = this.history[this.historyIndex];
    this.applySnapshot(redone.html, redone.after);
  };

  Editor.prototype.updateHistoryButtons = function () {
    this.buttons.undo.setAttribute('aria-disabled', this.historyIndex <= 0 ? 'true' : 'false');
    this.buttons.redo.setAttribute('aria-disabled', this.historyIndex >= this.history.length - 1 ? 'true' : 'false');
  };

  /* Runs a change as one undo step, then tidies the area and the field. */
  Editor.prototype.change = function (work) {
    const before = this.bookmark();
    this.busy = true;
    try {
      work();
      this.normalizeLive();
    } finally {
      this.busy = false;
    }
    this.rememberSelection();
    this.record('edit', before);
    this.sync();
    this.updateState();
  };

  /* Selection ------------------------------------------------------------------------ */

  Editor.prototype.currentRange = function () {
    const selection = window.getSelection();
    if (selection && selection.rangeCount) {
      const range = selection.getRangeAt(0);
      if (this.area.contains(range.startContainer) && this.area.contains(range.endContainer)) {
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

  Editor.prototype.select = function (range) {
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    this.rememberSelection();
  };

  /* Focuses the area and puts back the given or last selection (or the caret at the end). */
  Editor.prototype.restoreSelection = function (range) {
    const area = this.area;
    const wanted = range || this.range;
    area.focus({ preventScroll: true });
    if (wanted && area.contains(wanted.startContainer) && area.contains(wanted.endContainer)) {
      this.select(wanted);
    } else if (!this.currentRange() || range === null) {
      const end = document.createRange();
      end.selectNodeContents(area.lastElementChild || area);
      end.collapse(false);
      this.select(end);
    }
    return this.currentRange();
  };

  Editor.prototype.bookmark = function () {
    const range = this.currentRange() || this.range;
    if (!range || !this.area.contains(range.startContainer)) {
      return null;
    }
    const start = pathOf(this.area, range.startContainer, range.startOffset);
    const end = pathOf(this.area, range.endContainer, range.endOffset);
    return start && end ? { start: start, end: end } : null;
  };

  Editor.prototype.restoreBookmark = function (bookmark) {
    const start = bookmark && pointAt(this.area, bookmark.start);
    const end = bookmark && pointAt(this.area, bookmark.end);
    if (!start || !end) {
      return false;
    }
    const range = document.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      return false;
    }
    this.select(range);
    return true;
  };

  /* Runs work() that moves nodes around, keeping the selection where it was. */
  Editor.prototype.keepSelection = function (work) {
    const range = this.currentRange();
    const start = range && holdPoint(range.startContainer, range.startOffset);
    const end = range && holdPoint(range.endContainer, range.endOffset);
    const result = work();
    if (range) {
      const restored = document.createRange();
      if (releasePoint(restored, start, false)) {
        if (!releasePoint(restored, end, true)) {
          restored.collapse(true);
        }
        this.select(restored);
      }
    }
    return result;
  };

  Editor.prototype.placeCaret = function (node, selectContents) {
    const range = document.createRange();
    range.selectNodeContents(node);
    if (!selectContents) {
      range.collapse(false);
    }
    this.select(range);
  };

  /* Keeps the area's structure sound: no blocks inside paragraphs or headings, no loose
   * text at the top, no styles or spans the browser added, always one paragraph. */
  Editor.prototype.normalizeLive = function () {
    const area = this.area;
    // Nothing to do: leave the selection alone (re-selecting would drop a pending bold).
    const loose = Array.from(area.childNodes).some((node) => (node.nodeType === Node.TEXT_NODE && node.data.trim()) ||
      (node.nodeType === Node.ELEMENT_NODE && !BLOCKS.has(node.localName)));
    if (!loose && area.firstElementChild && !area.querySelector('[style], [class], span, font, b, i') &&
      !Array.from(area.querySelectorAll('p, h2, h3, h4')).some(hasBlockChild) &&
      !Array.from(area.querySelectorAll('p, h2, h3, h4, li, td, th')).some((element) => !element.firstChild)) {
      return;
    }
    this.keepSelection(() => {
      for (const element of Array.from(area.querySelectorAll('p, h2, h3, h4'))) {
        if (element.parentNode && hasBlockChild(element)) {
          unwrap(element);
        }
      }
      for (const element of Array.from(area.querySelectorAll('[style], [class], span, font, b, i'))) {
        if (element.localName === 'span' || element.localName === 'font') {
          unwrap(element);
        } else if (element.localName === 'b' || element.localName === 'i') {
          rename(element, element.localName === 'b' ? 'strong' : 'em').removeAttribute('style');
        } else {
          element.removeAttribute('style');
          element.removeAttribute('class');
        }
      }
      let run = [];
      const flush = () => {
        if (run.some((node) => node.nodeType === Node.ELEMENT_NODE || node.data.trim())) {
          const paragraph = make('p');
          area.insertBefore(paragraph, run[0]);
          run.forEach((node) => paragraph.appendChild(node));
        }
        run = [];
      };
      for (const node of Array.from(area.childNodes)) {
        if (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.localName)) {
          flush();
        } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
          run.push(node);
        }
      }
      flush();
      for (const element of area.querySelectorAll('p, h2, h3, h4, li, td, th')) {
        if (!element.firstChild) {
          element.append(make('br'));
        }
      }
      if (!area.firstElementChild) {
        area.replaceChildren(make('p', null, make('br')));
      }
    });
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
      const attribute = button.hasAttribute('aria-checked') ? 'aria-checked' : 'aria-pressed';
      if (button.getAttribute(attribute) !== value) {
        button.setAttribute(attribute, value);
      }
    }
  };

  /* Blocks: headings, paragraphs, quotes and lists, done by hand (the browsers' own
   * formatBlock and insertList differ, and nest lists in paragraphs). ------------------ */

  /* The innermost blocks the selection touches, in document order. */
  Editor.prototype.selectedBlocks = function (range) {
    const area = this.area;
    const leaves = Array.from(area.querySelectorAll(LEAF_BLOCKS)).filter((element) => !element.querySelector(LEAF_BLOCKS));
    let blocks = leaves.filter((element) => range.intersectsNode(element));
    if (blocks.length > 1 && !range.collapsed) {
      // A selection ending at the very start of a block does not take that block.
      const last = blocks[blocks.length - 1];
      const head = document.createRange();
      head.setStart(last, 0);
      head.setEnd(range.endContainer, range.endOffset);
      if (!head.toString() && !head.cloneContents().querySelector('img')) {
        blocks.pop();
      }
    }
    if (!blocks.length) {
      const own = closestIn(range.startContainer, LEAF_BLOCKS, area);
      blocks = own ? [own] : [];
    }
    return blocks;
  };

  /* Turns list item li into a paragraph after its list (splitting the list). */
  function leaveList(li) {
    const list = li.parentNode;
    const after = list.cloneNode(false);
    while (li.nextSibling) {
      after.appendChild(li.nextSibling);
    }
    const parent = list.parentNode;
    const next = list.nextSibling;
    const inserted = [];
    if (hasBlockChild(li)) {
      while (li.firstChild) {
        inserted.push(li.firstChild);
        parent.insertBefore(li.firstChild, next);
      }
    } else {
      const paragraph = li.ownerDocument.createElement('p');
      while (li.firstChild) {
        paragraph.appendChild(li.firstChild);
      }
      parent.insertBefore(paragraph, next);
      inserted.push(paragraph);
    }
    li.remove();
    if (after.firstChild) {
      parent.insertBefore(after, next);
    }
    if (!list.firstChild) {
      list.remove();
    }
    return inserted.filter((node) => node.nodeType === Node.ELEMENT_NODE);
  }

  /* The block as a paragraph-level element that can be renamed (out of lists, not a cell). */
  function freeBlock(block) {
    if (block.localName === 'li') {
      const result = leaveList(block);
      return result.length === 1 ? result[0] : null;
    }
    if (block.localName === 'td' || block.localName === 'th' || block.localName === 'caption' ||
      block.localName === 'figcaption') {
      const inner = block.ownerDocument.createElement('p');
      while (block.firstChild) {
        inner.appendChild(block.firstChild);
      }
      block.appendChild(inner);
      return inner;
    }
    return block;
  }

  Editor.prototype.formatBlocks = function (tag) {
    const range = this.currentRange();
    if (!range) {
      return;
    }
    const blocks = this.selectedBlocks(range);
    if (tag === 'blockquote') {
      this.toggleQuote(blocks);
      return;
    }
    const toggleOff = tag !== 'p' && blocks.length > 0 && blocks.every((block) => block.localName === tag);
    const target = toggleOff ? 'p' : tag;
    for (const block of blocks) {
      if (block.localName === target) {
        continue;
      }
      const free = freeBlock(block);
      if (free && free.localName !== target) {
        if (free.localName === 'blockquote' && target === 'p' && !hasBlockChild(free)) {
          rename(free, 'p');
        } else if (free.localName !== 'blockquote') {
          rename(free, target);
        }
      }
    }
  };

  Editor.prototype.toggleQuote = function (blocks) {
    const area = this.area;
    const quotes = new Set(blocks.map((block) => closestIn(block, 'blockquote', area)).filter(Boolean));
    if (blocks.length && blocks.every((block) => closestIn(block, 'blockquote', area))) {
      for (const quote of quotes) {
        if (hasBlockChild(quote)) {
          unwrap(quote);
        } else {
          rename(quote, 'p');
        }
      }
      return;
    }
    // Wrap the top-level blocks holding the selection in one quote.
    const tops = [];
    for (const block of blocks) {
      let top = block;
      while (top.parentNode && top.parentNode !== area) {
        top = top.parentNode;
      }
      if (top.parentNode === area && !tops.includes(top)) {
        tops.push(top);
      }
    }
    if (!tops.length) {
      return;
    }
    const freed = [];
    for (const top of tops) {
      if (top.localName === 'ul' || top.localName === 'ol') {
        const items = blocks.filter((block) => block.localName === 'li' && top.contains(block));
        items.forEach((item) => freed.push(...leaveList(item)));
      } else if (top.localName !== 'blockquote') {
        freed.push(top);
      }
    }
    if (!freed.length) {
      return;
    }
    const quote = make('blockquote');
    freed[0].parentNode.insertBefore(quote, freed[0]);
    freed.forEach((element) => quote.appendChild(element));
  };

  Editor.prototype.toggleList = function (type) {
    const range = this.currentRange();
    if (!range) {
      return;
    }
    const area = this.area;
    const items = [];
    for (const block of this.selectedBlocks(range)) {
      const item = closestIn(block, 'li', area) || block;
      if (!items.includes(item)) {
        items.push(item);
      }
    }
    if (!items.length) {
      return;
    }
    if (items.every((item) => item.localName === 'li' && item.parentNode.localName === type)) {
      items.forEach(leaveList);
      return;
    }
    if (items.every((item) => item.localName === 'li')) {
      for (const list of new Set(items.map((item) => item.parentNode))) {
        if (list.localName !== type) {
          rename(list, type);
        }
      }
      return;
    }
    for (const block of items) {
      if (block.localName === 'li') {
        continue;
      }
      const li = make('li');
      if (/^(td|th|caption|figcaption)$/.test(block.localName)) {
        while (block.firstChild) {
          li.appendChild(block.firstChild);
        }
        block.appendChild(make(type, null, li));
        continue;
      }
      while (block.firstChild) {
        li.appendChild(block.firstChild);
      }
      const previous = block.previousElementSibling;
      if (previous && previous.localName === type) {
        previous.appendChild(li);
      } else {
        block.parentNode.insertBefore(make(type, null, li), block);
      }
      const list = li.parentNode;
      block.remove();
      const next = list.nextElementSibling;
      if (next && next.localName === type) {
        while (next.firstChild) {
          list.appendChild(next.firstChild);
        }
        next.remove();
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
      case 'undo':
        this.undo();
        this.updateState();
        return;
      case 'redo':
        this.redo();
        this.updateState();
        return;
      default:
        break;
    }
    const range = this.restoreSelection();
    this.change(() => {
      switch (command) {
        case 'h2':
        case 'h3':
        case 'p':
        case 'blockquote':
          this.keepSelection(() => this.formatBlocks(command));
          break;
        case 'ul':
        case 'ol':
          this.keepSelection(() => this.toggleList(command));
          break;
        case 'bold':
        case 'italic':
          if (range && range.collapsed) {
            this.toggleInlineAtCaret(range, command === 'bold' ? 'strong' : 'em');
          } else {
            exec(command);
          }
          break;
        case 'unlink':
          this.unlink(range);
          break;
        default:
          break;
      }
    });
  };

  /*
   * Bold or italic with nothing selected: what is typed next is (or stops being) formatted.
   * Browsers keep that only as a fleeting typing style that the next tidy-up loses, so the
   * caret goes into (or just after) a real element, held open by a zero-width space that
   * serialize() drops.
   */
  Editor.prototype.toggleInlineAtCaret = function (range, tag) {
    const inside = closestIn(range.startContainer, tag === 'strong' ? 'strong, b' : 'em, i', this.area);
    const marker = document.createTextNode('\u200b');
    if (inside) {
      const rest = document.createRange();
      rest.setStart(range.startContainer, range.startOffset);
      rest.setEndAfter(inside);
      const tail = rest.extractContents();
      inside.after(marker);
      if (tail.textContent.replace(/\u200b/g, '') !== '') {
        marker.after(tail);
      }
    } else {
      const element = document.createElement(tag);
      element.append(marker);
      range.insertNode(element);
    }
    const caret = document.createRange();
    caret.setStart(marker, 1);
    caret.collapse(true);
    this.select(caret);
  };

  Editor.prototype.unlink = function (range) {
    if (!range) {
      return;
    }
    const link = closestIn(range.commonAncestorContainer, 'a', this.area);
    const contains = !range.collapsed && Array.from(this.area.querySelectorAll('a')).some((a) => range.intersectsNode(a));
    if (!link && !contains) {
      this.announce(word('noLink'));
      return;
    }
    if (link && range.collapsed) {
      this.placeCaret(link, true);
    }
    exec('unlink');
    this.announce(word('linkRemoved'));
  };

  /* Keyboard ------------------------------------------------------------------------- */

  Editor.prototype.onKey = function (event) {
    if (event.isComposing || event.keyCode === 229) {
      return; // an input method (IME) is composing: its keys are its own
    }
    const key = event.key;
    if (/^(Tab|Enter|Arrow|Home|End|Page)/.test(key)) {
      this.lastKind = null; // typing elsewhere is another undo step
    }
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
    this.change(() => {
      if (cleaned) {
        this.insertContent(cleaned);
        this.announce(word('pasted'));
      } else if (text) {
        if (/\n/.test(text.trim())) {
          this.insertContent(textToHtml(text));
        } else {
          exec('insertText', text);
        }
      }
    });
  };

  Editor.prototype.onPaste = function (event) {
    const data = event.clipboardData;
    if (!data) {
      return;
    }
    event.preventDefault();
    if (data.files && data.files.length && !data.getData('text/plain') && !data.getData('text/html')) {
      this.announce(word('noFiles'));
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
      this.announce(word('noFiles'));
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
      this.change(() => this.addRow(cell));
      this.announce(word('rowAdded'));
      return;
    }
    const html = '<table><thead><tr>' + ('<th>' + escapeHtml(word('table.heading')) + '</th>').repeat(3) + '</tr></thead><tbody>' +
      ('<tr>' + '<td><br></td>'.repeat(3) + '</tr>').repeat(2) + '</tbody></table>';
    this.change(() => {
      const table = this.insertContent(html).find((node) => node.localName === 'table');
      if (!table) {
        return;
      }
      const next = table.nextElementSibling;
      if (!next || next.localName !== 'p' || hasContent(next)) {
        table.after(make('p', null, make('br')));
      }
      this.placeCaret(table.querySelector('th'), true);
    });
    this.announce(word('tableInserted'));
  };

  /*
   * Inserts clean HTML at the selection, by hand (the same in every browser, and without the
   * style attributes insertHTML adds): inline content at the caret; blocks split the
   * paragraph or heading around the caret. Returns the inserted top-level nodes.
   */
  Editor.prototype.insertContent = function (html) {
    const range = this.currentRange() || this.restoreSelection();
    if (!range) {
      return [];
    }
    if (!range.collapsed) {
      range.deleteContents();
    }
    const nodes = Array.from(parse(html).childNodes).map((node) => document.importNode(node, true));
    if (!nodes.length) {
      return [];
    }
    const isBlock = (node) => node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.localName);
    const block = closestIn(range.startContainer, 'p, h1, h2, h3, h4, h5, h6, pre, li, td, th, caption, figcaption, blockquote', this.area);
    const splittable = block && (/^(p|h[1-6]|pre)$/.test(block.localName) || (block.localName === 'blockquote' && !hasBlockChild(block)));
    if (!nodes.some(isBlock) || !splittable) {
      const fragment = document.createDocumentFragment();
      nodes.forEach((node) => fragment.appendChild(node));
      range.insertNode(fragment);
    } else {
      const rest = document.createRange();
      rest.setStart(range.startContainer, range.startOffset);
      rest.setEnd(block, block.childNodes.length);
      const tail = block.cloneNode(false);
      tail.appendChild(rest.extractContents());
      let first = 0;
      while (first < nodes.length && !isBlock(nodes[first])) {
        block.appendChild(nodes[first++]);
      }
      let end = nodes.length;
      while (end > first && !isBlock(nodes[end - 1])) {
        end--;
      }
      tail.prepend(...nodes.slice(end));
      block.after(...nodes.slice(first, end), tail);
      if (!hasContent(block)) {
        block.remove();
      }
      if (!hasContent(tail) && end === nodes.length) {
        tail.remove();
      }
    }
    const last = nodes[nodes.length - 1];
    if (isBlock(last) && last.localName !== 'table') {
      this.placeCaret(last, false);
    } else if (last.isConnected) {
      const after = document.createRange();
      after.setStartAfter(last);
      after.collapse(true);
      this.select(after);
    }
    return nodes;
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
        make('button', { type: 'submit', value: 'cancel', class: 'rte-dialog__cancel' }, word('cancel'))
      ])
    ]);
    const dialog = make('dialog', {
      class: 'rte-dialog rte-dialog--' + kind, id: dialogId, 'aria-labelledby': dialogId + '-title'
    }, form);
    dialog.rteForm = form;
    dialog.rteError = error;
    form.addEventListener('input', (event) => {
      if (event.target.getAttribute('aria-invalid') === 'true') {
        event.target.removeAttribute('aria-invalid');
      }
    });
    dialog.addEventListener('close', () => {
      const range = this.dialogRange;
      this.dialogRange = null;
      this.restoreSelection(range || undefined);
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
    const wrapper = make('div', { class: 'rte-dialog__field' }, [
      make('label', { class: 'rte-dialog__label' }, [labelText + ' ', input])
    ]);
    if (hint) {
      wrapper.append(make('p', { class: 'rte-dialog__hint', id: hintId }, hint));
    }
    return wrapper;
  };

  Editor.prototype.showErrors = function (dialog, problems) {
    for (const input of dialog.rteForm.querySelectorAll('[aria-invalid]')) {
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

  Editor.prototype.openDialog = function (dialog, focus) {
    this.rememberSelection();
    this.dialogRange = this.range ? this.range.cloneRange() : null;
    this.showErrors(dialog, []);
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    focus.focus();
  };

  /* Handles the dialog's submit: Cancel closes, Insert validates then calls insert(). */
  Editor.prototype.onDialogSubmit = function (dialog, validate, insert) {
    dialog.rteForm.addEventListener('submit', (event) => {
      const action = event.submitter ? event.submitter.value : 'insert';
      if (action !== 'insert') {
        return; // the dialog closes by itself
      }
      event.preventDefault();
      const problems = validate();
      if (problems.length) {
        this.showErrors(dialog, problems);
        return;
      }
      const range = this.dialogRange;
      this.dialogRange = null;
      dialog.close('insert');
      this.restoreSelection(range);
      insert();
    });
  };

  Editor.prototype.linkDialog = function () {
    if (!this.dialogs.link) {
      const dialog = this.makeDialog('link', word('link.insert'), [
        this.field('link', 'url', word('link.address'), word('link.address.hint'), { inputmode: 'url' })
      ], word('link.insert'));
      const input = dialog.rteForm.elements.url;
      this.onDialogSubmit(dialog, () => {
        const url = input.value.trim();
        const message = checkUrl(url);
        return message ? [{ field: input, message: message }] : [];
      }, () => this.insertLink(input.value.trim()));
      this.dialogs.link = dialog;
    }
    return this.dialogs.link;
  };

  function checkUrl(url) {
    const probe = stripControls(url).toLowerCase();
    if (!url) {
      return word('urlEmpty');
    }
    if (/^(javascript|data|vbscript):/.test(probe)) {
      return word('urlForbidden');
    }
    if (!/^(https?:\/\/[^\s/?#][^\s]*|mailto:[^\s]+|\/(?![/\\])[^\s]*)$/i.test(url)) {
      return word('urlInvalid');
    }
    return null;
  }

  Editor.prototype.openLinkDialog = function () {
    const dialog = this.linkDialog();
    const range = this.restoreSelection();
    const link = range && closestIn(range.commonAncestorContainer, 'a', this.area);
    if (link && range.collapsed) {
      this.placeCaret(link, true); // edit the whole link
    }
    this.editingLink = !!link;
    const input = dialog.rteForm.elements.url;
    input.value = link ? link.getAttribute('href') || '' : '';
    dialog.querySelector('.rte-dialog__title').textContent = link ? word('link.edit') : word('link.insert');
    this.openDialog(dialog, input);
    input.select();
  };

  Editor.prototype.insertLink = function (url) {
    this.change(() => {
      const range = this.currentRange();
      if (!range || range.collapsed) {
        // By hand: insertHTML would try to restyle the link with a style attribute (CSP).
        const a = make('a', { href: url }, url);
        const at = range || this.restoreSelection();
        at.insertNode(a);
        const after = document.createRange();
        after.setStartAfter(a);
        after.collapse(true);
        this.select(after);
      } else {
        exec('createLink', url);
      }
    });
    this.announce(this.editingLink ? word('linkUpdated') : word('linkInserted'));
  };

  Editor.prototype.imageDialog = function () {
    if (!this.dialogs.image) {
      const choice = make('select', { id: this.id + '-image-choice', name: 'choice' });
      const choiceField = make('div', { class: 'rte-dialog__field rte-dialog__field--choice' }, [
        make('label', { class: 'rte-dialog__label' }, [word('image.uploaded') + ' ', choice])
      ]);
      const dialog = this.makeDialog('image', word('image.insert'), [
        choiceField,
        this.field('image', 'src', word('image.address'), word('image.address.hint')),
        this.field('image', 'alt', word('image.alt'), word('image.alt.hint'), { 'aria-required': 'true' })
      ], word('image.insert'));
      dialog.rteChoiceField = choiceField;
      const form = dialog.rteForm;
      choice.addEventListener('change', () => {
        if (choice.value) {
          form.elements.src.value = choice.value;
          form.elements.src.removeAttribute('aria-invalid');
        }
      });
      this.onDialogSubmit(dialog, () => {
        const src = form.elements.src.value.trim();
        const alt = form.elements.alt.value.trim();
        const problems = [];
        if (!src) {
          problems.push({ field: form.elements.src, message: word('srcEmpty') });
        } else if (safeSrc(src) === null || /[\s"<>]/.test(src)) {
          problems.push({ field: form.elements.src, message: word('srcInvalid') });
        }
        if (!alt) {
          problems.push({ field: form.elements.alt, message: word('altEmpty') });
        }
        return problems;
      }, () => this.insertImage(form.elements.src.value.trim(), form.elements.alt.value.replace(/\s+/g, ' ').trim()));
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
    choice.replaceChildren(make('option', { value: '' }, options.length ? word('image.choose') : word('image.none')));
    for (const option of options) {
      choice.append(make('option', { value: option.value }, option.text));
    }
    dialog.rteChoiceField.hidden = options.length === 0;
    form.elements.src.value = '';
    form.elements.alt.value = '';
    const range = this.restoreSelection();
    // An image alone in the selection: edit it.
    const contents = range && !range.collapsed ? range.cloneContents() : null;
    const image = contents && contents.querySelector('img');
    if (image && !contents.textContent.trim()) {
      form.elements.src.value = image.getAttribute('src') || '';
      form.elements.alt.value = image.getAttribute('alt') || '';
    }
    this.openDialog(dialog, options.length ? choice : form.elements.src);
  };

  Editor.prototype.insertImage = function (src, alt) {
    const img = inert.createElement('img');
    img.setAttribute('src', src);
    img.setAttribute('alt', alt);
    this.change(() => {
      const inserted = this.insertContent(img.outerHTML)[0];
      if (inserted && inserted.parentNode === this.area) {
        const paragraph = make('p');
        inserted.replaceWith(paragraph);
        paragraph.append(inserted);
        const after = document.createRange();
        after.setStartAfter(inserted);
        after.collapse(true);
        this.select(after);
      }
    });
    this.announce(word('imageInserted'));
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
  window.TreatyPortalEditor = { enhance: enhance, serialize: serialize, clean: forPasting, missingWords: missingWords };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => enhance());
  } else {
    enhance();
  }
})();
