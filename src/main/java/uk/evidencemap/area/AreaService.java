package uk.evidencemap.area;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.security.CurrentUser;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * Areas: the maps there are, and making new ones. An area is a local authority's evidence
 * system (one map), named by a slug id and optionally by its ONS local authority code.
 */
@Service
@Transactional
public class AreaService {

    /** ONS local authority codes: a country letter and eight digits, e.g. E06000014. */
    private static final Pattern ONS_CODE = Pattern.compile("^[EWSN]\\d{8}$");

    /** The longest name or region of an area, in characters as people count them ({@link Text}). */
    public static final int NAME_MAX = 100;

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$");

    /**
     * The strong-evidence threshold of an area that has not set its own: level 3 of the Foundations
     * (formerly EIF) Guidebook scale, at least one rigorous evaluation showing impact.
     */
    public static final EvidenceRating DEFAULT_STRONG_EVIDENCE = EvidenceRating.LEVEL_3;

    private final AreaRepository repository;
    private final CurrentUser current;
    private final ApplicationEventPublisher events;

    AreaService(AreaRepository repository, CurrentUser current, ApplicationEventPublisher events) {
        this.repository = repository;
        this.current = current;
        this.events = events;
    }

    /**
     * The areas the current user may see, with the size of each map: every area for administrators
     * and researchers, else the areas they are a member of.
     *
     * @return the areas by name, each with the count of its own nodes (not the catalogue programmes
     *     it uses) and of its relationships; empty when none
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> list() {
        boolean all = current.isAdmin() || current.isResearcher();
        return repository.findAllSummaries(all ? null : current.username().orElseThrow());
    }

    /**
     * The areas the current user may see, as {@link #list()} without the sizes of their maps: cheap
     * enough to call on every page.
     *
     * @return the areas by name; empty when none
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Area> visible() {
        boolean all = current.isAdmin() || current.isResearcher();
        return repository.findAll(all ? null : current.username().orElseThrow());
    }

    /**
     * The area with this id, if there is one.
     *
     * @return the area; empty when there is none, or when {@code id} is null and the current user
     *     is an administrator or researcher
     * @throws AccessDeniedException when the current user may not read the area
     * @throws NullPointerException when {@code id} is null and the current user is neither an
     *     administrator nor a researcher (thrown by the access check, {@code @access.canRead})
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#id)")
    public Optional<Area> find(String id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    /**
     * The area with this id, for callers that cannot go on without it.
     *
     * @return the area
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#id)")
    public Area require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no area '" + id + "'"));
    }

    /**
     * The area's strong-evidence threshold: programmes rated at or above it on the Foundations
     * (formerly EIF) Guidebook scale have "strong evidence" in this area.
     *
     * @return the area's threshold, or {@link #DEFAULT_STRONG_EVIDENCE} (level 3) when it has set none
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#id)")
    public EvidenceRating strongEvidence(String id) {
        // one read: whether the area exists, and its code
        Map<String, String> codes = repository.strongEvidence(List.of(id));
        if (!codes.containsKey(id)) {
            throw new NotFoundException("There is no area '" + id + "'");
        }
        return Coded.byCode(EvidenceRating.class, codes.get(id)).orElse(DEFAULT_STRONG_EVIDENCE);
    }

    /**
     * The strong-evidence thresholds of several areas in one read (the comparison of many areas).
     *
     * @return by area id, each area's threshold ({@link #DEFAULT_STRONG_EVIDENCE} when it has set none);
     *     an id with no area is left out
     * @throws AccessDeniedException when the current user may not read one of the areas
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadAll(#ids)")
    public Map<String, EvidenceRating> strongEvidence(Collection<String> ids) {
        Map<String, EvidenceRating> thresholds = new HashMap<>();
        repository
                .strongEvidence(ids)
                .forEach((id, code) -> thresholds.put(
                        id, Coded.byCode(EvidenceRating.class, code).orElse(DEFAULT_STRONG_EVIDENCE)));
        return thresholds;
    }

    /**
     * Sets the area's strong-evidence threshold and publishes {@link AreaChanged}, so that the
     * area's cached analyses are dropped.
     *
     * @param rating a rated level of the Foundations Guidebook scale: 4+, 4, 3+, 3, 2+ or 2
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException when {@code rating} is null or not a rated level (NL2, NE, unrated)
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#id)")
    public void setStrongEvidence(String id, EvidenceRating rating) {
        require(id);
        if (rating == null || rating.level().isEmpty()) {
            throw new ValidationException("strongEvidence", "must be a rated level: 4+, 4, 3+, 3, 2+ or 2");
        }
        repository.setStrongEvidence(id, rating.code());
        events.publishEvent(new AreaChanged(id));
    }

    /**
     * Creates an area with an empty map. Without an id, one is made from the name (lower-case
     * letters, digits and hyphens, at most 60 characters, "-2", "-3"... added when taken). The ONS
     * code is stored upper-case.
     *
     * @param draft the name (required, at most 100 characters; {@link Text} says how they are
     *     counted and which are refused); optional id (a slug: 1 to 64
     *     lower-case letters, digits and hyphens, neither starting nor ending with a hyphen); optional
     *     ONS local authority code (a country letter E, W, S or N and eight digits, e.g. E06000014
     *     for York); optional region (at most 100 characters, by the same rule)
     * @return the area as stored
     * @throws ValidationException listing every violation: a missing or long name, text with a
     *     control or bidirectional formatting character, an id that is not
     *     a slug or is taken, an ONS code that is malformed or another area's, a long region
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Area create(AreaDraft draft) {
        List<Violation> violations = new ArrayList<>();
        String name = checkName(draft.name(), violations);
        String onsCode = checkOnsCode(draft.onsCode(), null, violations);
        String region = checkRegion(draft.region(), violations);
        String id = draft.id() == null || draft.id().isBlank()
                ? uniqueSlug(name)
                : draft.id().strip();
        if (!SLUG.matcher(id).matches()) {
            violations.add(new Violation("id", "'" + id + "' must be lower-case letters, digits and hyphens"));
        } else if (repository.existsById(id)) {
            violations.add(new Violation("id", "an area with id '" + id + "' already exists"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return repository.create(new Area(id, name, onsCode, region));
    }

    /**
     * Replaces an area's name, ONS code and region (its id never changes) and publishes {@link
     * AreaChanged}. A blank ONS code or region removes it.
     *
     * @return the area as stored
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException listing every violation, with the rules of {@link #create}
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Area update(String id, String name, String onsCode, String region) {
        Area current = require(id);
        List<Violation> violations = new ArrayList<>();
        String checkedName = checkName(name, violations);
        String checkedCode = checkOnsCode(onsCode, id, violations);
        String checkedRegion = checkRegion(region, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Area updated = repository.update(new Area(current.id(), checkedName, checkedCode, checkedRegion));
        // the area's name appears in what other areas are told of it (suggestions)
        events.publishEvent(new AreaChanged(id));
        return updated;
    }

    private static String checkName(String name, List<Violation> violations) {
        return Text.name("name", name, NAME_MAX, violations);
    }

    private String checkOnsCode(String onsCode, String ownId, List<Violation> violations) {
        if (onsCode == null || onsCode.isBlank()) {
            return null;
        }
        String code = onsCode.strip().toUpperCase(Locale.ROOT);
        if (!ONS_CODE.matcher(code).matches()) {
            violations.add(new Violation(
                    "onsCode",
                    "'" + onsCode + "' is not an ONS code (a letter E, W, S or N"
                            + " and eight digits, e.g. E06000014)"));
            return code;
        }
        repository
                .findByOnsCode(code)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other ->
                        violations.add(new Violation("onsCode", code + " is already the code of " + other.name())));
        return code;
    }

    private static String checkRegion(String region, List<Violation> violations) {
        return Text.line("region", region, NAME_MAX, violations);
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "area";
        }
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String slug = base;
        for (int n = 2; repository.existsById(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
