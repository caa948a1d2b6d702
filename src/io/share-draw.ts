/**
 * Where share images are drawn: in threads beside the build (./share-worker.ts), so that
 * the cards drawn while Astro renders the pages cost the build little time; in this
 * thread when the worker file is not there to start (a bundle run from elsewhere).
 */
import type { ShareCard } from '../lib/share/card';
import type { DrawFont } from '../lib/share/draw';
import { renderSharePng } from '../lib/share/render';
import { besideBuild, threadPool } from './thread-pool';

let draw: ((card: ShareCard) => Promise<Uint8Array>) | undefined;

/** Draws a card in a drawing thread (in this one if there is none). */
export async function drawInThread(card: ShareCard, fonts: readonly DrawFont[]): Promise<Buffer> {
  draw ??= threadPool({
    file: 'src/io/share-worker.ts',
    data: { fonts },
    threads: besideBuild(),
    here: (c: ShareCard) => renderSharePng(c, fonts),
    failure: 'a share image could not be drawn',
  });
  return Buffer.from(await draw(card));
}
