import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FUNCTIONS_SOURCE = path.join(ROOT, 'src', 'functions', 'functions.ts');

export interface ParamMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadataJson {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMetadata[];
  result?: { type?: string; dimensionality?: string };
}

/** Metadata generated from the JSDoc of src/functions/functions.ts (the library the build plugin uses). */
export async function generateMetadata(source = FUNCTIONS_SOURCE): Promise<{ functions: FunctionMetadataJson[]; errors: string[] }> {
  const result = await generateCustomFunctionsMetadata(source, false);
  if (result.errors.length > 0) return { functions: [], errors: result.errors };
  return { functions: (JSON.parse(result.metadataJson) as { functions: FunctionMetadataJson[] }).functions, errors: [] };
}

/** dist/functions.json when a build newer than the source exists, else metadata generated now. */
export async function loadMetadata(): Promise<FunctionMetadataJson[]> {
  const built = path.join(ROOT, 'dist', 'functions.json');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= fs.statSync(FUNCTIONS_SOURCE).mtimeMs) {
    return (JSON.parse(fs.readFileSync(built, 'utf8')) as { functions: FunctionMetadataJson[] }).functions;
  }
  const generated = await generateMetadata();
  if (generated.errors.length > 0) throw new Error(generated.errors.join('\n'));
  return generated.functions;
}
