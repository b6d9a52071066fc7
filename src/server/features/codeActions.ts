import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { resourceDeclarations, type Fix, type Template } from '../../core';
import { simulationForFinding } from '../../core/simulate/links';
import { SHOW_DEPLOYMENT_COMMAND } from '../../shared/protocol';
import type { Feature } from '../context';
import { toRange, type FixData } from '../convert';

/**
 * Quick fixes travel with their diagnostic (in `data`), so a code action needs no re-analysis:
 * each fix becomes one undoable workspace edit of the document. A finding the deployment simulator
 * also reports gets "Show the deployment of …", which opens the deployment view on that resource.
 */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register({ connection, templateOf }) {
    connection.onCodeAction(({ textDocument, context }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return [];
      const { template, document } = open;
      const fixes = context.diagnostics.flatMap((diagnostic: Diagnostic) =>
        fixesOf(diagnostic, document.version).map((fix): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: {
            documentChanges: [
              {
                textDocument: { uri: textDocument.uri, version: document.version },
                edits: fix.edits.map((edit) => ({ range: toRange(edit.span, template.lines), newText: edit.newText })),
              },
            ],
          },
        })),
      );
      return [...fixes, ...deploymentActions(template, textDocument.uri, context.diagnostics)];
    });
  },
};

function deploymentActions(template: Template, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const shown = new Set<string>();
  return diagnostics.flatMap((diagnostic): CodeAction[] => {
    if (typeof diagnostic.code !== 'string') return [];
    const offset = template.lines.offsetAt(diagnostic.range.start);
    const owner = resourceDeclarations(template.root).find((resource) => resource.entry.span.start <= offset && offset <= resource.entry.span.end);
    const simulation = simulationForFinding(template, { ruleId: diagnostic.code, path: owner ? ['Resources', owner.logicalId] : undefined });
    if (!simulation || shown.has(simulation.logicalId)) return [];
    shown.add(simulation.logicalId);
    const title = `Show the deployment of ${simulation.logicalId}`;
    return [{ title, diagnostics: [diagnostic], command: { title, command: SHOW_DEPLOYMENT_COMMAND, arguments: [simulation.logicalId, uri] } }];
  });
}

/**
 * The fixes of a diagnostic published for this version of the document. After an edit the client
 * moves the diagnostic's range, but its fixes hold offsets into the text analysed before: applied to
 * the new text they would overwrite the wrong characters, so they wait for the next analysis.
 */
function fixesOf(diagnostic: Diagnostic, version: number): Fix[] {
  const data = diagnostic.data as Partial<FixData> | undefined;
  if (!Array.isArray(data?.fixes) || (data.version !== undefined && data.version !== version)) return [];
  return data.fixes;
}
