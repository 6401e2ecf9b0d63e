package portshift.model;

import java.io.Serializable;

/** A port worker on an organisation's payroll. */
public final class Insider implements Serializable {
    private static final long serialVersionUID = 1L;

    private final InsiderRole role;
    private final Trafficker employer;
    private final long recruitedDay;
    private int services;

    public Insider(InsiderRole role, Trafficker employer, long recruitedDay) {
        this.role = role;
        this.employer = employer;
        this.recruitedDay = recruitedDay;
    }

    public InsiderRole role() { return role; }
    public Trafficker employer() { return employer; }
    public long recruitedDay() { return recruitedDay; }
    /** Services rendered so far. */
    public int services() { return services; }

    void served() {
        services++;
    }
}
