/**
 * Headless Chromium for the browser test and the README picture: Debian's `chromium` package
 * (never a browser downloaded by Playwright), driven by playwright-core. CHROMIUM_PATH overrides
 * the executable.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}
