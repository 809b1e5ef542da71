package uk.evidencemap.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.evidencemap.analysis.Explanations;

/** What the product is and what it does today, in plain words. Kept in step with README.md. */
@Route("help")
@PermitAll
@PageTitle("Help | Evidence Map")
class HelpView extends VerticalLayout {

    HelpView() {
        setMaxWidth("60rem");
        add(
                new H2("About Evidence Map"),
                new Paragraph("Evidence Map is a shared map of a council's local evidence system: the people,"
                        + " organisations, interventions, programmes, needs, barriers, enablers and evidence that"
                        + " decide whether proven support for families reaches them. Each area (one local authority)"
                        + " has its own map; programmes are a catalogue shared by every area."),
                new H3("What you can do today"),
                list(
                        "See the areas you are a member of (administrators and researchers see all) and the size of"
                                + " each map on the Areas page.",
                        "Every page of an area shows the area's name, who else is on its pages now, a line saying"
                                + " what anyone just changed, and links to its pages: Map, Table, Analysis, Activity,"
                                + " Briefing and Import and export.",
                        "Open an area's Map to see its system as a graph: colours and shapes show the type of each"
                                + " node, and the legend beside the map shows each type's shape in its colour. Choose"
                                + " a layout: force-directed, grouped by type (each type gathered in its own cluster)"
                                + " or left to right along the relationships; the same map is drawn the same each"
                                + " time it is opened, and adding or removing a node gives a new picture. Zoom, pan"
                                + " and fit. Names are shown"
                                + " while they can be read; zoomed far out, point at a node or select it to read its"
                                + " name. Find a node by name to bring it into view. Under Filters and display show"
                                + " only some types, focus on the selected node's neighbourhood, size people,"
                                + " organisations and interventions by a network figure (degree, betweenness,"
                                + " eigenvector, closeness, 2-step reach) or colour them by community (the analysis"
                                + " page's Network tab lists the same figures as a table), and under More filters"
                                + " hide relationship types and filter by stage, status, rating, category or tag."
                                + " Select a node to read its details and connections; save the map as PNG or"
                                + " SVG, each with a title and the legend. Everything on the map is also in the table view,"
                                + " and the list beside the map selects in step with the canvas.",
                        "Editors build the map: on the map choose a type under New node and press Add, fill in the"
                                + " form (barrier and enabler categories show their meaning and CFIR constructs; the"
                                + " CFIR 2.0 construct list searches codes, names and definitions) and Save. A new barrier is"
                                + " Open unless you say otherwise, and its form has Blocks: choose what it obstructs and"
                                + " it is saved with those connections in one step (one Undo takes it all back); a new"
                                + " enabler's form has Mitigates, for the barriers it tackles. Select a"
                                + " node to Edit or Delete it, or Connect it: pick the other node from the list, or"
                                + " press \"Connect to a node on the map\" and tap it, then choose one of the"
                                + " relationships the model allows. A barrier's panel links it to what it blocks, an"
                                + " enabler's to the barriers it mitigates. Drag nodes where you want them: the places"
                                + " are kept for everyone (layout \"Where people placed them\"). The table view offers the"
                                + " same forms from each row, so the whole map can be built with the keyboard.",
                        "Work on a map together: what anyone changes (here or through the API) appears on every open"
                                + " page of the area at once, without reloading, and the line under the area's name says who"
                                + " changed what. Avatars show who is on the area's pages; a dashed ring and \u270e with a"
                                + " name mark the node someone is editing, and each field of the form shows who else is"
                                + " in it. If you both change the same node, fields only one of you changed are merged;"
                                + " if you both changed a field, you are shown both values and choose. A node someone"
                                + " deletes while you look at it is announced, and editors can restore it.",
                        "Discuss any node or relationship under Comments (viewers too); write @ and a username to"
                                + " mention someone. New comments are counted in the node list beside the map.",
                        "See everything that happened on the area's Activity page (filter by person,"
                                + " kind and dates), a node's own history in its details, undo and redo your own"
                                + " changes (as many steps as you like; an undo that would overwrite or remove what"
                                + " someone else did since is refused and says who changed what, and when), restore"
                                + " deleted nodes with their connections, and open the map as it was at any date and"
                                + " time (read-only). Adding a node with the same name as another of its type asks"
                                + " you to save again, so two people of one name are kept apart on purpose.",
                        "Open an area's Table to read its nodes by type and its relationships in sortable tables; type in a"
                                + " table's filter box to narrow it down.",
                        "Ask an area its three questions on its Analysis page (gaps, champions, blocked paths): where the gaps"
                                + " are and why, who the champions (and potential champions and single points of"
                                + " failure) are, and which implementation paths are blocked, by what, with suggestions"
                                + " for each blocking barrier: enablers in your area that mitigate barriers of the same"
                                + " category or CFIR construct (with that barrier and its status), what other areas did"
                                + " (named where you may read them, otherwise only counted), and the ERIC strategies"
                                + " used against such barriers and how many of those barriers are now mitigated or"
                                + " resolved; \"No suggestion yet\" where there is none (a barrier's panel on the map shows the"
                                + " same). Filter the findings and download them as CSV. \"Show on"
                                + " map\" opens the map with that finding highlighted.",
                        "Map the wider context: Factor nodes (conditions such as economic stress or parental mental"
                                + " health, with a domain and tags) and influences between factors, needs, barriers,"
                                + " enablers, interventions and organisations. Each influence has a polarity: + (more of"
                                + " one leads to more of the other), \u2212 (more leads to less, drawn dashed) or ? (not"
                                + " known, dotted), and may act with a delay. The Feedback loops tab of the Analysis page"
                                + " lists every loop of up to 12 influences, reinforcing (an even number of \u2212 links), balancing"
                                + " (odd) or undetermined (a ? link), with the barriers and needs on it; \"Show on map\""
                                + " highlights it.",
                        "Bring a map in and take it out on the area's Import and export page. Export the map as this"
                                + " product's JSON (complete: import it into an empty area for the same map), GraphML or"
                                + " GEXF (Gephi, yEd, NetworkX, igraph), CSV in a zip, or Kumu's spreadsheet and project"
                                + " JSON. Editors import Kumu projects and spreadsheets (XLSX, or CSV in a zip), PRSM maps"
                                + " (.prsm, compressed or not), GraphML, GEXF and this product's JSON: upload the file,"
                                + " read what will be created (counts by type, how each of the file's types is taken,"
                                + " which you can change, every skipped row with its reason), then Import. Elements with"
                                + " the same type and name as a node on the map join it; fields with no place in the"
                                + " model are kept as custom fields. One import is one change: Undo takes it back whole"
                                + " unless someone has worked on what came in since. Files up to 50 MB.",
                        "Take an area's briefing to a management team meeting: \"Briefing (PDF)\" on the Analysis"
                                + " page downloads it, and the area's Briefing page shows it to read or print (the"
                                + " print leaves out the menus). In plain English: the headline figures and how each"
                                + " moved since the last snapshot, the five most severe gaps, the champions (how much"
                                + " of the network runs through each, in words) and single points of failure, the"
                                + " blocked paths with suggestions, what changed in the map since a day you choose"
                                + " (30 days ago unless you choose), and a picture of the map.",
                        "Compare areas side by side on Compare areas (the four pilots are chosen first): interventions"
                                + " in delivery and the share with strong evidence, unmet needs, open and unmitigated"
                                + " barriers (also by category), champion coverage (the share of interventions in delivery"
                                + " that someone champions or leads), blocked paths, the size and density of the map"
                                + " (relationships / (n (n - 1))), the local evidence leader's rank by betweenness, the"
                                + " catalogue programmes the map uses, and the figures of the whole network (density,"
                                + " separate parts, diameter and average shortest route, explained below)."
                                + " Nodes are counted the same way on every page: the area's own nodes, with the shared"
                                + " catalogue programmes its map uses counted apart (\"61 nodes, plus 11 catalogue"
                                + " programmes\")."
                                + " The best and worst area of each figure are marked where more is clearly better or"
                                + " worse. Charts show a figure per area, barrier categories per area and trends over"
                                + " time; each can be saved as PNG or SVG. Download the table and the snapshots as CSV or"
                                + " as an Excel workbook.",
                        "Every area's figures are kept as a snapshot on the first of each month (and whenever a"
                                + " researcher or administrator takes one); choose a snapshot to see the change since"
                                + " then. The demo areas come with two years of made-up quarterly history, marked"
                                + " illustrative.",
                        "Look up barrier and enabler categories, CFIR 2.0 constructs, the evidence rating scale and"
                                + " implementation stages on the Reference page.",
                        "Script against the HTTP API with your username and password or a personal API token (made"
                                + " on Your account): list areas, read or export an area's whole graph, and create, change"
                                + " and delete nodes and relationships with validation and version checks; read an area's change"
                                + " history, undo, redo and restore; compare areas and"
                                + " read, take and export snapshots; download an area's briefing as a PDF.",
                        "Administrators: create users, set their global role and area memberships, disable them,"
                                + " reset passwords, and create and rename areas, on the Administration page."),
                new H3("What the figures mean"),
                new Paragraph(
                        "The Analysis page says the same above each list; the documentation of the analyses has the exact"
                                + " definitions."),
                figures(),
                new H3("Roles"),
                list(
                        "Administrator: everything, including users and areas.",
                        "Researcher: reads every area; changes nothing.",
                        "Editor of an area: builds that area's map.",
                        "Viewer of an area: reads that area's map."),
                new H3("Using the keyboard"),
                list(
                        "The first press of Tab on any page shows \"Skip to main content\": press Enter to go past the"
                                + " navigation to the page itself.",
                        "On the list of areas, move to a row with Tab and the arrow keys, and press Enter or Space to"
                                + " open it.",
                        "Dialogs open on their first field and close with Escape; the focus then goes back to the button"
                                + " that opened them, or, after a change, to the row or node it made or changed.",
                        "The map's canvas needs a pointer. Everything on it is also in the list of nodes beside it and"
                                + " in the Table, where the whole map can be read and built with the keyboard."),
                new H3("About the demo data"),
                new Paragraph("The four pilot areas are demonstration maps. People in them are fictional, and every"
                        + " evidence rating in the demo catalogue is illustrative: it has not been checked against the"
                        + " Foundations Guidebook and is shown with \"(illustrative)\"."),
                apiDocs());
    }

    /** A link to the API's pages, which are not the application's: the browser follows it, not Vaadin's router. */
    private static Anchor apiDocs() {
        Anchor link = new Anchor("api/docs", "HTTP API documentation");
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** Each tab's explanations under its name, the words of the Analysis page. */
    private static Div figures() {
        Div figures = new Div();
        Explanations.all().forEach((tab, meanings) -> {
            figures.add(new H4(tab));
            figures.add(list(meanings.toArray(String[]::new)));
        });
        return figures;
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
