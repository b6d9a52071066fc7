/** Messages between the extension and its language server beyond standard LSP. */

export const TEMPLATE_STATUS_NOTIFICATION = 'cfnCoach/templateStatus';

/** Sent after each analysis, so the client can show whether a file is a template. */
export interface TemplateStatusParams {
  uri: string;
  version: number;
  isTemplate: boolean;
  errors: number;
  warnings: number;
}

export const LANGUAGE_IDS = ['yaml', 'json', 'jsonc'] as const;

/** Request: the open template converted to the other format (JSON ⇄ YAML), or null when it cannot be. */
export const CONVERT_REQUEST = 'cfnCoach/convert';

export interface ConvertParams {
  uri: string;
}

export interface ConvertResult {
  format: 'yaml' | 'json';
  text: string;
}
