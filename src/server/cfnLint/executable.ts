// Which program `cfnCoach.cfnLint.path` names. The setting can come from a workspace's own
// .vscode/settings.json, so a relative path is read against the workspace folder and must stay inside it:
// never against the template's folder (any folder of a cloned repository could hold a `tools/x`).
import * as nodePath from 'node:path';

export type ResolvedExecutable = { kind: 'resolved'; path: string } | { kind: 'refused'; reason: string };

export interface ExecutableContext {
  /** Local paths of the workspace folders. */
  workspaceFolders: readonly string[];
  /** Local path of the document being linted, when it has one. */
  documentPath: string | undefined;
  /** The PATH environment variable. */
  searchPath: string | undefined;
  /** Whether a file exists at this absolute path (a program to run). */
  isFile(path: string): boolean;
  /** node:path for this platform; tests pass path.win32 or path.posix. */
  path?: typeof nodePath;
  /** Extensions a bare name may take on Windows; default `.exe` (Node runs no `.cmd` or `.bat` without a shell). */
  pathExtensions?: readonly string[];
}

/**
 * An absolute path as it is; a bare name (`cfn-lint`) looked up in the absolute folders of PATH (never
 * the current folder); any other path read against the workspace folder holding the document (or the
 * only one), and refused when it leaves that folder or there is none.
 */
export function resolveExecutable(setting: string, context: ExecutableContext): ResolvedExecutable {
  const path = context.path ?? nodePath;
  if (path.isAbsolute(setting)) return { kind: 'resolved', path: path.normalize(setting) };
  if (!hasSeparator(setting, path)) return onSearchPath(setting, context, path);
  const folder = workspaceFolderOf(context, path);
  if (!folder) return { kind: 'refused', reason: `the relative path "${setting}" needs a workspace folder to be read against` };
  const resolved = path.resolve(folder, setting);
  if (!isInside(folder, resolved, path)) {
    return { kind: 'refused', reason: `"${setting}" leaves the workspace folder ${folder}; give an absolute path instead` };
  }
  return { kind: 'resolved', path: resolved };
}

function hasSeparator(setting: string, path: typeof nodePath): boolean {
  return setting.includes('/') || (path.sep === '\\' && setting.includes('\\'));
}

function onSearchPath(name: string, context: ExecutableContext, path: typeof nodePath): ResolvedExecutable {
  const folders = (context.searchPath ?? '').split(path.delimiter).filter((folder) => folder !== '' && path.isAbsolute(folder));
  const names = path.sep === '\\' && !/\.[^.\\/]+$/.test(name) ? (context.pathExtensions ?? ['.exe']).map((extension) => name + extension) : [name];
  for (const folder of folders) {
    for (const candidate of names) {
      const full = path.join(folder, candidate);
      if (context.isFile(full)) return { kind: 'resolved', path: full };
    }
  }
  return { kind: 'refused', reason: `no program "${name}" in the folders of PATH` };
}

/** The workspace folder that holds the document (the deepest), else the only folder. */
function workspaceFolderOf(context: ExecutableContext, path: typeof nodePath): string | undefined {
  const { documentPath, workspaceFolders } = context;
  const holding = documentPath
    ? workspaceFolders.filter((folder) => isInside(folder, documentPath, path))
    : [];
  if (holding.length > 0) return holding.reduce((deepest, folder) => (folder.length > deepest.length ? folder : deepest));
  return workspaceFolders.length === 1 ? workspaceFolders[0] : undefined;
}

/** Whether `path` lies strictly below `folder`. */
function isInside(folder: string, target: string, path: typeof nodePath): boolean {
  const inside = path.relative(folder, target);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside);
}
