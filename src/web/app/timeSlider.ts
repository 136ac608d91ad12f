/**
 * The time slider: replays the story. Its stops are the days on which a drawn fact was first
 * reported, then "all" (the last stop, where it starts), which also shows the facts no dated
 * article states — on a date they are not yet known, as in the API's `asOf`. ▶ steps through the
 * days from the first. The page reads the chosen day (null for "all") and hides what was not
 * reported by its end.
 */
import { byId } from './dom.js';

const STEP_MS = 1200;

export function setUpTimeSlider(onChange: () => void) {
  const slider = byId<HTMLInputElement>('time-slider');
  const label = byId('time-label');
  const play = byId<HTMLButtonElement>('time-play');
  let days: string[] = [];
  let timer: number | undefined;

  const day = (): string | null => days[Number(slider.value)] ?? null;
  const show = () => {
    const d = day();
    label.textContent = d === null ? 'all facts, dated or not' : `reported by ${d}`;
    slider.setAttribute('aria-valuetext', label.textContent);
    slider.dataset.day = d ?? 'all';
  };
  const stop = () => {
    if (timer !== undefined) window.clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Replay';
  };

  slider.addEventListener('input', () => {
    stop();
    show();
    onChange();
  });
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    slider.value = '0';
    show();
    onChange();
    play.textContent = '■ Stop';
    timer = window.setInterval(() => {
      if (Number(slider.value) >= days.length) return stop();
      slider.value = String(Number(slider.value) + 1);
      show();
      onChange();
    }, STEP_MS);
  });

  return {
    /** The chosen day (`YYYY-MM-DD`), or null for all facts. */
    day,
    /**
     * Sets the stops from the drawn facts' days. A chosen day stays chosen (or the last stop
     * before it, if it is gone); "all" stays "all".
     */
    setDays(reported: ReadonlyArray<string | null>): void {
      const chosen = day();
      days = [...new Set(reported.filter((d): d is string => d !== null))].sort();
      slider.max = String(days.length);
      const at = chosen === null ? -1 : days.filter((d) => d <= chosen).length - 1;
      slider.value = String(chosen === null ? days.length : Math.max(at, 0));
      slider.disabled = days.length === 0;
      play.disabled = days.length === 0;
      show();
    },
  };
}
