/** Why the streaming reader gave up on a package; the host turns it into an XlsxOpenError. */
import type { XlsxOpenFailure } from '../openErrors';

export class PackageReadError extends Error {
  constructor(
    readonly reason: XlsxOpenFailure,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'PackageReadError';
  }
}
