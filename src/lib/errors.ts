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

/** Several input errors found in one pass, reported together, with the warnings found before them. */
export class InputErrors extends Error {
  readonly errors: InputError[];
  readonly warnings: InputWarning[];

  constructor(errors: InputError[], warnings: readonly InputWarning[] = []) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'InputErrors';
    this.errors = errors;
    this.warnings = [...warnings];
  }
}

/** An input error, as InputErrors carrying the warnings found before it (anything else is returned as it is). */
export function withWarnings(error: unknown, warnings: readonly InputWarning[]): unknown {
  if (error instanceof InputError) return new InputErrors([error], warnings);
  if (error instanceof InputErrors) return new InputErrors(error.errors, [...warnings, ...error.warnings]);
  return error;
}

/**
 * Something in the input that is accepted but worth a look (a very long paragraph, say): reported like an error,
 * `file:line: warning: message`, but it stops nothing. Pure code returns these in a list; the CLI prints them.
 */
export interface InputWarning {
  file: string;
  line?: number;
  message: string;
}

export function formatWarning({ file, line, message }: InputWarning): string {
  return `${file}${line ? `:${line}` : ''}: warning: ${message}`;
}
