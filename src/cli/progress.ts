import { basename } from 'node:path';

/** A one-line progress bar on stderr for batches; silent for one file or when not a terminal. */
export class Progress {
  private readonly active: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly width = 24,
  ) {
    this.active = total > 1 && stream.isTTY === true;
  }

  update(done: number, file: string): void {
    if (!this.active) return;
    const filled = Math.round((done / this.total) * this.width);
    const bar = '█'.repeat(filled) + '░'.repeat(this.width - filled);
    this.stream.write(`\r[${bar}] ${done}/${this.total}  ${basename(file)}\x1b[K`);
  }

  clear(): void {
    if (this.active) this.stream.write('\r\x1b[K');
  }

  done(): void {
    this.clear();
  }
}
