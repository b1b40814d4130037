package org.reportdesk.json;

/** A JSON document that is well-formed but not a report or template pack of this format. */
public class JsonFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsonFormatException(String message) {
        super(message);
    }
}
