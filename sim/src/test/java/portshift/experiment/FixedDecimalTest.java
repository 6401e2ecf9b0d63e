package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast text of a number is the text of String.format("%.6f"), trimmed, for every kind of value. */
class FixedDecimalTest {
    private static String formatted(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        s = s.substring(0, end);
        return "-0".equals(s) ? "0" : s;
    }

    @Test
    void halfwayCasesLargeAndTinyValuesAndZerosMatchTheFormatter() {
        double[] special = {0.0, -0.0, 5e-7, -5e-7, 4.9999999e-7, 9.9999995, 9.9999994999, 0.9999995, 999999.9999995,
                1e7, 1.5e7, 123456789.1234565, 1e20, Double.MAX_VALUE, Double.MIN_VALUE, 1e-7, -1e-7, 0.1, 0.125, 2.5,
                1234.5678905, 0.0000015, -999.9999999, 0.0000004999, 1, -1, 16, 9e14, 999999999999999.0, 1e15, -1e15,
                1e16, 4503599627370497.0, 9007199254740993.0};
        for (double d : special) {
            assertThat(FixedDecimal.of(d)).as("%s", d).isEqualTo(formatted(d));
        }
        assertThat(FixedDecimal.of(9.9999995)).isEqualTo("10");
        assertThat(FixedDecimal.of(-0.0000004)).isEqualTo("0");
    }

    @Test
    void randomValuesOfEveryMagnitudeMatchTheFormatter() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 6) {
                case 0 -> r.nextDouble() * 1000;
                case 1 -> (r.nextInt(2_000_000) - 1_000_000) / 1e6 + 5e-7;
                case 2 -> Math.scalb(r.nextDouble(), r.nextInt(-60, 80));
                case 3 -> (r.nextInt(20_000_000) + 0.5) / 1e7;
                case 4 -> r.nextLong(1L << 40) / 1024.0;
                default -> (double) r.nextLong(-(1L << 53), 1L << 53) / (1L << r.nextInt(0, 40));
            };
            d = r.nextBoolean() ? -d : d;
            assertThat(FixedDecimal.of(d)).as("%s", d).isEqualTo(formatted(d));
        }
    }
}
