package portshift.model;

import java.io.Serializable;

/** An intervention as it was applied: the day, what it was, and the insiders its shock arrested. */
public record AppliedIntervention(long day, Intervention intervention, int insidersArrested) implements Serializable {
}
