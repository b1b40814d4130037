package org.reportdesk.layout;

import org.reportdesk.model.EditPlace;

/**
 * Where laid-out text came from: the part of the report, the section (null for the front matter
 * and the end block) and the paragraph index in that part (the section body's paragraph for BODY,
 * 0 for one-line parts; the attachment's index for ATTACHMENTS).
 */
public record Source(EditPlace.Part part, String sectionId, int paragraph) {
}
