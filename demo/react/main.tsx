// A React 19 app using cookie-basis from npm: typed elements in JSX, typed events, whenAllowed/on.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { consent, start, type ConsentChangeEvent } from 'cookie-basis';
import type { CustomElements } from 'cookie-basis/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

/** Whether a category is allowed, kept up to date by `consent.on` (its disposer cleans up). */
function useAllowed(category: string): boolean {
  const [allowed, setAllowed] = useState(() => consent.allowed(category));
  useEffect(() => consent.on(category, () => { setAllowed(true); }, () => { setAllowed(false); }), [category]);
  return allowed;
}

function App() {
  const statistics = useAllowed('statistics');
  const marketing = useAllowed('marketing');
  const [lastChange, setLastChange] = useState('none yet');
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    start();
    const onChange = (event: ConsentChangeEvent) => {
      setChanges((count) => count + 1);
      setLastChange(`${event.detail.source}: ${event.detail.granted.join(', ')}`);
    };
    document.addEventListener('consent-change', onChange);
    return () => { document.removeEventListener('consent-change', onChange); };
  }, []);

  return (
    <main>
      <h1>Kaffeerösterei Nord — React</h1>
      <p id="statistics">Statistics: {statistics ? 'allowed' : 'not allowed'}</p>
      <p id="marketing">Marketing: {marketing ? 'allowed' : 'not allowed'}</p>
      <p id="changes">Changes: {changes} (last: {lastChange})</p>
      {marketing
        ? <iframe id="video" title="Roastery video" src="http://127.0.0.1:8001/video.html" width={480} height={270} />
        : <button type="button" id="allow-video" onClick={() => { void consent.set({ marketing: true }); }}>Allow marketing to watch the video</button>}
      <p><button type="button" data-consent="preferences">Cookie settings</button></p>
      <cookie-consent revision="1" policy-url="../privacy.html">
        <cookie-category name="necessary" basis="contract"></cookie-category>
        <cookie-category name="statistics" basis="legitimate-interest" device-access="none"></cookie-category>
        <cookie-category name="marketing" basis="consent">
          <cookie-info name="_fbp" provider="Ads Inc." purpose="Measures ad campaigns" duration="3 months"></cookie-info>
        </cookie-category>
      </cookie-consent>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode><App /></StrictMode>);
}
