// The two file types that belong to 自查通 and open it on a double-click (the
// installer registers them, electron-builder.yml fileAssociations). Exports are
// saved under these extensions; imports still take the older .json and .zip names.
export const FILE_TYPES = {
  campaign: { ext: 'zicha-campaign', name: '自查通专项行动文件', older: 'json' },
  package: { ext: 'zicha-package', name: '自查通迁移包', older: 'zip' },
} as const;

export type OwnFileKind = keyof typeof FILE_TYPES;

/** The kind of one of our files, by its extension (the older names excluded: a .json is anyone's). */
export function ownFileKind(file: string): OwnFileKind | null {
  const lower = file.toLowerCase();
  for (const kind of Object.keys(FILE_TYPES) as OwnFileKind[]) {
    if (lower.endsWith(`.${FILE_TYPES[kind].ext}`)) return kind;
  }
  return null;
}

/** A dialog filter offering the type under its own and its older extension. */
export const fileFilter = (kind: OwnFileKind) => ({ name: FILE_TYPES[kind].name, extensions: [FILE_TYPES[kind].ext, FILE_TYPES[kind].older] });
