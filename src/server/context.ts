import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ChildTemplates, ChildText, Finding, Template } from '../core';
import type { CoachSettings } from '../shared/settings';
import type { AnalysisHost } from './analysis/host';

/** What every feature handler gets: the connection, open documents and their parsed templates. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Runs analysis and heavy requests off this thread, each within a time budget. */
  analysis: AnalysisHost;
  /** The parsed template of an open document, or undefined when it is not open. */
  templateOf(uri: string): { document: TextDocument; template: Template } | undefined;
  settings(uri: string): Promise<CoachSettings>;
  /**
   * The findings of an open document's current version (empty when it is not open): those published,
   * else the analysis worker's once it has analysed that version.
   */
  findingsOf(uri: string): Promise<readonly Finding[]>;
  /** What the local templates of an open document's nested stacks declare, by location (as its last analysis read them). */
  childTemplatesOf(uri: string): ChildTemplates;
  /** The text of one of those templates, by the location the parent writes (undefined when the last analysis did not read it). */
  childTextOf(uri: string, location: string): ChildText | undefined;
  /** What the client said it supports (filled in when it initializes). */
  client: ClientSupport;
}

export interface ClientSupport {
  /** The completion list defaults it reads (LSP 3.17 `completionList.itemDefaults`), e.g. 'editRange'. */
  completionItemDefaults: readonly string[];
}

/** A language feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}
