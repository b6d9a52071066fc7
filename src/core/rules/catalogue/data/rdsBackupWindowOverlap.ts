import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const API_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY = 24 * 60;
const WEEK = 7 * DAY;

/** CX2028: the daily backup window and the weekly maintenance window may not overlap. */
export const rdsBackupWindowOverlap: CatalogueCheck = {
  id: 'CX2028',
  title: 'RDS backup window that overlaps the maintenance window',
  topics: ['T20'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupWindow.html',
  rejection: { quote: 'Must not conflict with the preferred maintenance window.', url: API_PAGE },
  explanation: {
    what:
      'Automated backups run every day in PreferredBackupWindow (hh24:mi-hh24:mi, UTC); maintenance (patches, engine ' +
      'upgrades) runs once a week in PreferredMaintenanceWindow (ddd:hh24:mi-ddd:hh24:mi, UTC). RDS refuses windows that ' +
      'overlap, so the database is not created or updated; leaving both out lets RDS choose windows that do not.',
    exam:
      'backups and maintenance belong in quiet hours, apart from each other; Multi-AZ keeps the database available through ' +
      'maintenance (the standby is patched first and takes over), and the backup of a Multi-AZ instance is taken from the standby.',
    trap: 'both windows are in UTC, not in local time: a nightly backup at 02:00 local is another hour in UTC.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      const backups = stringValues(context, valueOf(database.properties, 'PreferredBackupWindow'));
      const maintenances = stringValues(context, valueOf(database.properties, 'PreferredMaintenanceWindow'));
      if (!backups || !maintenances || backups.length !== 1 || maintenances.length !== 1) continue;
      const backup = dailyWindow(backups[0]);
      const maintenance = weeklyWindow(maintenances[0]);
      if (!backup || !maintenance || !overlaps(backup, maintenance)) continue;
      push(
        hits,
        propertyHit(
          database,
          ['PreferredBackupWindow'],
          `'${database.logicalId}' backs up daily at ${backups[0]} UTC, which overlaps its maintenance window ${maintenances[0]}: RDS refuses windows that overlap`,
        ),
      );
    }
    return hits;
  },
};

/** CX2030: a backup or maintenance window shorter than the 30 minutes RDS requires. */
export const rdsWindowTooShort: CatalogueCheck = {
  id: 'CX2030',
  title: 'RDS backup or maintenance window shorter than 30 minutes',
  topics: ['T20'],
  severity: 'error',
  url: API_PAGE,
  rejection: { quote: 'PreferredBackupWindow: … Must be at least 30 minutes. PreferredMaintenanceWindow: … Must be at least 30 minutes.', url: API_PAGE },
  explanation: {
    what:
      'RDS needs room in its windows: the daily backup window (PreferredBackupWindow) and the weekly maintenance window ' +
      '(PreferredMaintenanceWindow) must each last at least 30 minutes, or the database is not created or updated.',
    exam: 'schedule backups and maintenance in quiet hours (UTC), apart from each other, each at least 30 minutes long; or leave them out and let RDS pick.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      for (const [property, read] of [['PreferredBackupWindow', dailyWindow], ['PreferredMaintenanceWindow', weeklyWindow]] as const) {
        const values = stringValues(context, valueOf(database.properties, property));
        if (!values || values.length !== 1) continue;
        const window = read(values[0]);
        if (!window || window.length >= 30) continue;
        push(hits, propertyHit(database, [property], `${property} ${values[0]} of '${database.logicalId}' lasts ${window.length} minutes: RDS requires at least 30`));
      }
    }
    return hits;
  },
};

/** Minutes after midnight of `hh24:mi`. */
function minutes(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** `hh24:mi-hh24:mi` as a start and a length in minutes (a window may pass midnight). */
function dailyWindow(text: string): { start: number; length: number } | undefined {
  const [from, to] = text.split('-').map(minutes);
  if (from === undefined || to === undefined) return undefined;
  return { start: from, length: (to - from + DAY) % DAY };
}

/** `ddd:hh24:mi-ddd:hh24:mi` as a start in the week and a length in minutes (it may pass Sunday night). */
function weeklyWindow(text: string): { start: number; length: number } | undefined {
  const parts = text.toLowerCase().split('-').map((part) => /^([a-z]{3}):(\d\d:\d\d)$/.exec(part));
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const [from, to] = parts.map((part) => {
    const day = DAYS.indexOf(part![1]);
    const time = minutes(part![2]);
    return day < 0 || time === undefined ? undefined : day * DAY + time;
  });
  if (from === undefined || to === undefined) return undefined;
  return { start: from, length: (to - from + WEEK) % WEEK };
}

/** Whether some day's backup window shares a minute with the maintenance window. */
function overlaps(backup: { start: number; length: number }, maintenance: { start: number; length: number }): boolean {
  for (let day = 0; day < 7; day++) {
    const start = (day * DAY + backup.start - maintenance.start + WEEK) % WEEK;
    // The backup starts inside the maintenance window, or the maintenance window starts inside the backup.
    if (start < maintenance.length || (WEEK - start) % WEEK < backup.length) return true;
  }
  return false;
}
