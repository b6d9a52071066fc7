import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { projectRoot } from './runFolder';

export const screenshotsDir = join(projectRoot, 'test-results/screenshots');
const TIMEOUT_MS = 30_000;
/** How long a hover may take to show before the chord that asks for it is pressed again. */
const HOVER_RETRY_MS = 5_000;

/** One marker row of the Problems panel, as shown. */
export interface ProblemRow {
  severity: 'error' | 'warning' | 'info';
  message: string;
  source: string;
  code: string;
  /** As the panel prints it, e.g. "[Ln 8, Col 7]". */
  position: string;
}

/**
 * What a UI scenario does with the workbench, each step waiting on something visible rather than sleeping.
 * Keys are the ones that work in headless Chromium (no browser chords like Ctrl+W).
 */
export class Workbench {
  constructor(readonly page: Page) {}

  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: TIMEOUT_MS });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: TIMEOUT_MS });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor to be active. */
  async openFile(relativePath: string): Promise<void> {
    const fileName = relativePath.split('/').pop() ?? relativePath;
    await this.quickOpen(relativePath);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
    await row.click({ timeout: TIMEOUT_MS });
    await this.page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT_MS });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT_MS });
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Quick Open's `:line:column`). */
  async goTo(line: number, column = 1): Promise<void> {
    const input = await this.quickOpen(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
    await this.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: TIMEOUT_MS });
  }

  /** Opens Quick Open (Ctrl+P) with `text` typed in; returns its input. */
  private async quickOpen(text: string): Promise<Locator> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    await input.fill(text);
    return input;
  }

  /** Runs a command from the Command Palette (F1) by clicking the row whose label is exactly `label`. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    await input.fill(`>${label}`);
    await this.pickQuickInput(label);
  }

  /** Clicks the quick-input row whose label is exactly `label`; waits until it is gone (closed, or the next picker shown). */
  async pickQuickInput(label: string): Promise<void> {
    const row = this.page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
    await row.first().click({ timeout: TIMEOUT_MS });
    await row.first().waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
  }

  /** The content frame of a webview (webviews are nested iframes): the first frame where `selector` matches. */
  async webviewFrame(selector: string, what: string): Promise<Frame> {
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline) {
      for (const frame of this.page.frames()) {
        if (await frame.locator(selector).count().catch(() => 0)) return frame;
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error(`${what} did not appear`);
  }

  /** Waits until the rendered editor text satisfies `until`; returns it. */
  async editorTextWhen(until: (text: string) => boolean, what: string): Promise<string> {
    let text = '';
    await expectEventually(async () => until((text = await this.editorText())), what, () => text);
    return text;
  }

  /** The code lenses shown in the active editor, top to bottom, once `until` holds for them. */
  async codeLenses(until: (lenses: string[]) => boolean): Promise<string[]> {
    let lenses: string[] = [];
    await expectEventually(async () => {
      lenses = (await this.page.locator('.editor-instance .monaco-editor .codelens-decoration').allInnerTexts()).map((text) => text.trim().replace(/\s*\|\s*/g, ' | '));
      return until(lenses);
    }, 'the code lenses to show', () => JSON.stringify(lenses));
    return lenses;
  }

  /** The status-bar entry "CFN Coach" (shown only while the active editor holds a template). */
  statusItem(): Locator {
    return this.page.locator('.statusbar-item', { hasText: 'CFN Coach' });
  }

  /** Waits until the extension's status-bar entry shows text matching `pattern`; returns that text. */
  async waitForStatus(pattern: RegExp): Promise<string> {
    const item = this.statusItem().filter({ hasText: pattern });
    await item.waitFor({ timeout: TIMEOUT_MS });
    return (await item.innerText()).trim();
  }

  /** Opens the Problems panel (Ctrl+Shift+M) unless it is showing already (the key toggles it). */
  async showProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (await panel.isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  }

  /** The Problems panel's marker rows (file rows left out), once `until` holds for them. */
  async problems(until: (rows: ProblemRow[]) => boolean = () => true): Promise<ProblemRow[]> {
    await this.showProblems();
    let rows: ProblemRow[] = [];
    await expectEventually(async () => {
      rows = await this.readProblemRows();
      return until(rows);
    }, 'the Problems panel to show the expected rows', () => JSON.stringify(rows));
    return rows;
  }

  private async readProblemRows(): Promise<ProblemRow[]> {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
      elements.flatMap((element) => {
        const marker = element.querySelector('.marker-icon');
        if (!marker) return [];
        const severity = marker.classList.contains('error') ? 'error' : marker.classList.contains('warning') ? 'warning' : 'info';
        // No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.
        const [message, source, code, position] = ['.marker-message', '.marker-source', '.marker-code', '.marker-line'].map(
          (selector) => element.querySelector(selector)?.textContent?.trim() ?? '',
        );
        return [{ severity, message, source, code, position } as const];
      }),
    );
  }

  /** Puts the keyboard in the active editor. */
  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  }

  /**
   * Applies the quick fix titled `title` at the cursor: Ctrl+. asks for the code actions of the cursor's place as
   * the editor holds them now, and the fix is applied with Enter once it is the menu's focused row (the menu
   * focuses the preferred fix). A menu asked for before the diagnostics reached the editor lacks it (the light
   * bulb is not always shown again when they arrive): it is closed and asked for again, until TIMEOUT_MS. A menu
   * that still lacks it fails with the rows it showed last.
   */
  async applyQuickFix(title: string): Promise<void> {
    const focusedRow = this.page.locator('.action-widget .monaco-list-row.focused', { hasText: title });
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      await this.page.keyboard.press('Control+.');
      try {
        await focusedRow.waitFor({ state: 'visible', timeout: 5_000 });
        await this.page.keyboard.press('Enter');
        return;
      } catch (error) {
        const shown = await this.page.locator('.action-widget .monaco-list-row').allInnerTexts();
        if (Date.now() > deadline) throw new Error(`no focused quick fix '${title}' in the menu, which showed: ${JSON.stringify(shown)}`, { cause: error });
        await this.page.keyboard.press('Escape');
      }
    }
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The rendered lines of the active editor (only what is on screen), spaces normalised. */
  async editorText(): Promise<string> {
    const text = await this.page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
    return text.replace(/\u00a0/g, ' ');
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text. */
  async hoverAtCursor(until: RegExp = /\S/): Promise<string> {
    // The editor shows a problem's part of the hover before the language server's part arrives.
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: until }).first();
    const deadline = Date.now() + TIMEOUT_MS;
    // The chord is now and then lost while the editor settles after a jump: when no such hover shows, ask again.
    for (;;) {
      await this.press('Control+K', 'Control+I');
      try {
        await hover.waitFor({ timeout: Math.max(1, Math.min(HOVER_RETRY_MS, deadline - Date.now())) });
        break;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await this.press('Escape');
      }
    }
    return (await hover.innerText()).trim();
  }

  /** Opens the suggest widget (Ctrl+Space) and returns the labels of its visible rows. */
  async suggestions(): Promise<string[]> {
    await this.press('Control+Space');
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: TIMEOUT_MS });
    return rows.locator('.label-name').allInnerTexts();
  }

  /** Opens the suggest widget and clicks the row whose label is exactly `label`. */
  async acceptSuggestion(label: string): Promise<void> {
    await this.suggestions();
    const row = this.page.locator('.suggest-widget.visible .monaco-list-row').filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await row.first().click({ timeout: TIMEOUT_MS });
    await this.page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
  }

  /**
   * What a student does to insert a snippet: opens the file once the server answers, moves the cursor with `keys`,
   * types `typed` (the indentation and a prefix), accepts the row `label` and leaves its tab stops (Escape). Returns
   * the editor's text after the insertion.
   */
  async insertSnippet(file: string, keys: string[], typed: string, label: string): Promise<string> {
    await this.openFile(file);
    await this.waitForStatus(/CFN Coach$/);
    await this.focusEditor();
    await this.press(...keys);
    await this.type(typed);
    await this.acceptSuggestion(label);
    await this.press('Escape');
    return this.editorText();
  }

  /** Saves a screenshot of the whole window to test-results/screenshots/<name>.png; returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(screenshotsDir, { recursive: true });
    const path = join(screenshotsDir, `${name}.png`);
    // Hovers and widgets fade in: finish their transitions so a screenshot never catches them half drawn.
    await this.page.screenshot({ path, animations: 'disabled' });
    return path;
  }
}

/** Re-checks `condition` (every 100 ms) until it holds; fails with what was last seen after the timeout. */
async function expectEventually(condition: () => Promise<boolean>, what: string, lastSeen: () => string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${lastSeen()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
