import type { CodeLens } from 'vscode-languageserver';
import type { Feature } from '../context';
import { heavyRequestError } from './heavyRequests';

/**
 * Above each resource, unless `cfnCoach.codeLens.topics` is off: the exam topics it exercises, e.g.
 * "Exam: T07 Auto Scaling group · T09 … · +2 more"; all of them in the tooltip. Worked out in the
 * analysis worker: it reads the whole template.
 */
export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, documents, analysis, settings }) {
    connection.onCodeLens(async ({ textDocument }) => {
      const { enable, topicLens: showTopics } = await settings(textDocument.uri);
      const document = documents.get(textDocument.uri);
      if (!document || !enable || !showTopics) return [];
      const job = { kind: 'codeLens' as const, uri: document.uri, text: document.getText(), languageId: document.languageId };
      const lenses = await analysis.run(job).catch((error: unknown) => Promise.reject(heavyRequestError('The code lenses', error)));
      // An empty command id makes the lens a label that does nothing when clicked.
      return lenses.map(({ range, title, tooltip }): CodeLens => ({ range, command: { title, tooltip, command: '' } }));
    });
  },
};
