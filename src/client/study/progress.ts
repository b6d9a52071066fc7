import type * as vscode from 'vscode';

const READ_NOTES_KEY = 'cfnCoach.study.readNotes';

/** Which exam notes the user has read, kept in the extension's global storage (all workspaces). */
export class ReadingProgress {
  constructor(private readonly state: vscode.Memento) {}

  readNotes(): Set<string> {
    return new Set(this.state.get<string[]>(READ_NOTES_KEY, []));
  }

  async setRead(noteId: string, read: boolean): Promise<void> {
    const notes = this.readNotes();
    if (read) notes.add(noteId);
    else notes.delete(noteId);
    await this.state.update(READ_NOTES_KEY, [...notes].sort());
  }

  async reset(): Promise<void> {
    await this.state.update(READ_NOTES_KEY, []);
  }
}
