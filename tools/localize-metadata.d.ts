export interface ViFunctionText {
  description: string;
  parameters: Record<string, { name?: string; description: string }>;
}

export function localizeMetadata(
  englishJson: string,
  dictionary: Record<string, ViFunctionText>,
): { json: string; errors: string[] };
