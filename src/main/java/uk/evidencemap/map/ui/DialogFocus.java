package uk.evidencemap.map.ui;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * The keyboard focus when a dialog of the map's pages opens: its first field, not the dialog
 * itself (where Vaadin's dialog puts it, so that a keyboard user had to Tab into the form). When
 * a dialog closes, Vaadin's dialog gives the focus back to the control that opened it while that
 * control is still on the page; where the change rebuilt that part of the page, the page moves the
 * focus to the new control itself (see {@link NodeDetailsPanel#returnFocus()} and {@link AreaNodesView}).
 */
final class DialogFocus {

    /** The fields a dialog's focus may go to, the first visible and enabled one in the dialog's order. */
    static final String FIELDS = "vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-number-field,"
            + " vaadin-email-field, vaadin-password-field, vaadin-combo-box, vaadin-multi-select-combo-box,"
            + " vaadin-select, vaadin-date-picker, vaadin-date-time-picker, vaadin-checkbox, vaadin-radio-group";

    private DialogFocus() {}

    /**
     * Focuses the dialog's first field once it has opened: after Vaadin's own focus trap, which
     * focuses the dialog (it runs once the opening animation has begun, signalled by the
     * {@code vaadin-overlay-open} event). Call before or right after {@code open()}; once per dialog.
     */
    static <T extends Dialog> T onFirstField(T dialog) {
        dialog.getElement().executeJs("""
                        const dialog = this;
                        const opened = e => {
                          if (!e.detail || !e.detail.overlay || e.detail.overlay.owner !== dialog) { return; }
                          document.body.removeEventListener('vaadin-overlay-open', opened);
                          const first = Array.from(dialog.querySelectorAll($0))
                              .find(f => f.getClientRects().length > 0 && !f.disabled && !f.readonly);
                          if (first) { first.focus(); }
                        };
                        document.body.addEventListener('vaadin-overlay-open', opened);""", FIELDS);
        return dialog;
    }
}
