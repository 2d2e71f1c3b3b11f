/**
 * What a production build's statistics (webpack --json) say the task pane
 * loads: the scripts that run when it opens (boot.js and every chunk of the
 * "pane" group boot.ts imports) and, per chunk group loaded later, its own
 * scripts. Shared by the bundle benchmark and the build test.
 */
import { statSync } from 'fs';
import { join } from 'path';

interface ChunkGroup {
  chunks: Array<string | number>;
}
interface Chunk {
  id: string | number;
  files: string[];
  modules?: Array<{ name: string; modules?: Array<{ name: string }> }>;
}
interface CompilationStats {
  chunks: Chunk[];
  namedChunkGroups: Record<string, ChunkGroup>;
  /** Child compilations (one per config of a multi-config build; html-webpack-plugin's own in any build). */
  children?: CompilationStats[];
}
/**
 * One compilation's statistics (the add-in alone: `--env addinOnly`), or several
 * (`npm run build` also builds the web page): the add-in's is the one with the pane.
 */
export type BuildStats = CompilationStats | { children: CompilationStats[] };

/** The entries and the pane's own group: everything else is loaded on demand. */
const NOT_LATER = ['pane', 'boot', 'functions'];

export interface PaneLoad {
  /** Scripts run when the pane opens, with their sizes in bytes. */
  opening: Array<{ file: string; bytes: number }>;
  openingBytes: number;
  /** Each chunk group loaded later: the scripts it adds to the opening ones, and their bytes. */
  later: Array<{ name: string; files: string[]; bytes: number }>;
  /** Source files (./src/…) in the opening scripts. */
  openingSources: string[];
}

export function paneLoad(build: BuildStats, dist: string): PaneLoad {
  const stats = 'namedChunkGroups' in build && build.namedChunkGroups.pane ? build : build.children?.find((c) => c.namedChunkGroups?.pane);
  if (!stats) throw new Error('no compilation with a "pane" chunk group');
  const size = (file: string): number => statSync(join(dist, file)).size;
  const chunksOf = (group: ChunkGroup): Chunk[] => group.chunks.flatMap((id) => stats.chunks.filter((c) => c.id === id));
  const scripts = (chunks: Chunk[]): string[] => chunks.flatMap((c) => c.files).filter((f) => f.endsWith('.js'));
  const pane = stats.namedChunkGroups.pane;
  if (!pane) throw new Error('no "pane" chunk group: has boot.ts stopped loading ./pane on demand?');
  const openingFiles = ['boot.js', ...scripts(chunksOf(pane))];
  const opening = openingFiles.map((file) => ({ file, bytes: size(file) }));
  const later = Object.entries(stats.namedChunkGroups)
    .filter(([name]) => !NOT_LATER.includes(name))
    .map(([name, group]) => {
      const files = scripts(chunksOf(group)).filter((f) => !openingFiles.includes(f));
      return { name, files, bytes: files.reduce((sum, f) => sum + size(f), 0) };
    });
  // Concatenated modules list what they hold: "./src/taskpane/pane.tsx + 34 modules".
  const openingSources = chunksOf(pane)
    .flatMap((c) => c.modules ?? [])
    .flatMap((m) => [m.name, ...(m.modules ?? []).map((inner) => inner.name)])
    .filter((name) => name.startsWith('./src/'));
  return { opening, openingBytes: opening.reduce((sum, o) => sum + o.bytes, 0), later, openingSources };
}
