import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { LineIndex } from '../../core';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../../core/references';
import type { Feature } from '../context';
import { toRange } from '../convert';

const KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Module,
  parameter: SymbolKind.Variable,
  resource: SymbolKind.Class,
  condition: SymbolKind.Boolean,
  mapping: SymbolKind.Object,
  output: SymbolKind.Property,
};

/** The outline: sections, with resources (their type as detail), parameters, conditions, mappings and outputs. */
export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true },
  register({ connection, templateOf }) {
    connection.onDocumentSymbol(({ textDocument }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return [];
      return documentSymbols(open.template).map((symbol) => toSymbol(symbol, open.template.lines));
    });
  },
};

function toSymbol(symbol: OutlineSymbol, lines: LineIndex): DocumentSymbol {
  const result: DocumentSymbol = {
    name: symbol.name,
    kind: KIND[symbol.kind],
    range: toRange(symbol.span, lines),
    selectionRange: toRange(symbol.selectionSpan, lines),
    children: symbol.children.map((child) => toSymbol(child, lines)),
  };
  if (symbol.detail) result.detail = symbol.detail;
  return result;
}
