package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * A producing country that supplies cocaine for the Europe-bound container trade each year.
 *
 * @param id               e.g. COLOMBIA
 * @param supplyKgPerYear  kilograms a year that enter the Europe-bound container trade
 * @param priceUsdPerKg    price paid to the producer, USD per kg
 * @param landLinks        the export ports this producer reaches
 */
public record Producer(String id, double supplyKgPerYear, double priceUsdPerKg, List<LandLink> landLinks)
        implements Serializable {
    public Producer {
        landLinks = List.copyOf(landLinks);
        if (supplyKgPerYear < 0 || priceUsdPerKg < 0) {
            throw new IllegalArgumentException("supply and price must be >= 0");
        }
    }

    public LandLink linkTo(Port port) {
        for (LandLink link : landLinks) {
            if (link.port() == port) {
                return link;
            }
        }
        return null;
    }
}
