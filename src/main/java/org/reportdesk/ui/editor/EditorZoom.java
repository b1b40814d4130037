package org.reportdesk.ui.editor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** 缩放 of the body text: 1.0 is the page's size; from {@value #MIN} to {@value #MAX} in steps of 10 %. */
public final class EditorZoom {

    public static final double MIN = 0.5;
    public static final double MAX = 3.0;
    private static final double STEP = 0.1;

    private final DoubleProperty factor = new SimpleDoubleProperty(1.0);

    public DoubleProperty factorProperty() {
        return factor;
    }

    public void zoomIn() {
        set(factor.get() + STEP);
    }

    public void zoomOut() {
        set(factor.get() - STEP);
    }

    public void reset() {
        set(1.0);
    }

    public void set(double z) {
        factor.set(Math.round(Math.max(MIN, Math.min(MAX, z)) * 10) / 10.0);
    }
}
