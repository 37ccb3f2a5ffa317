package org.peacewatch.tagging.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TermPatternTests {

    @Test
    void expandsEndingsAndReadsFlags() {
        assertThat(TermPattern.parse("=Зеленськ(ий|ого)^2")).extracting(TermPattern::folded)
                .containsExactly("зеленський", "зеленського");
        var first = TermPattern.parse("=Зеленськ(ий|ого)^2").get(0);
        assertThat(first.caseSensitive()).isTrue();
        assertThat(first.weight()).isEqualTo(2.0);
        assertThat(first.cased()).isEqualTo("Зеленський");
        assertThat(TermPattern.parse("Путин*").get(0).stem()).isTrue();
        assertThat(TermPattern.parse("Сполучен(і|их) Штат(и|ів)")).hasSize(4);
    }

    @Test
    void rejectsMalformedAliases() {
        assertThatIllegalArgumentException().isThrownBy(() -> TermPattern.parse(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> TermPattern.parse("a"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermPattern.parse("Pu*tin"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermPattern.parse("Путин(а|у"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermPattern.parse("peace^x"));
    }

    @Test
    void foldingUnifiesApostrophesHyphensAndLatinDiacritics() {
        assertThat(TextFolding.fold("Erdoğan’s cease‑fire ЁЖ")).isEqualTo("erdogan's cease-fire еж");
        assertThat(TextFolding.fold("Київ")).isEqualTo("київ");
        assertThat(TextFolding.fold("ﬁnal\u00A0deal")).isEqualTo("ﬁnal deal");
    }
}
