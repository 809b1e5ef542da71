package uk.evidencemap.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the refused and not-found pages show inside the application's frame: a heading that is
 * also the page's title, one plain sentence, and a link to the user's areas. Never the list of
 * the application's routes, and never the address asked for (it is not repeated back).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final Anchor home = new Anchor("", "Go to your areas");

    ErrorPage() {
        addClassName("error-page");
        setMaxWidth("48rem");
        add(heading, message, home);
    }

    void show(String title, String sentence) {
        heading.setText(title);
        message.setText(sentence);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Evidence Map";
    }
}
