import { readInputFile } from '../files/input-file';
import { LIMITS } from '../files/limits';
import { type OpenedReturn, readReturnedBytes } from './form-reader';
import { checkPackageBytes } from './open-workbook';

/** A file given to `dti merge`: within the limits and checked as any input workbook, then read as a returned form. */
export async function openReturnedFile(path: string, label: string): Promise<OpenedReturn> {
  const bytes = await readInputFile(path, { maxBytes: LIMITS.inputFileBytes });
  await checkPackageBytes(bytes, label);
  return readReturnedBytes(bytes, label);
}
