/**
 * The README picture of the curation workbench: /curate with a MADE-UP article (invented for the
 * picture; the companies are the seed graph's), one suggestion accepted, and the denial's form
 * open on the fact it denies — mentions, covered sentences, suggestions and live checks in view.
 */
import { launchChromium } from './chromium.js';

const TEXT = [
  'Erfundener Beispielartikel: Microsoft und DeepSeek streiten um Trainingsdaten',
  'Dieser Text ist frei erfunden und zeigt die Kuratier-Werkbank.',
  'Microsoft wirft DeepSeek vor, Trainingsdaten kopiert zu haben.',
  'DeepSeek wies die Vorwürfe von Microsoft am Dienstag zurück.',
  'Die US-Navy prüft inzwischen die Sicherheit der DeepSeek-App.',
  'Laut CCTV soll die DeepSeek-App seit Montag wieder erreichbar sein.',
].join('\n');

export async function screenshotCurate(base: string, output: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${base}/curate`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
    await page.fill('#meta-id', 'made-up-example');
    await page.fill('#meta-title', 'Erfundener Beispielartikel (made up)');
    await page.fill('#article-text', TEXT);
    await page.waitForSelector('.suggestion[data-type="DENIES"]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.keyboard.press('a');
    await page.waitForSelector('#fact-form:not([hidden])');
    await page.waitForFunction(() => document.getElementById('problems')?.dataset.checked !== undefined);
    await page.evaluate(() => ((document.getElementById('metadata') as HTMLDetailsElement).open = false));
    await page.waitForTimeout(300); // the live check's answer
    await page.screenshot({ path: output });
  } finally {
    await browser.close();
  }
}
