/**
 * Two corrections to Vaadin 25.2's web components that axe-core reports as WCAG failures, applied
 * to every instance on every page of the application (loaded by MainLayout):
 *
 * - vaadin-tabs (in every tab sheet) puts a scroll container that script can focus
 *   (tabindex="-1") between the element with role="tablist" and its tabs, and a tab list may own
 *   only tabs (WCAG 1.3.1, axe "aria-required-children"). The container keeps scrolling without
 *   the attribute; the tabs keep their own keyboard handling.
 * - vaadin-select marks its value button (role="button") aria-required when the select is
 *   required, an attribute ARIA does not allow on a button (WCAG 4.1.2, axe "aria-allowed-attr").
 *   The label keeps its visible required indicator.
 *
 * See docs/accessibility.md. Each correction is checked by AccessibilityBrowserIT, which fails if
 * a Vaadin upgrade makes it stop working.
 */

type Patched = { prototype: Record<string, unknown> };

function after(element: string, method: string, fix: (host: HTMLElement) => void) {
  customElements.whenDefined(element).then(() => {
    const type = customElements.get(element) as unknown as Patched;
    const original = type.prototype[method] as ((...args: unknown[]) => unknown) | undefined;
    type.prototype[method] = function (this: HTMLElement, ...args: unknown[]) {
      const result = original?.apply(this, args);
      fix(this);
      return result;
    };
    document.querySelectorAll<HTMLElement>(element).forEach(fix);
  });
}

after('vaadin-tabs', 'ready', (tabs) => tabs.shadowRoot?.querySelector('#scroll')?.removeAttribute('tabindex'));

const dropAriaRequired = (select: HTMLElement) =>
  select.querySelector(':scope > vaadin-select-value-button')?.removeAttribute('aria-required');
after('vaadin-select', '_requiredChanged', dropAriaRequired);
after('vaadin-select', '_ariaTargetChanged', dropAriaRequired);
