import { ResponseError, ErrorCodes, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRenameAt, renameAt } from '../../core/references';
import type { Feature } from '../context';
import { toRange } from '../convert';

/**
 * Rename a parameter, resource, condition, mapping or output: the declaration and every reference,
 * including names inside Fn::Sub strings, in one edit of the document.
 */
export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register({ connection, templateOf }) {
    connection.onPrepareRename(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open?.template.isTemplate) return null;
      const { template } = open;
      const check = prepareRenameAt(template, template.lines.offsetAt(position));
      if ('error' in check) throw new ResponseError(ErrorCodes.InvalidRequest, check.error);
      return { range: toRange(check.span, template.lines), placeholder: check.placeholder };
    });
    connection.onRenameRequest(({ textDocument, position, newName }): WorkspaceEdit | null => {
      const open = templateOf(textDocument.uri);
      if (!open?.template.isTemplate) return null;
      const { template, document } = open;
      const result = renameAt(template, template.lines.offsetAt(position), newName);
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return {
        documentChanges: [
          {
            textDocument: { uri: textDocument.uri, version: document.version },
            edits: result.edits.map((edit) => ({ range: toRange(edit.span, template.lines), newText: edit.newText })),
          },
        ],
      };
    });
  },
};
