package org.govexchange.contracts.grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
        "ID_NUMBER, 11010519491231002X, 110105********002X",
        "NAME, 张三, 张*",
        "NAME, 张三丰, 张**",
        "NAME, 欧阳娜娜, 欧阳**",
        "NAME, 欧阳, 欧*",
        "NAME, 李, *",
        "PHONE, 13812345678, 138****5678",
        "ADDRESS, 北京市朝阳区建国路1号, 北京市朝阳区*****",
        "ADDRESS, 北京市, 北京市",
        "FULL, 秘密, ***",
        "NONE, 原样, 原样",
        "PHONE, 12345, ***",
    })
    void masksAsTheCatalogSays(Masking masking, String value, String masked) {
        assertThat(masking.apply(value)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"ID_NUMBER", "NAME", "PHONE", "ADDRESS", "FULL", "NONE"})
    void nullStaysNull(Masking masking) {
        assertThat(masking.apply(null)).isNull();
    }
}
