package portshift.model;

import sim.engine.Schedule;

/**
 * The model's schedule, with the current time readable without taking the schedule's lock. Agents
 * ask for the day on every load they handle; the schedule's own {@link #getTime()} synchronises on
 * each call, which cost a twentieth of a run. The thread that steps the schedule always sees the
 * time it last set; another thread, such as the GUI's, may see the time of the step before.
 */
final class Clock extends Schedule {
    private static final long serialVersionUID = 1L;

    /** The current time, as {@link #getTime()}, without the lock. */
    double now() {
        return time;
    }
}
