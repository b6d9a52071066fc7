import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EXAM_GUIDE_URL } from '../../core/practice/examFacts';
import { boxCounts, isDue } from '../../core/practice/leitner';
import { composeMockExam, scoreMockExam } from '../../core/practice/mockExam';
import { seededRandom } from '../../core/practice/random';
import { chooseRound, isCorrect, poolTopics, type RoundScope } from '../../core/practice/session';
import type { Question } from '../../core/practice/types';
import { examQuestionHtml, examReviewHtml } from '../../core/practice/view/examHtml';
import { mockResultHtml } from '../../core/practice/view/resultHtml';
import { roundHtml, roundSummaryHtml } from '../../core/practice/view/roundHtml';
import { startHtml } from '../../core/practice/view/startHtml';
import { escapeHtml } from '../../core/study/inlineMarkdown';
import type { PracticePool } from '../../shared/practice';
import { webviewPage } from '../webviewPage';
import { readPracticeMessage } from './messages';
import { DOMAINS, scopeOf, titleOf } from './scopes';
import { isTemplateQuestion, loadPool, sourceOf } from './pool';
import type { ExamSession, PanelMessage, PanelView, RoundSession } from './sessions';
import type { PracticeStore } from './store';

const VIEW_TYPE = 'cfnCoach.practicePanel';

/** The practice panel: rounds of questions with explanations, and the mock exam. One at a time. */
export class PracticePanel {
  private static current: PracticePanel | undefined;
  private view: PanelView = { kind: 'loading' };
  private pool: PracticePool | undefined;
  private examTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts navigations (home, a round, an exam): a newer one wins over one still gathering questions. */
  private navigation = 0;

