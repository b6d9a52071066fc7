import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import type { Coverage } from '../../core/study/coverage';
import { escapeHtml } from '../../core/study/inlineMarkdown';
import { studyPanelBody } from '../../core/study/panelHtml';
import { STUDY_COVERAGE_REQUEST, type StudyCoverageParams, type StudyCoverageResult } from '../../shared/study';
import { domainScores } from '../../core/practice/scores';
import type { PracticeStore } from '../practice/store';
import { panelTargets, readPanelMessage, type PanelMessage } from './messages';
import type { ReadingProgress } from './progress';
import { webviewPage } from '../webviewPage';
import { workspaceTemplateFiles } from './workspaceTemplates';


const VIEW_TYPE = 'cfnCoach.studyPanel';

/** The study panel: one webview, refreshed from the language server when templates change. */
export class StudyPanel {
  private static current: StudyPanel | undefined;
  private coverage: Coverage | undefined;
  private refreshCount = 0;

  static show(context: vscode.ExtensionContext, client: BaseLanguageClient, progress: ReadingProgress, practice: PracticeStore): StudyPanel {
    if (StudyPanel.current) {
      StudyPanel.current.panel.reveal();
      void StudyPanel.current.refresh();
      return StudyPanel.current;
    }
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Exam Study', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    StudyPanel.current = new StudyPanel(panel, media, client, progress, practice);
    return StudyPanel.current;
  }

  /** The open panel, if any: file changes refresh it. */
  static get open(): StudyPanel | undefined {
    return StudyPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly media: vscode.Uri,
    private readonly client: BaseLanguageClient,
    private readonly progress: ReadingProgress,
    private readonly practice: PracticeStore,
  ) {
    panel.webview.html = this.page();
    // Messages of media/study/study.js; anything else, or naming what the panel does not show, is ignored.
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = readPanelMessage(raw, panelTargets(this.coverage));
      if (message) void this.handle(message);
    });
    panel.onDidDispose(() => (StudyPanel.current = undefined));
  }

  /** Recomputes coverage from the workspace's templates; a newer refresh supersedes an older one. */
  async refresh(): Promise<void> {
    const count = ++this.refreshCount;
    try {
      const params: StudyCoverageParams = { files: await workspaceTemplateFiles() };
      const coverage = await this.client.sendRequest<StudyCoverageResult>(STUDY_COVERAGE_REQUEST, params);
      if (count !== this.refreshCount || !StudyPanel.current) return;
      this.coverage = coverage;
      this.render();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const html = `<p>Could not read the workspace's templates: ${escapeHtml(reason)}</p><p><button type="button" data-action="refresh">Try again</button></p>`;
      void this.panel.webview.postMessage({ type: 'render', html });
    }
  }

  /** Shows the same coverage again, e.g. with new practice scores. */
  rerender(): void {
    this.render();
  }

  private render(): void {
    if (!this.coverage) return;
    const html = studyPanelBody(this.coverage, {
      readNotes: this.progress.readNotes(),
      practice: domainScores(this.practice.record()),
      fileLabel: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false),
    });
    void this.panel.webview.postMessage({ type: 'render', html });
  }

  private async handle(message: PanelMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
      case 'refresh':
        return this.refresh();
      case 'resetProgress':
        await this.progress.reset();
        return this.render();
      case 'setRead':
        await this.progress.setRead(message.note, message.read);
        return this.render();
      case 'openSite':
        return this.openSite(message);
      case 'newLab':
        // The lab template opens in the active editor group: make that another group than the panel's.
        await vscode.commands.executeCommand(
          this.panel.viewColumn === vscode.ViewColumn.One ? 'workbench.action.focusSecondEditorGroup' : 'workbench.action.focusFirstEditorGroup',
        );
        await vscode.commands.executeCommand('cfnCoach.newLabTemplate', message.prefix);
        return;
      case 'openUrl':
        await vscode.env.openExternal(vscode.Uri.parse(message.url));
        return;
    }
  }

  private async openSite({ uri, line, character }: { uri: string; line: number; character: number }): Promise<void> {
    const position = new vscode.Position(line, character);
    const viewColumn = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), viewColumn, preview: false });
  }

  private page(): string {
    return webviewPage(this.panel.webview, this.media, {
      folder: 'study',
      title: 'Exam Study',
      body: `<main id="root"><p class="loading">Reading the workspace's templates…</p></main>`,
    });
  }
}
