/** HTML-escapes text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const CODE_SPAN = /`([^`]+)`/;

/**
 * The inline Markdown the notes use (`code`, **bold**, *emphasis*, [links](https://…)) as HTML;
 * everything else is escaped, so note text can never inject markup.
 */
export function inlineMarkdownToHtml(markdown: string): string {
  return markdown
    .split(CODE_SPAN)
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : emphasis(escapeHtml(part))))
    .join('');
}

function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '<a href="$2" data-action="openUrl" data-url="$2">$1</a>');
}
