package uk.evidencemap.analysis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.evidencemap.analysis.Explanations;
import uk.evidencemap.analysis.FeedbackLoop;
import uk.evidencemap.analysis.Subject;
import uk.evidencemap.area.ui.AreaNavigation;

/**
 * The loops tab of the analysis page: the feedback loops of the wider context, each with its kind
 * explained, its members in order, the barriers and needs on it, and a link that shows it on the map.
 */
final class LoopsTab extends VerticalLayout {

    final Grid<FeedbackLoop> loops = new Grid<>(FeedbackLoop.class, false);
    final Paragraph note = new Paragraph();

    /** @param areaId the area shown, once the page has been entered */
    LoopsTab(Supplier<String> areaId) {
        Paragraph meaning = new Paragraph("A feedback loop is a chain of influences that comes back to where it"
                + " started. A reinforcing loop (an even number of \u2212 links) makes a change grow as it goes"
                + " round: a vicious or a virtuous circle. A balancing loop (an odd number of \u2212 links) pushes a"
                + " change back and steadies the system. A loop with an influence of unknown polarity (?) is"
                + " undetermined until that polarity is set.");
        loops.setAriaLabel("Feedback loops");
        loops.addColumn(l -> l.kind().label())
                .setHeader("Kind")
                .setSortable(true)
                .setAutoWidth(true);
        loops.addColumn(FeedbackLoop::length)
                .setHeader("Influences")
                .setSortable(true)
                .setAutoWidth(true);
        loops.addColumn(LoopsTab::path).setHeader("Loop").setFlexGrow(4);
        loops.addColumn(l -> names(
                        Stream.concat(l.barriers().stream(), l.needs().stream()).toList()))
                .setHeader("Barriers and needs on it")
                .setFlexGrow(2);
        loops.addComponentColumn(l -> AnalysisView.mapLink(
                        AreaNavigation.mapShowingPath(
                                areaId.get(),
                                l.members().stream().map(Subject::id).toList()),
                        "the loop " + path(l)))
                .setHeader("On the map")
                .setAutoWidth(true);
        loops.setAllRowsVisible(true);
        setPadding(false);
        add(new Paragraph(Explanations.LOOPS_COUNT), meaning, note, loops);
    }

    void show(FeedbackLoop.Report report) {
        loops.setItems(report.loops());
        if (report.loops().isEmpty()) {
            note.setText("No feedback loops: no chain of influences on this map comes back to where it started."
                    + " Add factors of the wider context and connect them with influences to find loops.");
        } else if (report.capped()) {
            note.setText("Only loops of up to " + report.maxLength() + " influences are shown, and at most "
                    + report.maxLoops() + ": this map may have more. Of those shown: " + kinds(report));
        } else {
            note.setText(report.loops().size() + (report.loops().size() == 1 ? " loop: " : " loops: ") + kinds(report));
        }
    }

    /** How many loops of each kind, in words. */
    private static String kinds(FeedbackLoop.Report report) {
        Map<FeedbackLoop.Kind, Long> counts =
                report.loops().stream().collect(Collectors.groupingBy(FeedbackLoop::kind, Collectors.counting()));
        return Explanations.loopKinds(
                counts.getOrDefault(FeedbackLoop.Kind.REINFORCING, 0L),
                counts.getOrDefault(FeedbackLoop.Kind.BALANCING, 0L),
                counts.getOrDefault(FeedbackLoop.Kind.UNDETERMINED, 0L));
    }

    /** The loop as it reads: "A → B → C → A", each arrow with its sign. */
    static String path(FeedbackLoop loop) {
        List<Subject> members = loop.members();
        return members.stream().map(Subject::name).collect(Collectors.joining(" \u2192 ")) + " \u2192 "
                + members.getFirst().name();
    }

    private static String names(List<Subject> subjects) {
        return subjects.isEmpty() ? "" : subjects.stream().map(Subject::name).collect(Collectors.joining(", "));
    }
}
