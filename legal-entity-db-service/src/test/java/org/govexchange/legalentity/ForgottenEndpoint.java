package org.govexchange.legalentity;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A handler the security configuration does not name, as someone might add one and forget the rule (test
 * sources only): deny by default must close it ({@link ApiSurfaceTest}).
 */
@RestController
class ForgottenEndpoint {

    static final String PATH = "/api/legal-entities/forgotten";

    @GetMapping(PATH)
    Map<String, String> leak() {
        return Map.of("name", "福州示例科技有限公司");
    }
}
