// The practice panel's script: renders the HTML the extension sends (built from escaped text by
// src/core/practice/view/), keeps the choice of the current question, and turns clicks and keys into
// messages back. Keys: 1-6 choose an option, arrows move between options, Enter submits (or goes on),
// N next, P previous and F flag in the mock exam.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let ticking;
  let timeUpSent = false;

  function post(message) {
    vscode.postMessage(message);
  }

  function options() {
    return /** @type {HTMLInputElement[]} */ (Array.from(root.querySelectorAll('section.question:not(.answered) input[name="answer"]')));
  }

  function chosen() {
    return options().filter((input) => input.checked).map((input) => input.value);
  }

  function inExam() {
    return root.querySelector('header.exam') !== null;
  }

  function render(html) {
    root.innerHTML = html;
    const focus = root.querySelector('[data-focus-after]') || root.querySelector('[data-autofocus]');
    if (focus instanceof HTMLElement) focus.focus();
    startTimer();
    root.setAttribute('data-rendered', String(Number(root.getAttribute('data-rendered') || '0') + 1));
  }

  function startTimer() {
    clearInterval(ticking);
    const timer = document.getElementById('timer');
    if (!timer) return;
    const deadline = Number(timer.getAttribute('data-deadline'));
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      const pad = (value) => String(value).padStart(2, '0');
      timer.textContent = `${Math.floor(left / 3600)}:${pad(Math.floor((left % 3600) / 60))}:${pad(left % 60)}`;
      if (left === 0 && !timeUpSent) {
        timeUpSent = true;
        clearInterval(ticking);
        post({ type: 'timeUp' });
      }
    };
    tick();
    ticking = setInterval(tick, 1000);
  }

  /** Clicks the button of an action if the page has one that is enabled. */
  function trigger(action) {
    const button = root.querySelector(`button[data-action="${action}"]:not([disabled])`);
    if (button instanceof HTMLButtonElement) button.click();
    return button !== null;
  }

  function toggle(index) {
    const input = options()[index];
    if (!input) return;
    input.checked = input.type === 'radio' ? true : !input.checked;
    input.focus();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function moveFocus(step) {
    const list = options();
    const at = list.indexOf(/** @type {HTMLInputElement} */ (document.activeElement));
    const next = list[(at + step + list.length) % list.length];
    if (next) next.focus();
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'render') render(event.data.html);
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!(target instanceof HTMLElement) || target instanceof HTMLInputElement) return;
    event.preventDefault();
    const data = target.dataset;
    const action = data.action;
    if (action === 'openUrl') post({ type: 'openUrl', url: data.url });
    else if (action === 'submit') post({ type: 'submit', chosen: chosen() });
    else if (action === 'goto') post({ type: 'goto', index: Number(data.index) });
    else if (action === 'showInEditor') {
      const section = target.closest('[data-question]');
      post({ type: 'showInEditor', id: section ? section.getAttribute('data-question') : '' });
    } else if (action === 'start') {
      const scope = data.scope;
      const select = scope === 'topic' || scope === 'domain' ? document.getElementById(scope) : null;
      const size = document.getElementById('size');
      post({
        type: 'start',
        scope,
        value: select instanceof HTMLSelectElement ? select.value : undefined,
        size: size instanceof HTMLSelectElement ? Number(size.value) : undefined,
      });
    } else if (action) post({ type: action });
  });

  root.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'answer' && inExam()) post({ type: 'choose', chosen: chosen() });
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox')) return;
    const key = event.key;
    const list = options();
    if (/^[1-6]$/.test(key) && list.length > 0) {
      event.preventDefault();
      toggle(Number(key) - 1);
    } else if ((key === 'ArrowDown' || key === 'ArrowUp') && list.length > 0 && list[0].type === 'checkbox') {
      // Radio buttons move with the arrows by themselves; checkboxes do not.
      event.preventDefault();
      moveFocus(key === 'ArrowDown' ? 1 : -1);
    } else if (key === 'Enter' && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLElement && target.tagName === 'SUMMARY')) {
      const primary = root.querySelector('button[data-enter]:not([disabled])');
      if (primary instanceof HTMLButtonElement) {
        event.preventDefault();
        primary.click();
      }
    } else if (key === 'n' || key === 'N') {
      if (trigger('next') || trigger('review')) event.preventDefault();
    } else if ((key === 'p' || key === 'P') && inExam()) {
      if (trigger('previous')) event.preventDefault();
    } else if ((key === 'f' || key === 'F') && inExam()) {
      if (trigger('flag')) event.preventDefault();
    }
  });

  post({ type: 'ready' });
})();
