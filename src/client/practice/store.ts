import * as vscode from 'vscode';
import { emptyRecord, parseRecord, recordAnswer, type PracticeRecord } from '../../core/practice/leitner';
import type { Question } from '../../core/practice/types';

const RECORD_KEY = 'cfnCoach.practice.record';
const SIZE_KEY = 'cfnCoach.practice.roundSize';
const DEFAULT_ROUND_SIZE = 10;

/** The Leitner record and the chosen round size, kept in the extension's global storage (all workspaces). */
export class PracticeStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the record changes (an answer, a reset). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  record(): PracticeRecord {
    return parseRecord(this.state.get<unknown>(RECORD_KEY));
  }

  async answer(question: Question, correct: boolean, now = Date.now()): Promise<void> {
    await this.state.update(RECORD_KEY, recordAnswer(this.record(), question, correct, now));
    this.changed.fire();
  }

  async answerAll(answers: ReadonlyArray<{ question: Question; correct: boolean }>, now = Date.now()): Promise<void> {
    let record = this.record();
    for (const { question, correct } of answers) record = recordAnswer(record, question, correct, now);
    await this.state.update(RECORD_KEY, record);
    this.changed.fire();
  }

  async reset(): Promise<void> {
    await this.state.update(RECORD_KEY, emptyRecord());
    this.changed.fire();
  }

  roundSize(): number {
    const size = this.state.get<unknown>(SIZE_KEY);
    return typeof size === 'number' && Number.isInteger(size) && size > 0 && size <= 100 ? size : DEFAULT_ROUND_SIZE;
  }

  async setRoundSize(size: number): Promise<void> {
    if (Number.isInteger(size) && size > 0 && size <= 100) await this.state.update(SIZE_KEY, size);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
