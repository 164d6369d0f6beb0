package org.govexchange.certificate.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data of the local stack.
 *
 * @param enabled load it at start (the local stack passes true)
 * @param persons how many generated persons get a household register (and about half a marriage certificate)
 * @param organisations how many generated organisations get a business licence
 * @param issuers the issuing departments' credit codes; the defaults are the catalog's demo departments (市市场监督管理局,
 *     市公安局) and a 市民政局 composed with CreditCodes.compose
 */
@ConfigurationProperties("gx.certificate.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("150") int persons,
        @DefaultValue("100") int organisations,
        @DefaultValue Issuers issuers) {

    /**
     * @param marketSupervision issues 营业执照
     * @param publicSecurity issues 居民户口簿
     * @param civilAffairs issues 结婚证
     */
    public record Issuers(
            @DefaultValue("1135010000350102XC") String marketSupervision,
            @DefaultValue("11350100003501011L") String publicSecurity,
            @DefaultValue("113501000035010467") String civilAffairs) {}
}
