package org.reportdesk.docx;

import java.util.Map;
import org.reportdesk.model.Picture;

/**
 * What the body refers to in the package XWPF built: the relationship ids of the portrait footers
 * (odd, even), of the landscape footers (odd, even; empty when no table goes on a landscape page)
 * and of each picture's image part.
 */
record PackageParts(byte[] bytes, String[] portraitFooters, String[] landscapeFooters, Map<Picture, String> pictures) {
}
