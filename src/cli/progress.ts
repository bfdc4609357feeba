import { basename } from 'node:path';

/** What the command is doing with the current workbook. */
export type Stage = 'read' | 'analyse' | 'write';

/**
 * One status line on stderr while a terminal watches: the workbook and its stage (a large one
 * takes seconds to read, score and write), with a bar for batches. Silent when stderr is not a
 * terminal (pipes, CI, logs).
 */
export class Progress {
  private readonly active: boolean;
  private finished = 0;
  private file = '';
  /** Whether the status line holds text (cleared once, not per call). */
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly stageText: (stage: Stage) => string,
    private readonly width = 24,
  ) {
    this.active = stream.isTTY === true;
  }

  /** Starts on `file`, `done` of the batch finished. */
  update(done: number, file: string): void {
    this.finished = done;
    this.file = file;
    this.render(null);
  }

  stage(stage: Stage): void {
    this.render(stage);
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  done(): void {
    this.clear();
  }

  private render(stage: Stage | null): void {
    if (!this.active) return;
    let bar = '';
    if (this.total > 1) {
      const filled = Math.round((this.finished / this.total) * this.width);
      bar = `[${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}] ${this.finished}/${this.total}  `;
    }
    const doing = stage === null ? '' : `  ${this.stageText(stage)}`;
    this.stream.write(`\r${bar}${basename(this.file)}${doing}\x1b[K`);
    this.shown = true;
  }
}
