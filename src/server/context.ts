import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Template } from '../core';
import type { CoachSettings } from '../shared/settings';

/** What every feature handler gets: the connection, open documents and their parsed templates. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The parsed template of an open document, or undefined when it is not open. */
  templateOf(uri: string): { document: TextDocument; template: Template } | undefined;
  settings(uri: string): Promise<CoachSettings>;
  /** The findings of an open document's current version (empty when it is not open). */
  findingsOf(uri: string): readonly Finding[];
}

/** A language feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}
