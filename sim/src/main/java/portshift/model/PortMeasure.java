package portshift.model;

import java.util.function.ToDoubleBiFunction;

/**
 * What is measured at each port, each declared once: its column of {@code ports.csv}, its unit, and
 * how it is taken from the model. A {@link MeasureKind#FLOW} is a running total the model adds to as things
 * happen ({@link PortCounters#add}); the collector reports its change over each month. A
 * {@link MeasureKind#LEVEL} is read from the model at the month's end. The order of declaration is the order of
 * the columns; docs/outputs.md describes each. To add a measure: a constant here, and for a flow the one line of
 * model code that adds to it (docs/outputs.md, "Where measures are declared").
 */
public enum PortMeasure {
    /** Kilograms in loads that reached the port's inspection. */
    ATTEMPTED_KG("attempted_kg", "kg"),
    SEIZED_KG("seized_kg", "kg"),
    /** Kilograms delivered to buyers here (import ports). */
    DELIVERED_KG("delivered_kg", "kg"),
    /** Loads that reached the port's inspection. */
    SHIPMENTS("shipments", "loads"),
    SEIZURES("seizures", "loads"),
    /** Containers scanned or physically inspected. */
    CONTAINERS_SCREENED("containers_screened", "containers"),
    /** Legitimate containers that passed the inspection point. */
    CONTAINERS_HANDLED("containers_handled", "containers"),
    INSIDERS_ACTIVE("insiders_active", "people", (model, port) -> model.insiders(port).active().size()),
    /** Organisations with insiders here: above one, the port is contested. */
    INSIDER_EMPLOYERS("insider_employers", "organisations", (model, port) -> model.insiders(port).employers()),
    INSIDERS_RECRUITED("insiders_recruited", "people"),
    INSIDERS_ARRESTED("insiders_arrested", "people"),
    /** Bribes, signing payments and extraction fees paid here. */
    BRIBES_USD("bribes_usd", "USD"),
    /** Delay imposed on legitimate containers by screening. */
    LEGIT_DELAY_HOURS("legit_delay_hours", "container-hours"),
    /** Kilograms of loads that left this (export) port and were seized at a later port: a hub or in Europe. */
    SEIZED_LATER_KG("seized_later_kg", "kg");

    private static final PortMeasure[] ALL = values();

    private final String column;
    private final String unit;
    private final ToDoubleBiFunction<PortshiftModel, Port> level;

    PortMeasure(String column, String unit) {
        this(column, unit, null);
    }

    PortMeasure(String column, String unit, ToDoubleBiFunction<PortshiftModel, Port> level) {
        this.column = column;
        this.unit = unit;
        this.level = level;
    }

    /** Its column in ports.csv. */
    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    public MeasureKind kind() {
        return level == null ? MeasureKind.FLOW : MeasureKind.LEVEL;
    }

    /** A level's value now at a port. */
    public double levelAt(PortshiftModel model, Port port) {
        if (level == null) {
            throw new IllegalStateException(column + " is a flow: read it from the port's counters");
        }
        return level.applyAsDouble(model, port);
    }

    public static int count() {
        return ALL.length;
    }
}
