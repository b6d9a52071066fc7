/** The round a start message asks for, and its title. */
import * as vscode from 'vscode';
import type { DomainId } from '../../core/knowledge/note';
import { domainOf, topicOf } from '../../core/knowledge/topics';
import type { RoundScope } from '../../core/practice/session';
import type { PanelMessage } from './sessions';

export const DOMAINS: readonly DomainId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];

export function scopeOf(message: Extract<PanelMessage, { type: 'start' }>, currentUri: string | undefined): RoundScope {
  switch (message.scope) {
    case 'template':
      return currentUri ? { kind: 'template', uri: currentUri } : { kind: 'all' };
    case 'topic':
      return message.value && topicOf(message.value) ? { kind: 'topic', topic: message.value } : { kind: 'all' };
    case 'domain':
      return DOMAINS.includes(message.value as DomainId) ? { kind: 'domain', domain: message.value as DomainId } : { kind: 'all' };
    case 'weakest':
      return { kind: 'weakest' };
    default:
      return { kind: 'all' };
  }
}

export function titleOf(scope: RoundScope, weakest?: readonly string[]): string {
  switch (scope.kind) {
    case 'topic':
      return `Practice: ${scope.topic} ${topicOf(scope.topic)?.title ?? ''}`.trim();
    case 'domain':
      return `Practice: ${scope.domain} ${domainOf(scope.domain).name}`;
    case 'template':
      return `Practice: ${vscode.workspace.asRelativePath(vscode.Uri.parse(scope.uri), false)}`;
    case 'weakest':
      return `Practice: weakest topics${weakest && weakest.length > 0 ? ` (${weakest.join(', ')})` : ''}`;
    case 'all':
      return 'Practice: due and new questions';
  }
}
