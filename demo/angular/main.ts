// An Angular app using cookie-basis from npm: the elements as custom elements
// (CUSTOM_ELEMENTS_SCHEMA), the consent state as signals, `consent-change` as a typed DOM event.
// Standalone, zoneless, compiled just in time (no Angular CLI needed to build it).
import '@angular/compiler';
import { afterNextRender, Component, CUSTOM_ELEMENTS_SCHEMA, DestroyRef, inject, provideZonelessChangeDetection, signal, type Signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { consent, start, type ConsentChangeEvent } from 'cookie-basis';

/** Whether a category is allowed, as a signal that follows the consent state (its listener goes with the component). */
function allowedSignal(category: string): Signal<boolean> {
  const allowed = signal(consent.allowed(category));
  const dispose = consent.on(category, () => { allowed.set(true); }, () => { allowed.set(false); });
  inject(DestroyRef).onDestroy(dispose);
  return allowed.asReadonly();
}

@Component({
  selector: 'app-root',
  // The cookie-basis elements are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Kaffeerösterei Nord — Angular</h1>
      <p id="statistics">Statistics: {{ statistics() ? 'allowed' : 'not allowed' }}</p>
      <p id="marketing">Marketing: {{ marketing() ? 'allowed' : 'not allowed' }}</p>
      <p id="changes">Changes: {{ changes() }} (last: {{ source() }}: {{ granted().join(', ') }})</p>
      @if (marketing()) {
        <iframe id="video" title="Roastery video" src="http://127.0.0.1:8001/video.html" width="480" height="270"></iframe>
      } @else {
        <button id="allow-video" type="button" (click)="allowMarketing()">Allow marketing to watch the video</button>
      }
      <p><button type="button" data-consent="preferences">Cookie settings</button></p>
      <cookie-consent revision="1" policy-url="../privacy.html">
        <cookie-category name="necessary" basis="contract"></cookie-category>
        <cookie-category name="statistics" basis="legitimate-interest" device-access="none"></cookie-category>
        <cookie-category name="marketing" basis="consent">
          <cookie-info name="_fbp" provider="Ads Inc." purpose="Measures ad campaigns" duration="3 months"></cookie-info>
        </cookie-category>
      </cookie-consent>
    </main>`,
})
class AppComponent {
  protected readonly statistics = allowedSignal('statistics');
  protected readonly marketing = allowedSignal('marketing');
  protected readonly changes = signal(0);
  // The event's lists are frozen: a copy is what the signal holds.
  protected readonly granted = signal<string[]>([]);
  protected readonly source = signal('none yet');

  constructor() {
    const onChange = (event: ConsentChangeEvent): void => {
      this.changes.update((count) => count + 1);
      this.granted.set([...event.detail.granted]);
      this.source.set(event.detail.source);
    };
    document.addEventListener('consent-change', onChange);
    inject(DestroyRef).onDestroy(() => { document.removeEventListener('consent-change', onChange); });
    // `start()` reads the <cookie-consent> of the template: once it is rendered.
    afterNextRender(() => { start(); });
  }

  protected allowMarketing(): void {
    void consent.set({ marketing: true });
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => { console.error(error); });
