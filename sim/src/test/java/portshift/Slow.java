package portshift;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that takes ten seconds or more on two quiet cores (whole commands on the default
 * world, many replications, external programs such as Jupyter or Slurm). {@code mvn -B verify}
 * runs it; the fast loop, {@code mvn -B verify -Pfast}, leaves it out. The tag's name is written
 * here and in the fast profile of sim/pom.xml, nowhere else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
