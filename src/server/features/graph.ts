import { GRAPH_REQUEST, type GraphParams, type GraphResult } from '../../shared/protocol';
import type { Feature } from '../context';
import { heavyRequestError } from './heavyRequests';

/** The template graph of an open document, laid out, with what its unsaved changes would replace (in the analysis worker). */
export const graphFeature: Feature = {
  capabilities: {},
  register({ connection, documents, analysis }) {
    connection.onRequest(GRAPH_REQUEST, async ({ uri, savedText }: GraphParams): Promise<GraphResult | null> => {
      const document = documents.get(uri);
      if (!document) return null;
      const job = { kind: 'graph' as const, uri, text: document.getText(), languageId: document.languageId, savedText };
      return analysis.run(job).catch((error: unknown) => Promise.reject(heavyRequestError('The graph', error)));
    });
  },
};
