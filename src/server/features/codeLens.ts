import type { CodeLens } from 'vscode-languageserver';
import type { ResourceLens } from '../analysis/protocol';
import type { Feature } from '../context';
import { heavyRequestError } from './heavyRequests';

/** What a lens carries until it is resolved: the resource it stands above, and which lens it is. */
type LensData = Pick<ResourceLens, 'logicalId' | 'kind'> & { uri: string };

const keyOf = ({ kind, logicalId }: Pick<ResourceLens, 'logicalId' | 'kind'>): string => `${kind}:${logicalId}`;

/**
 * Above each resource: the exam topics it exercises, unless `cfnCoach.codeLens.topics` is off
 * ("Exam: T07 Auto Scaling group · T09 … · +2 more", all of them in the tooltip), and "Show deployment"
 * on every resource the deployment simulator understands. Worked out in the analysis worker (it reads
 * the whole template); sent as places, each lens's text when the editor resolves it (the lenses in view),
 * so a template of thousands of resources is not answered with megabytes.
 */
export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true } },
  register({ connection, documents, analysis, settings }) {
    /** The last answer per document, which the resolves read. */
    const answers = new Map<string, Map<string, ResourceLens>>();
    connection.onCodeLens(async ({ textDocument }) => {
      const { enable, topicLens: showTopics } = await settings(textDocument.uri);
      const document = documents.get(textDocument.uri);
      if (!document || !enable) return [];
      const { uri } = document;
      const job = { kind: 'codeLens' as const, topics: showTopics, uri, text: document.getText(), languageId: document.languageId };
      const lenses = await analysis.run(job).catch((error: unknown) => Promise.reject(heavyRequestError('The code lenses', error)));
      answers.set(uri, new Map(lenses.map((lens) => [keyOf(lens), lens])));
      return lenses.map(({ range, logicalId, kind }): CodeLens => ({ range, data: { uri, logicalId, kind } satisfies LensData }));
    });
    connection.onCodeLensResolve((lens) => {
      const data = (lens.data ?? {}) as Partial<LensData>;
      const found = typeof data.uri === 'string' && data.kind && typeof data.logicalId === 'string' ? answers.get(data.uri)?.get(keyOf(data as LensData)) : undefined;
      // An empty command id makes the lens a label that does nothing when clicked.
      const command = found ? { title: found.title, tooltip: found.tooltip, command: found.command, arguments: found.arguments } : { title: '', command: '' };
      return { ...lens, command };
    });
    documents.onDidClose(({ document }) => answers.delete(document.uri));
  },
};
