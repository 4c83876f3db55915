package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  @Test
  void anIsoWeekRunsFromMondayToSunday() {
    Period w = Period.parseWeek("2026-W34");
    assertThat(w.from()).isEqualTo(LocalDate.parse("2026-08-17"));
    assertThat(w.toExclusive()).isEqualTo(LocalDate.parse("2026-08-24"));
    assertThat(w.param()).isEqualTo("2026-W34");
    assertThat(Period.weekOf(LocalDate.parse("2026-08-21"))).isEqualTo(w);
  }

  @Test
  void theFirstIsoWeekCanStartInThePreviousYear() {
    Period w = Period.parseWeek("2026-W01");
    assertThat(w.from()).isEqualTo(LocalDate.parse("2025-12-29"));
    assertThat(w.param()).isEqualTo("2026-W01");
  }

  @Test
  void aMonthCoversAllItsDaysAndNavigatesToItsNeighbours() {
    Period m = Period.parseMonth("2026-02");
    assertThat(m.toExclusive()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(m.previous().param()).isEqualTo("2026-01");
    assertThat(m.next().param()).isEqualTo("2026-03");
    assertThat(Period.parseDay("2026-08-21").next().param()).isEqualTo("2026-08-22");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-01", "2026-02-30", "yesterday", "21/08/2026"})
  void aBadDateIsRefusedWithTheExpectedForm(String bad) {
    assertThatThrownBy(() -> Period.parseDay(bad))
        .hasMessage("date must be YYYY-MM-DD, e.g. 2026-08-21; got '" + bad + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-W00", "2026-W54", "2026-34", "W34"})
  void aBadWeekIsRefusedWithTheExpectedForm(String bad) {
    assertThatThrownBy(() -> Period.parseWeek(bad)).hasMessageContaining("week must be YYYY-Www");
  }
}
