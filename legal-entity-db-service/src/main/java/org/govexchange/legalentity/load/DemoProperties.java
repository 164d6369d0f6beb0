package org.govexchange.legalentity.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param seed entities generated at startup when the database is empty (the local stack passes a few
 *     thousand); 0 seeds nothing. The demo entity 91350100M000100Y43 福州示例科技有限公司 is always among them.
 */
@ConfigurationProperties("gx.legal-entity.demo")
public record DemoProperties(Long seed) {

    public DemoProperties {
        seed = seed == null ? 0 : seed;
    }
}
