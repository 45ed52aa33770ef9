// Template folders form a tree (parent_id). Pure helpers for breadcrumbs and for refusing a move
// that would put a folder inside itself.

export type FolderNode = { id: string; name: string; parentId: string | null };

/** The folders from the top level down to `folderId` (empty for the top level or an unknown id). */
export function folderPath(folders: readonly FolderNode[], folderId: string | null): FolderNode[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path: FolderNode[] = [];
  const seen = new Set<string>();
  for (let current = folderId ? byId.get(folderId) : undefined; current && !seen.has(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
    seen.add(current.id);
    path.unshift(current);
  }
  return path;
}

/** True when moving `movingFolderIds` into `targetId` would put a folder inside itself or its own subfolder. */
export function wouldCreateLoop(folders: readonly FolderNode[], movingFolderIds: readonly string[], targetId: string | null): boolean {
  if (!targetId) return false;
  const ancestors = new Set(folderPath(folders, targetId).map((f) => f.id));
  return movingFolderIds.some((id) => ancestors.has(id));
}

/** Every folder labelled with its full path ("Reminders / Weekly"), for a "move to" list. */
export function folderOptions(folders: readonly FolderNode[]): { id: string; label: string }[] {
  return folders
    .map((f) => ({ id: f.id, label: folderPath(folders, f.id).map((p) => p.name).join(" / ") }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
