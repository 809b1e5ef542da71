package uk.evidencemap.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.collaborationengine.UserInfo;
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
        group.getElement().setAttribute("aria-label", "People on this area's pages now");
        group.setWidth("auto");
        return group;
    }
}
