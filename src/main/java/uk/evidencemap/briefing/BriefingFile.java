package uk.evidencemap.briefing;

/**
 * The briefing as a PDF file.
 *
 * @param fileName "&lt;area id&gt;-briefing-&lt;yyyy-MM-dd&gt;.pdf", the day it was prepared (UK time)
 * @param content  the PDF's bytes
 */
public record BriefingFile(String fileName, byte[] content) {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "application/pdf";
}
