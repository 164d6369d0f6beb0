package org.govexchange.contracts.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDigestTest {

    @Test
    void theSameKeysAtTheSameVersionsGiveTheSameBucketsInAnyOrder() {
        KeyDigest one = new KeyDigest();
        KeyDigest two = new KeyDigest();
        for (int i = 0; i < 1000; i++) {
            one.add("K" + i, i);
            two.add("K" + (999 - i), 999 - i);
        }
        assertThat(one.buckets()).isEqualTo(two.buckets()).hasSize(KeyDigest.BUCKETS);
        assertThat(one.keys()).isEqualTo(1000);
        assertThat(KeyDigest.differing(one.buckets(), two.buckets())).isEmpty();
    }

    @Test
    void aMissingKeyAnExtraKeyAndAnotherVersionEachMarkOnlyTheirOwnBucket() {
        KeyDigest hub = new KeyDigest();
        KeyDigest node = new KeyDigest();
        for (int i = 0; i < 500; i++) {
            hub.add("K" + i, 1);
            if (i != 7 && i != 8) {
                node.add("K" + i, 1);
            }
        }
        node.add("K8", 2);
        node.add("EXTRA", 1);

        List<Integer> differing = KeyDigest.differing(node.buckets(), hub.buckets());

        assertThat(differing)
                .containsExactlyInAnyOrderElementsOf(
                        List.of(KeyDigest.bucket("K7"), KeyDigest.bucket("K8"), KeyDigest.bucket("EXTRA")).stream()
                                .distinct()
                                .toList());
    }

    @Test
    void aBucketTheOtherSideDidNotSendDiffersOnlyIfItHoldsKeys() {
        KeyDigest node = new KeyDigest();
        node.add("K1", 1);
        List<KeyDigest.Bucket> onlyUsed =
                node.buckets().stream().filter(b -> b.count() > 0).toList();

        assertThat(KeyDigest.differing(node.buckets(), onlyUsed)).isEmpty();
        assertThat(KeyDigest.differing(node.buckets(), List.of())).containsExactly(KeyDigest.bucket("K1"));
        assertThat(KeyDigest.differing(List.of(), node.buckets())).containsExactly(KeyDigest.bucket("K1"));
    }
}
