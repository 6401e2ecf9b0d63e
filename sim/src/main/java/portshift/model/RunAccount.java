package portshift.model;

import java.util.function.ToDoubleFunction;

/**
 * The accounts of a whole run, each declared once: its column of {@code runs.csv}, its unit, its side of the
 * kilogram balance, and how it is taken from the model. A {@link MeasureKind#FLOW} account is a running
 * total the model adds to ({@link Ledger#add}); a {@link MeasureKind#LEVEL} one is read from the model
 * at the run's end. Every kilogram supplied is, at any moment, in exactly one {@link Side#OUT} account, so
 * that supplied minus the OUT accounts is zero up to rounding. The order of declaration is the order of the
 * columns. To add an account: a constant here, and for a flow the one line of model code that adds to it.
 */
public enum RunAccount {
    SUPPLIED_KG("supplied_kg", "kg", Side.IN, null),
    DELIVERED_KG("delivered_kg", "kg", Side.OUT, null),
    SEIZED_EUROPE_KG("seized_europe_kg", "kg", Side.OUT, null),
    SEIZED_UPSTREAM_KG("seized_upstream_kg", "kg", Side.OUT, null),
    HELD_KG("held_kg", "kg", Side.OUT, PortshiftModel::heldKg),
    IN_TRANSIT_KG("in_transit_kg", "kg", Side.OUT, null),
    DIVERTED_KG("diverted_kg", "kg", Side.OUT, null),
    SHIPMENTS("shipments", "loads", Side.NONE, null);

    /** Where an account stands in the balance of kilograms. */
    public enum Side {
        /** Kilograms coming into the trade. */
        IN,
        /** Where the kilograms supplied are. */
        OUT,
        /** Not kilograms. */
        NONE
    }

    private static final RunAccount[] ALL = values();

    private final String column;
    private final String unit;
    private final Side side;
    private final ToDoubleFunction<PortshiftModel> level;

    RunAccount(String column, String unit, Side side, ToDoubleFunction<PortshiftModel> level) {
        this.column = column;
        this.unit = unit;
        this.side = side;
        this.level = level;
    }

    /** Its column in runs.csv. */
    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    public Side side() {
        return side;
    }

    public MeasureKind kind() {
        return level == null ? MeasureKind.FLOW : MeasureKind.LEVEL;
    }

    /** The account's value in a model now. */
    public double of(PortshiftModel model) {
        return level == null ? model.ledger().get(this) : level.applyAsDouble(model);
    }

    static int count() {
        return ALL.length;
    }
}
