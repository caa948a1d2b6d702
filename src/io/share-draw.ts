/**
 * Where share images are drawn: in threads beside the build (./share-worker.ts), so that
 * the cards drawn while Astro renders the pages cost the build little time; in this
 * thread when the worker file is not there to start (a bundle run from elsewhere).
 */
import type { ShareCard } from '../lib/share/card';
import type { DrawFont } from '../lib/share/draw';
import { renderSharePng } from '../lib/share/render';
import { besideBuild, threadPool } from './thread-pool';
import { writeWhole } from './write-file';

/** A card to draw, and the file its PNG is written to. */
export interface DrawJob {
  card: ShareCard;
  file: string;
}

let draw: ((job: DrawJob) => Promise<boolean>) | undefined;

/** Draws a card into `file` (written whole, ./write-file.ts) in a drawing thread, or in this one if there is none. */
export async function drawToFile(card: ShareCard, fonts: readonly DrawFont[], file: string): Promise<void> {
  draw ??= threadPool({
    file: 'src/io/share-worker.ts',
    data: { fonts },
    threads: besideBuild(),
    here: async (job: DrawJob) => {
      writeWhole(job.file, await renderSharePng(job.card, fonts));
      return true;
    },
    failure: 'a share image could not be drawn',
  });
  await draw({ card, file });
}
