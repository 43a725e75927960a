import { Window } from 'happy-dom';
import { afterAll } from 'vitest';

/**
 * A happy-dom window that never runs a script, loads a file or navigates: the pages parsed in it are
 * only read, as a browser's DOM would be. Closed after the calling test file.
 */
export function inertHappyWindow(): Window {
  const window = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true },
    },
  });
  afterAll(async () => {
    await window.happyDOM.close();
  });
  return window;
}
