package org.govexchange.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/** The table itself; what the broker makes of it is tested in test-support's KafkaLockdownTest. */
class KafkaAccessTest {

    @Test
    void aNodeTouchesOnlyItsDepartmentsTopicsAndNeverCreatesOrAlters() {
        var acls = KafkaAccess.node("psb");

        assertThat(acls).allSatisfy(acl -> {
            assertThat(acl.entry().principal()).isEqualTo("User:gx-node-psb");
            assertThat(acl.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE);
            assertThat(acl.pattern().resourceType()).isIn(ResourceType.TOPIC, ResourceType.GROUP);
            if (acl.pattern().resourceType() == ResourceType.TOPIC) {
                assertThat(acl.pattern().patternType()).isEqualTo(PatternType.LITERAL);
                assertThat(acl.pattern().name()).endsWith(".psb");
            } else {
                assertThat(acl.pattern().name()).isEqualTo("gx-node-psb.");
            }
        });
    }

    @Test
    void onlyTheCatalogWritesCatalogEvents() {
        for (PlatformPrincipal principal : PlatformPrincipal.values()) {
            boolean writes = KafkaAccess.platform(principal).stream()
                    .anyMatch(acl -> acl.pattern().name().equals("gx.catalog.events")
                            && acl.entry().operation() == AclOperation.WRITE);
            assertThat(writes).as(principal.name()).isEqualTo(principal == PlatformPrincipal.CATALOG);
        }
    }

    @Test
    void aDepartmentCodeThatCouldWidenAPatternIsRefused() {
        assertThatThrownBy(() -> KafkaAccess.node("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KafkaAccess.node("psb.other")).isInstanceOf(IllegalArgumentException.class);
    }
}
