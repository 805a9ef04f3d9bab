/** One generated file: its path under data-samples/ and its full text. */
export interface SampleFile {
  readonly path: string;
  readonly text: string;
}
