package portshift.explore;

/**
 * The Sobol indices of a Saltelli design's rows, as the literature estimates them. The output is centred on its mean
 * over A's and B's points first, so that adding a constant to it changes no index (without this the first-order
 * estimate's error grows with the output's mean, as SALib avoids by standardising the output). With g = f - mean and
 * V the variance of f over A's and B's points together:
 * <ul>
 * <li>first-order index S_j = mean(g_B (g_ABj - g_A)) / V, the share of the variance uncertainty j explains alone
 * (Saltelli et al. 2010, "Variance based sensitivity analysis of model output", Computer Physics Communications 181,
 * table 2, b);</li>
 * <li>total index ST_j = mean((f_A - f_ABj)^2) / (2 V), the share it has a hand in, its interactions included
 * (Jansen 1999, ibid. table 2, f);</li>
 * <li>second-order index S_jl = mean(g_BAj g_ABl - g_A g_B) / V - S_j - S_l, the share the pair explains together
 * beyond what each explains alone: BA_j and AB_l share columns j and l and nothing else (Saltelli 2002, "Making best
 * use of model evaluations to compute sensitivity indices", Computer Physics Communications 145).</li>
 * </ul>
 *
 * @param k           the uncertainties
 * @param secondOrder whether the rows hold the BA_j points
 */
record SobolEstimators(int k, boolean secondOrder) {

    /**
     * {S_1 .. S_k, ST_1 .. ST_k, then S_jl for j < l in order} from the rows drawn; f[r] holds row r's outcomes in
     * the design's order: f_A, f_AB1 .. f_ABk, [f_BA1 .. f_BAk,] f_B. NaN where the variance is 0.
     */
    double[] indices(double[][] f, int[] drawn) {
        int n = drawn.length;
        int b = secondOrder ? 2 * k + 1 : k + 1;
        double sum = 0;
        for (int r : drawn) {
            sum += f[r][0] + f[r][b];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int r : drawn) {
            squares += (f[r][0] - mean) * (f[r][0] - mean) + (f[r][b] - mean) * (f[r][b] - mean);
        }
        double variance = squares / (2.0 * n);
        int pairs = secondOrder ? k * (k - 1) / 2 : 0;
        double[] out = new double[2 * k + pairs];
        if (!(variance > 0)) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int j = 0; j < k; j++) {
            double first = 0;
            double total = 0;
            for (int r : drawn) {
                double a = f[r][0];
                double ab = f[r][1 + j];
                first += (f[r][b] - mean) * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[j] = first / n / variance;
            out[k + j] = total / (2.0 * n) / variance;
        }
        int at = 2 * k;
        for (int j = 0; j < k && secondOrder; j++) {
            for (int l = j + 1; l < k; l++) {
                double closed = 0;
                for (int r : drawn) {
                    double baj = f[r][1 + k + j] - mean;
                    double abl = f[r][1 + l] - mean;
                    closed += baj * abl - (f[r][0] - mean) * (f[r][b] - mean);
                }
                out[at++] = closed / n / variance - out[j] - out[l];
            }
        }
        return out;
    }
}
