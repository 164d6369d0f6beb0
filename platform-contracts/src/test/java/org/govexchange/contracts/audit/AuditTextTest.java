package org.govexchange.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditTextTest {

    @Test
    void valuesThatFitAreUntouched() {
        assertThat(AuditText.fit(null, 64)).isNull();
        assertThat(AuditText.fit("", 64)).isEmpty();
        String exact = "x".repeat(255);
        assertThat(AuditText.fit(exact, 255)).isSameAs(exact);
        // 64 CJK characters and 64 emoji are 64 characters to a utf8mb4 VARCHAR(64), though more chars in Java.
        String cjk = "户".repeat(64);
        assertThat(AuditText.fit(cjk, 64)).isSameAs(cjk);
        String emoji = "😀".repeat(64);
        assertThat(emoji).hasSize(128);
        assertThat(AuditText.fit(emoji, 64)).isSameAs(emoji);
        assertThat(AuditText.fitUtf8(cjk, 192)).isSameAs(cjk);
    }

    @Test
    void overlongValueIsCutToTheColumnWithMarkerAndHashOfTheWhole() throws Exception {
        String reason = "撤销理由：" + "r".repeat(995);
        assertThat(reason.codePointCount(0, reason.length())).isEqualTo(1000);

        String cut = AuditText.fit(reason, 255);

        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(255);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(reason.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
        assertThat(cut).isEqualTo(reason.substring(0, 255 - 30) + "…[cut sha256:" + hash + "]");
        assertThat(AuditText.MARKER_LENGTH).isEqualTo(30);
        // One character more than the column is already cut; the cut form is stable under a second fit.
        String justOver = "y".repeat(256);
        assertThat(AuditText.fit(justOver, 255)).endsWith("]").hasSize(255);
        assertThat(AuditText.fit(cut, 255)).isSameAs(cut);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        // The cut point falls between the halves of an emoji if counted in chars; in code points it cannot.
        String value = "a" + "😀".repeat(200);
        String cut = AuditText.fit(value, 64);

        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(64);
        String kept = cut.substring(0, cut.indexOf(AuditText.MARKER));
        assertThat(kept).isEqualTo("a" + "😀".repeat(33));
        assertThat(AuditChain.unrepresentable(
                        AuditEvent.builder(AuditKind.API_CALL).purpose(cut).build()))
                .isNull();

        for (int max = 31; max < 80; max++) {
            String each = AuditText.fit("😀户" + "😀".repeat(100), max);
            assertThat(each.codePointCount(0, each.length())).as("max %d", max).isEqualTo(max);
            assertThat(Character.isHighSurrogate(each.charAt(each.indexOf(AuditText.MARKER) - 1)))
                    .as("max %d", max)
                    .isFalse();
        }
    }

    @Test
    void byteMeasuredColumnsAreCutOnWholeCodePoints() {
        String value = "户".repeat(100) + "😀".repeat(100);

        for (int max = 40; max < 700; max += 7) {
            String cut = AuditText.fitUtf8(value, max);
            int bytes = cut.getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as("max %d", max).isLessThanOrEqualTo(max).isGreaterThan(max - 4);
            assertThat(AuditChain.unrepresentable(
                            AuditEvent.builder(AuditKind.API_CALL).caseId(cut).build()))
                    .isNull();
        }
    }

    @Test
    void aColumnTooNarrowForTheMarkerIsAProgrammingError() {
        assertThatThrownBy(() -> AuditText.fit("x", 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditText.fitUtf8("x", 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
