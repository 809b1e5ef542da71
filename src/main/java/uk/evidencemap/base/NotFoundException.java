package uk.evidencemap.base;

/** The area, node or relationship asked for does not exist (or is not in the area named). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
