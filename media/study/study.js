// The study panel's script: renders the HTML the extension sends (built from escaped text by
// src/core/study/panelHtml.ts) and turns clicks, ticks and opened notes into messages back.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  /** Keys of the <details> the user has open, kept across renders and reloads. */
  const openDetails = new Set((vscode.getState() || {}).open || []);

  function post(message) {
    vscode.postMessage(message);
  }

  function focusables() {
    return Array.from(root.querySelectorAll('button, a, input, summary'));
  }

  /** The HTML last drawn: the same again (a refresh that changed nothing) leaves the page, a click under way and the focus alone. */
  let drawn;

  function render(html) {
    if (html === drawn) return markRendered();
    drawn = html;
    const focused = focusables().indexOf(/** @type {Element} */ (document.activeElement));
    root.innerHTML = html;
    root.querySelectorAll('details[data-details]').forEach((details) => {
      if (openDetails.has(details.getAttribute('data-details'))) details.setAttribute('open', '');
    });
    const again = focusables()[focused];
    if (focused >= 0 && again instanceof HTMLElement) again.focus();
    markRendered();
  }

  /** Counts renders, drawn or not: what tests wait on after an action. */
  function markRendered() {
    root.setAttribute('data-rendered', String(Number(root.getAttribute('data-rendered') || '0') + 1));
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'render') render(event.data.html);
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!(target instanceof HTMLElement) || target instanceof HTMLInputElement) return;
    event.preventDefault();
    const data = target.dataset;
    if (data.action === 'openSite') post({ type: 'openSite', uri: data.uri, line: Number(data.line), character: Number(data.character) });
    else if (data.action === 'newLab') post({ type: 'newLab', prefix: data.prefix });
    else if (data.action === 'openUrl') post({ type: 'openUrl', url: data.url });
    else if (data.action === 'refresh' || data.action === 'resetProgress') post({ type: data.action });
  });

  root.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.dataset.action === 'toggleRead') post({ type: 'setRead', note: box.dataset.note, read: box.checked });
  });

  // `toggle` does not bubble: listen in the capture phase. A note opened by the user counts as read.
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement)) return;
      const key = details.getAttribute('data-details');
      if (!key) return;
      const newlyOpened = details.open && !openDetails.has(key);
      if (details.open) openDetails.add(key);
      else openDetails.delete(key);
      vscode.setState({ open: Array.from(openDetails) });
      const note = details.dataset.note;
      const box = details.parentElement && details.parentElement.querySelector('input[data-action="toggleRead"]');
      if (newlyOpened && note && box instanceof HTMLInputElement && !box.checked) post({ type: 'setRead', note, read: true });
    },
    true,
  );

  post({ type: 'ready' });
})();
