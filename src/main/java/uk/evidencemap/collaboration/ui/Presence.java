package uk.evidencemap.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;
import uk.evidencemap.security.AppUser;

/**
 * Who else is here, with Vaadin Collaboration Kit: an avatar group per area (everyone on any of
 * the area's pages) and per node being edited. Presence is kept in this instance's memory.
 */
public final class Presence {

    private Presence() {}

    public static String areaTopic(String areaId) {
        return "area/" + areaId;
    }

    public static String nodeTopic(String areaId, String nodeId) {
        return "area/" + areaId + "/node/" + nodeId;
    }

    public static UserInfo user(AppUser user) {
        UserInfo info = new UserInfo(user.username(), user.displayName());
        info.setColorIndex(Math.floorMod(user.username().hashCode(), 7));
        return info;
    }

    /** The people looking at the area now, the current user among them. */
    public static CollaborationAvatarGroup inArea(AppUser user, String areaId) {
        CollaborationAvatarGroup group = new CollaborationAvatarGroup(user(user), areaTopic(areaId));
        group.setMaxItemsVisible(8);
        group.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
        group.setWidth("auto");
        return namedInFull(group, "One person on this area's pages now", "{count} people on this area's pages now");
    }

    /** The others editing one node now (the current user not shown). */
    public static CollaborationAvatarGroup onNode(UserInfo user, String areaId, String nodeId) {
        CollaborationAvatarGroup group = new CollaborationAvatarGroup(user, nodeTopic(areaId, nodeId));
        group.setOwnAvatarVisible(false);
        return namedInFull(group, "One other person editing this node now", "{count} others editing this node now");
    }

    /**
     * Makes the avatars of a group pictures named in full ("Ann Leader (AL)") that the Tab key
     * passes by, instead of Vaadin's default of one tab stop per person named by initials only
     * (the full name being in a tooltip). The group is a labelled group; the "+N" avatar that
     * opens the list of the people not shown stays a button. Applied again whenever the avatars
     * change as people come and go. The group's name counts the people ({@code one} for one,
     * {@code many} with {@code {count}} for more), as Vaadin keeps it.
     */
    private static CollaborationAvatarGroup namedInFull(CollaborationAvatarGroup group, String one, String many) {
        group.getElement().setAttribute("role", "group");
        group.setI18n(new AvatarGroup.AvatarGroupI18n()
                .setAnonymous("Unnamed person")
                .setOneActiveUser(one)
                .setManyActiveUsers(many));
        group.getElement().executeJs("""
                const group = this;
                const nameInFull = () => group.querySelectorAll(':scope > vaadin-avatar:not([slot])').forEach(a => {
                  a.removeAttribute('tabindex');
                  a.withTooltip = false;
                  if (a.name) { a.title = a.name; }
                });
                new MutationObserver(nameInFull).observe(group, {childList: true, subtree: true,
                  attributes: true, attributeFilter: ['aria-label', 'tabindex']});
                nameInFull();""");
        return group;
    }
}
