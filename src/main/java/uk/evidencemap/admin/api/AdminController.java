package uk.evidencemap.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.security.AppUser;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.NewUser;
import uk.evidencemap.security.UserService;

/** Provisioning by script: users and area memberships (administrators only, as in the service). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Users and memberships; administrators only")
class AdminController {

    record UserRequest(String username, String password, String displayName, String globalRole) {}

    record MembershipRequest(String role) {}

    private final UserService users;

    AdminController(UserService users) {
        this.users = users;
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user: {username, password, displayName?, globalRole?} (ADMIN or RESEARCHER)")
    ResponseEntity<AppUser> createUser(@RequestBody UserRequest request) {
        AppUser user = users.create(new NewUser(
                request.username(),
                request.password(),
                request.displayName(),
                parse(GlobalRole.class, "globalRole", request.globalRole())));
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.username()))
                .body(user);
    }

    @PutMapping("/areas/{areaId}/members/{username}")
    @Operation(summary = "Set a membership: {role} (EDITOR or VIEWER)")
    AppUser setMembership(
            @PathVariable String areaId, @PathVariable String username, @RequestBody MembershipRequest request) {
        AreaRole role = parse(AreaRole.class, "role", request.role());
        if (role == null) {
            throw new ValidationException("role", "is required: EDITOR or VIEWER");
        }
        return users.setMembership(areaId, username, role);
    }

    @DeleteMapping("/areas/{areaId}/members/{username}")
    @Operation(summary = "Remove a membership")
    ResponseEntity<Void> removeMembership(@PathVariable String areaId, @PathVariable String username) {
        users.removeMembership(areaId, username);
        return ResponseEntity.noContent().build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    field,
                    "'" + value + "' is not one of "
                            + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
        }
    }
}
