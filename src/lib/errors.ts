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
