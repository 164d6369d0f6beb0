package org.govexchange.population.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param seed residents generated at startup when the database is empty (the local stack passes a few
 *     thousand); 0 seeds nothing. The demo resident 11010519491231002X 张三 is always among them.
 */
@ConfigurationProperties("gx.population.demo")
public record DemoProperties(Long seed) {

    public DemoProperties {
        seed = seed == null ? 0 : seed;
    }
}
