package uk.evidencemap.map.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps the keyboard focus through a rebuild of part of a page. The map's details panel and the
 * table view are rebuilt whenever the map changes (by this person or anyone else, as the change
 * log tells the page); a rebuild removes the button that had the focus, and the browser then puts
 * the focus on the page's body, at its start. Here the browser remembers the name of the control
 * last focused inside the part (its aria-label, else its text) and, when a rebuild has taken the
 * focus away, gives it to the control of the same name in the new content, if there is one. A
 * person who moved the focus elsewhere on purpose keeps it there: the name is forgotten when the
 * focus leaves a control that is still on the page.
 */
final class FocusKeeper {

    private FocusKeeper() {}

    static <T extends Component> T keepFocusIn(T part) {
        part.getElement().executeJs("""
                const part = this;
                const controls = 'vaadin-button, a[href], vaadin-tab';
                const nameOf = c => (c.getAttribute('aria-label') || c.textContent || '').trim();
                let last = null;
                part.addEventListener('focusin', e => {
                  const control = e.composedPath().find(n => n.matches && n.matches(controls));
                  last = control && part.contains(control) ? nameOf(control) : null;
                });
                part.addEventListener('focusout', e => {
                  const left = e.target;
                  setTimeout(() => {
                    if (left.isConnected && !part.contains(document.activeElement)) { last = null; }
                  });
                });
                new MutationObserver(() => {
                  if (last === null || (document.activeElement && document.activeElement !== document.body)) {
                    return;
                  }
                  const like = Array.from(part.querySelectorAll(controls))
                      .find(c => nameOf(c) === last && c.getClientRects().length > 0);
                  if (like) { like.focus(); }
                }).observe(part, {childList: true, subtree: true});""");
        return part;
    }
}
