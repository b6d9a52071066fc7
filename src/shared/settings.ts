/** The `cfnCoach.*` settings as the server reads them (package.json holds their descriptions). */
export interface CoachSettings {
  enable: boolean;
}

export const SETTINGS_SECTION = 'cfnCoach';

export const DEFAULT_SETTINGS: CoachSettings = {
  enable: true,
};

export function readSettings(raw: unknown): CoachSettings {
  const value = (raw ?? {}) as Partial<CoachSettings>;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
  };
}
