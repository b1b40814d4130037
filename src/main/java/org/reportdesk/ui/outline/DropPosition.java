package org.reportdesk.ui.outline;

/** Where a dragged section lands relative to the section under the pointer. */
public enum DropPosition { BEFORE, AFTER, INTO }