  static show(context: vscode.ExtensionContext, client: BaseLanguageClient, store: PracticeStore, currentUri: () => string | undefined): PracticePanel {
    if (PracticePanel.current) {
      PracticePanel.current.panel.reveal();
      return PracticePanel.current;
    }
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Exam Practice', vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [media] });
    PracticePanel.current = new PracticePanel(panel, media, client, store, currentUri);
    return PracticePanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    media: vscode.Uri,
    private readonly client: BaseLanguageClient,
    private readonly store: PracticeStore,
    private readonly currentUri: () => string | undefined,
  ) {
    panel.webview.html = webviewPage(panel.webview, media, { folder: 'practice', title: 'Exam Practice', body: '<main id="root"><p class="loading">Gathering questions…</p></main>' });
    // Messages of media/practice/practice.js; anything else, or a page the panel does not show, is ignored.
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = readPracticeMessage(raw, this.pageUrls());
      if (message) void this.handle(message).catch((error: unknown) => this.fail(error));
    });
    const storeChanged = store.onDidChange(() => this.view.kind === 'start' && this.render());
    panel.onDidDispose(() => {
      clearTimeout(this.examTimer);
      storeChanged.dispose();
      PracticePanel.current = undefined;
    });
  }

  /** True unless a mock exam is running and the user would rather keep it. */
  async mayLeave(): Promise<boolean> {
    if (this.view.kind !== 'exam') return true;
    const choice = await vscode.window.showWarningMessage('A mock exam is running. Leave it? Its answers are lost.', { modal: true }, 'Leave the exam');
    return choice === 'Leave the exam';
  }

  /** Shows the start page with a fresh pool of questions. */
  async home(): Promise<void> {
    const navigation = ++this.navigation;
    await this.reload();
    if (navigation !== this.navigation) return;
    this.view = { kind: 'start' };
    this.render();
  }

  async startRound(scope: RoundScope, size = this.store.roundSize()): Promise<void> {
    const navigation = ++this.navigation;
    const pool = await this.reload();
    if (navigation !== this.navigation) return;
    const record = this.store.record();
    const round = chooseRound([...pool.bank, ...pool.template], record, { scope, size, now: Date.now(), random: seededRandom(Date.now()) });
    const title = titleOf(scope, round.topics);
    if (round.questions.length === 0) {
      this.view = { kind: 'start' };
      this.render();
      void vscode.window.showInformationMessage(`No questions for ${title.toLowerCase()} yet.`);
      return;
    }
    this.view = { kind: 'round', title, scope, questions: round.questions, index: 0, results: [] };
    this.render();
  }

  async startExam(): Promise<void> {
    const navigation = ++this.navigation;
    const pool = await this.reload();
    if (navigation !== this.navigation) return;
    const now = Date.now();
    const exam = composeMockExam(pool.bank, pool.template, now, seededRandom(now));
    this.view = { kind: 'exam', exam, index: 0, answers: new Map(), flagged: new Set(), confirming: false, reviewing: false };
    clearTimeout(this.examTimer);
    this.examTimer = setTimeout(() => void this.finishExam(true), exam.deadline - now);
    this.render();
  }

  private async reload(): Promise<PracticePool> {
    this.pool = await loadPool(this.client, this.currentUri());
    return this.pool;
  }

  private async handle(message: PanelMessage): Promise<void> {
    const view = this.view;
    switch (message.type) {
      case 'ready':
        // A command may already be gathering questions for a round or an exam.
        return view.kind === 'loading' ? (this.navigation === 0 ? this.home() : undefined) : this.render();
      case 'home':
        return this.home();
      case 'start':
        if (message.size !== undefined) await this.store.setRoundSize(message.size);
        return this.startRound(scopeOf(message, this.currentUri()));
      case 'again':
        return view.kind === 'roundDone' ? this.startRound(view.scope) : this.home();
      case 'startExam':
        return this.startExam();
      case 'reset':
        await vscode.commands.executeCommand('cfnCoach.resetPractice');
        return;
      case 'openUrl':
        await vscode.env.openExternal(vscode.Uri.parse(message.url));
        return;
      case 'showInEditor':
        return this.showInEditor(message.id);
    }
    if (view.kind === 'round') return this.handleRound(view, message);
    if (view.kind === 'exam') return this.handleExam(view, message);
  }

  private async handleRound(round: RoundSession, message: PanelMessage): Promise<void> {
    const question = round.questions[round.index];
    if (message.type === 'submit' && round.chosen === undefined) {
      round.chosen = message.chosen.filter((id) => question.options.some((option) => option.id === id));
      const correct = isCorrect(question, round.chosen);
      round.results.push({ question, correct, source: sourceOf(question) });
      await this.store.answer(question, correct);
      return this.render();
    }
    if (message.type === 'next' && round.chosen !== undefined) {
      if (round.index + 1 < round.questions.length) {
        this.view = { ...round, index: round.index + 1, chosen: undefined };
      } else {
        this.view = { kind: 'roundDone', title: round.title, scope: round.scope, results: round.results };
      }
      return this.render();
    }
  }

  private async handleExam(exam: ExamSession, message: PanelMessage): Promise<void> {
    const question = exam.exam.questions[exam.index];
    switch (message.type) {
      case 'choose':
        exam.answers.set(question.id, message.chosen.filter((id) => question.options.some((option) => option.id === id)));
        return; // the webview shows the choice already; the counts refresh with the next render
      case 'next':
        exam.index = Math.min(exam.index + 1, exam.exam.questions.length - 1);
        exam.reviewing = false;
        return this.render();
      case 'previous':
        exam.index = Math.max(exam.index - 1, 0);
        return this.render();
      case 'goto':
        if (Number.isInteger(message.index) && message.index >= 0 && message.index < exam.exam.questions.length) exam.index = message.index;
        exam.reviewing = false;
        return this.render();
      case 'flag':
        if (!exam.flagged.delete(question.id)) exam.flagged.add(question.id);
        return this.render();
      case 'review':
        exam.reviewing = true;
        return this.render();
      case 'submitExam':
        exam.confirming = true;
        return this.render();
      case 'cancelSubmit':
        exam.confirming = false;
        return this.render();
      case 'confirmSubmit':
        return this.finishExam(false);
      case 'timeUp':
        if (Date.now() >= exam.exam.deadline) return this.finishExam(true);
    }
  }

  private async finishExam(timedOut: boolean): Promise<void> {
    const exam = this.view;
    if (exam.kind !== 'exam') return;
    clearTimeout(this.examTimer);
    this.view = { kind: 'examDone', exam: exam.exam, answers: exam.answers, finishedAt: Date.now(), timedOut };
    const answered = exam.exam.questions.filter((question) => (exam.answers.get(question.id) ?? []).length > 0);
    await this.store.answerAll(answered.map((question) => ({ question, correct: isCorrect(question, exam.answers.get(question.id)!) })));
    this.render();
  }

  private async showInEditor(id: string): Promise<void> {
    const question = this.questionById(id);
    if (!question || !isTemplateQuestion(question)) return;
    const { start, end } = question.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    const viewColumn = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    await vscode.window.showTextDocument(vscode.Uri.parse(question.uri), { selection, viewColumn, preview: false });
  }

  private questionById(id: string): Question | undefined {
    const view = this.view;
    const list = view.kind === 'round' ? view.questions : view.kind === 'exam' || view.kind === 'examDone' ? view.exam.questions : view.kind === 'roundDone' ? view.results.map((result) => result.question) : [];
    return list.find((question) => question.id === id);
  }

  /** The pages the panel links to: the exam guide, and the questions' and their notes' pages. */
  private pageUrls(): Set<string> {
    const pool = this.pool ?? { bank: [], template: [], notes: {} };
    return new Set([EXAM_GUIDE_URL, ...[...pool.bank, ...pool.template].map((question) => question.url), ...Object.values(pool.notes).map((note) => note.url)]);
  }

  private render(): void {
    void this.panel.webview.postMessage({ type: 'render', html: this.html() });
  }

  private html(): string {
    const view = this.view;
    const notes = this.pool?.notes ?? {};
    switch (view.kind) {
      case 'loading':
        return '<p class="loading">Gathering questions…</p>';
      case 'start':
        return this.startPage();
      case 'round': {
        const question = view.questions[view.index];
        const place = { index: view.index, total: view.questions.length, source: sourceOf(question) };
        const right = view.results.filter((result) => result.correct).length;
        return roundHtml({ title: view.title, question, place, right, ...(view.chosen ? { answered: { chosen: view.chosen, notes } } : {}) });
      }
      case 'roundDone':
        return roundSummaryHtml(view.title, view.results);
      case 'exam':
        return view.reviewing ? examReviewHtml(view, Date.now()) : examQuestionHtml(view, Date.now());
      case 'examDone':
        return mockResultHtml({ ...view, result: scoreMockExam(view.exam, view.answers), notes });
    }
  }

  private startPage(): string {
    const pool = this.pool ?? { bank: [], template: [], notes: {} };
    const all = [...pool.bank, ...pool.template];
    const record = this.store.record();
    const current = this.currentUri();
    const now = Date.now();
    const due = all.filter((question) => Object.hasOwn(record.cards, question.id) && isDue(record.cards[question.id], now)).length;
    return startHtml({
      bankCount: pool.bank.length,
      templateCount: pool.template.length,
      ...(current ? { currentTemplate: { name: vscode.workspace.asRelativePath(vscode.Uri.parse(current), false), questions: pool.template.filter((question) => question.uri === current).length } } : {}),
      topics: poolTopics(all),
      domains: DOMAINS.filter((domain) => all.some((question) => question.domain === domain)),
      boxes: boxCounts(record),
      due,
      size: this.store.roundSize(),
    });
  }

  private fail(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const html = `<p>Could not prepare the questions: ${escapeHtml(reason)}</p><p><button type="button" data-action="home">Try again</button></p>`;
    void this.panel.webview.postMessage({ type: 'render', html });
  }
}
