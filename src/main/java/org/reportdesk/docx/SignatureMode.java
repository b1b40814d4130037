package org.reportdesk.docx;

/** How 署名 and 成文日期 are laid out (GB/T 9704-2012 7.3.5.1 and 7.3.5.2). */
public enum SignatureMode {
    /** Sealed: date four characters from the right, the unit centred over it, room for the seal. */
    SEAL,
    /** Not sealed: unit two characters from the right, the date below it shifted two characters. */
    NO_SEAL
}
