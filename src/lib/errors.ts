/**
 * An error in the project's input (a source text or its metadata), reported
 * the way compilers do: `file:line: message`, so staff can jump straight to it.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, message: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

/** Several input errors found in one pass, reported together. */
export class InputErrors extends Error {
  readonly errors: InputError[];

  constructor(errors: InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'InputErrors';
    this.errors = errors;
  }
}

/** A problem in the input that does not stop ingest: printed, like an error, as `file:line: warning: message`. */
export interface InputWarning {
  file: string;
  line: number;
  message: string;
}

/** `file:line: warning: message`, in the style of InputError's message. */
export function formatWarning({ file, line, message }: InputWarning): string {
  return `${file}:${line}: warning: ${message}`;
}
