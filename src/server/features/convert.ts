import { convertTemplate } from '../../core';
import { CONVERT_REQUEST, type ConvertParams, type ConvertResult } from '../../shared/protocol';
import type { Feature } from '../context';

/** JSON ⇄ YAML: the server converts; the client opens the result as a new untitled document. */
export const convertFeature: Feature = {
  capabilities: {},
  register({ connection, templateOf }) {
    connection.onRequest(CONVERT_REQUEST, ({ uri }: ConvertParams): ConvertResult | null => {
      const open = templateOf(uri);
      if (!open?.template.isTemplate) return null;
      return convertTemplate(open.template) ?? null;
    });
  },
};
